import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  checkValue,
  containerName,
  envVarKey,
  githubBranch,
  githubCommit,
  githubLink,
  githubRepository,
  githubToken,
  helmRepoUrl,
  helmValueKey,
  imageRef,
  versionName,
} from '@/api/validators'
import { goTrimSpace } from '@/lib/go-text'

const HEX40 = '0123456789abcdef0123456789abcdef01234567'
const SHA256 = 'a'.repeat(64)

type Row = [value: string, expected: RegExp | null]

// Every row: the value as sent, and either null (the server accepts it) or the expected message.
const cases: Record<string, { schema: z.ZodType; rows: Row[] }> = {
  versionName: {
    schema: versionName,
    rows: [
      ['1.2.3', null],
      ['0.0.0', null],
      ['  1.2.3  ', null],
      ['1.2.3-rc.1', null],
      ['1.2.3+meta', null],
      ['1.2.3.4', null],
      ['1.2.3abc', null],
      ['01.02.03', null],
      ['-1.-2.-3', null],
      ['+1.2.3', null],
      ['1. 2.\t3', null],
      ['9223372036854775807.0.0', null],
      ['1.2.3-' + 'x'.repeat(26), null], // 32 characters
      ['1.2.3-' + 'x'.repeat(27), /32 characters or fewer/],
      ['1.2.3-ééééééééééééééééééééééééé', null], // 31 code points, more bytes
      ['', /Enter a version name/],
      ['   ', /Enter a version name/],
      ['v1.2.3', /a leading v is not accepted/],
      ['V1.0.0', /a leading v is not accepted/],
      ['1.2', /three numbers/],
      ['1', /three numbers/],
      ['1 .2.3', /three numbers/],
      ['1.2.x', /three numbers/],
      ['latest', /three numbers/],
      ['1.\n2.3', /line break/],
      ['9223372036854775808.0.0', /64-bit/],
    ],
  },
  imageRef: {
    schema: imageRef,
    rows: [
      ['docker.io/library/nginx:1.25', null],
      ['  docker.io/library/nginx:1.25\n', null],
      ['docker.io/bitnami/redis', null],
      ['ghcr.io/o/r', null],
      ['10.10.10.240/library/app:latest', null],
      ['harbor.local:5000/team/app:1.0', null],
      ['localhost/app', null],
      ['[::1]:5000/app', null],
      [`ghcr.io/o/r@sha256:${SHA256}`, null],
      [`${'a'.repeat(61)}.io/app`, null], // 64-character registry
      [`${'a'.repeat(62)}.io/app`, /64 characters/],
      ['', /Enter an image reference/],
      ['   ', /Enter an image reference/],
      [
        'nginx',
        /^Add the registry and namespace the image is pushed to, like docker\.io\/<your namespace>\/nginx$/,
      ],
      [
        'newcomer-rca:latest',
        /^Add the registry and namespace .*docker\.io\/<your namespace>\/newcomer-rca:latest$/,
      ],
      ['bitnami/redis', /full image reference.*did you mean docker\.io\/bitnami\/redis\?/],
      ['library/nginx', /full image reference/],
      ['harbor/app', /full image reference/],
      ['docker.io/nginx', /library\/ namespace/],
      ['index.docker.io/library/nginx', /index\.docker\.io/],
      ['ghcr.io/Owner/repo', /lowercase/],
      ['ghcr.io/o/r:', /tag/],
      [`ghcr.io/o/r:${'t'.repeat(129)}`, /tag/],
      [`ghcr.io/o/r@sha256:${'a'.repeat(63)}`, /64 lowercase hex/],
      [`ghcr.io/o/r@sha1:${'a'.repeat(40)}`, /sha256, sha384 or sha512/],
    ],
  },
  githubLink: {
    schema: githubLink,
    rows: [
      ['', null],
      ['   ', null], // trimmed to empty, which the server's IsValidGitHubLink accepts
      ['owner/repo', null],
      ['  owner/repo  ', null],
      ['a/b', null],
      ['my-org/my.repo_name-2', null],
      [`${'o'.repeat(39)}/r`, null],
      [`o/${'r'.repeat(100)}`, null],
      ['owner/repo/tree/main/docs', null],
      ['owner/repo/blob/feature-x/src/index.ts', null],
      ['owner/repo/tree/abc1234/x', null],
      ['owner/repo/anything/v1.2/deep/path', null],
      ['https://github.com/owner/repo', /owner\/repo, not a URL/],
      ['http://github.com/owner/repo/tree/main/x', /not a URL/],
      ['github.com/owner/repo', /not a URL/],
      ['owner/repo/tree', /owner\/repo/],
      ['owner/repo/tree/main', /owner\/repo/],
      ['owner', /owner\/repo/],
      [`${'o'.repeat(40)}/r`, /owner must be/],
      ['-owner/repo', /owner must be/],
      ['owner-/repo', /owner must be/],
      ['ow--ner/repo', /owner must be/],
      ['ow_ner/repo', /owner must be/],
      ['/repo', /owner must be/],
      ['owner/', /repository name/],
      [`o/${'r'.repeat(101)}`, /repository name/],
      ['owner/re po', /repository name/],
      ['owner/repo/tree/bad@branch/x', /branch in the link/],
      ['owner/repo/tree/a..b/x', /branch in the link/],
      ['owner/repo/tree//x', /branch in the link/],
    ],
  },
  envVarKey: {
    schema: envVarKey,
    rows: [
      ['A', null],
      ['_', null],
      ['LOG_LEVEL', null],
      ['_PRIVATE_1', null],
      ['A'.repeat(128), null],
      ['A'.repeat(129), /128 characters/],
      ['', /Enter a variable name/],
      ['log_level', /capital letters/],
      ['1ABC', /capital letters/],
      ['A-B', /capital letters/],
      ['A.B', /capital letters/],
      [' LOG', /capital letters/], // not trimmed
      ['LOG ', /capital letters/],
      ['ÄBC', /capital letters/],
    ],
  },
  helmValueKey: {
    schema: helmValueKey,
    rows: [
      ['image', null],
      ['image.tag', null],
      ['a.b.c.d', null],
      ['_x.-y.Z9', null],
      ['service-port', null],
      ['Upper.Case', null],
      ['', /Enter a value key/],
      ['image.', /dot-separated/],
      ['.image', /dot-separated/],
      ['a..b', /dot-separated/],
      ['9lives', /dot-separated/],
      ['a.9b', /dot-separated/],
      ['image tag', /dot-separated/],
      [' image', /dot-separated/], // not trimmed
      ['a[0]', /dot-separated/],
      ['a/b', /dot-separated/],
    ],
  },
  helmRepoUrl: {
    schema: helmRepoUrl,
    rows: [
      ['https://charts.example.com', null],
      ['  https://charts.example.com/stable  ', null],
      ['http://10.10.10.240:8080/chartrepo/library', null],
      ['https://user:p%40ss@charts.example.com/x', null],
      ['https://[::1]:8443/charts', null],
      ['https://[fe80::1%25en0]/x', null],
      ['oci://registry.example.com/charts', null],
      ['mailto:x', null],
      ['http:', null],
      ['localhost:8080', null], // scheme "localhost", opaque "8080"
      ['/charts', null],
      ['//charts.example.com/x', null], // no scheme: an absolute path
      ['*', null],
      ['https://charts.example.com/a b', null],
      ['https://charts.example.com/?q=%zz', null], // the query is not checked
      ['https://charts.example.com:/x', null], // an empty port is allowed
      ['https://chärts.example.com', null],
      ['', /Enter the chart repository URL/],
      ['   ', /Enter the chart repository URL/],
      ['charts.example.com', /full URL with its scheme/],
      ['charts.example.com/stable', /full URL with its scheme/],
      ['git@github.com:org/charts', /full URL with its scheme/],
      ['./charts', /full URL with its scheme/],
      ['1http://x', /full URL with its scheme/],
      [':foo', /missing its scheme/],
      ['https://charts.example.com/a\tb', /control characters/],
      ['https://charts.example.com/\u007f', /control characters/],
      ['https://charts.example.com/%zz', /%-escape/],
      ['https://charts.example.com/%4', /%-escape/],
      ['https://charts.example.com:80a/x', /port/],
      ['https://charts.example.com:port', /port/],
      ['https://[::1]x/', /port/],
      ['https://[::1/x', /closing/],
      ['https://[not-ip]/x', /IPv6/],
      ['https://a:b:80/x', /only one ":"/],
      ['https://ch arts.example.com', /host cannot contain " "/],
      ['https://charts.example.com#frag', /host cannot contain "#"/],
      ['https://ch%41rts.example.com', /host cannot contain the escape %41/],
      ['https://us er@charts.example.com', /user name part/],
      ['https://u%zz@charts.example.com', /%-escape/],
    ],
  },
  containerName: {
    schema: containerName,
    rows: [
      ['my-algorithm', null],
      ['  padded  ', null],
      ['Any chars: 名前 / ✓', null],
      ['x'.repeat(128), null],
      [`  ${'x'.repeat(128)}  `, null],
      ['é'.repeat(128), null],
      ['x'.repeat(129), /128 characters/],
      ['', /Enter a container name/],
      ['   ', /Enter a container name/],
      ['\t\n\u00a0\u3000\u0085', /Enter a container name/],
    ],
  },
  githubRepository: {
    schema: githubRepository,
    rows: [
      ['owner/repo', null],
      ['  owner/repo ', null],
      ['any thing/😀', null], // no charset check
      ['', /Enter the GitHub repository/],
      ['   ', /Enter the GitHub repository/],
      ['owner', /exactly one "\/"/],
      ['owner/', /exactly one "\/"/],
      ['/repo', /exactly one "\/"/],
      ['a/b/c', /exactly one "\/"/],
      ['https://github.com/owner/repo', /owner\/repo, not a URL/],
      ['github.com/owner/repo', /not a URL/],
    ],
  },
  githubBranch: {
    schema: githubBranch,
    rows: [
      ['', null],
      ['main', null],
      [' main ', null],
      ['feature/x-1.2_b', null],
      ['b'.repeat(250), null],
      ['b'.repeat(251), /1 to 250 characters/],
      ['   ', /Leave the branch empty/],
      ['/main', /start or end with "\/"/],
      ['main/', /start or end with "\/"/],
      ['a..b', /cannot contain "\.\."/],
      ['a@b', /cannot contain "@"/],
      ['a b', /letters, digits/],
      ['a~b', /letters, digits/],
      ['ブランチ', /letters, digits/],
    ],
  },
  githubCommit: {
    schema: githubCommit,
    rows: [
      ['', null],
      ['abc1234', null],
      ['ABCDEF0', null],
      [' abc1234\n', null],
      ['a'.repeat(40), null],
      ['a'.repeat(64), null],
      ['abc123', /7 to 64 hex digits/],
      ['a'.repeat(65), /7 to 64 hex digits/],
      ['abcdefg', /7 to 64 hex digits/],
      ['   ', /7 to 64 hex digits/],
    ],
  },
  githubToken: {
    schema: githubToken,
    rows: [
      ['', null],
      [`ghp_${HEX40.slice(0, 36)}`, null],
      [`  ghp_${HEX40.slice(0, 36)} `, null],
      [`ghp_${HEX40.slice(0, 36).toUpperCase()}`, null],
      ['gho_abc', null], // only ghp_ has a length rule
      [`ghs_${HEX40}${HEX40}`, null],
      ['ghu_0', null],
      ['ghr_f', null],
      ['   ', /starts with ghp_/],
      ['github_pat_11ABCDEFG', /starts with ghp_/],
      ['GHP_0123', /starts with ghp_/],
      [HEX40, /starts with ghp_/],
      [`ghp_${HEX40.slice(0, 35)}`, /exactly 40 characters/],
      [`ghp_${HEX40}`, /exactly 40 characters/],
      ['gho_', /hex digits/],
      ['gho_xyz', /hex digits/],
      [`ghp_${'Zz9'.repeat(12)}`, /hex digits/], // a real (base62) token
    ],
  },
}

describe('validators: table', () => {
  for (const [name, { schema, rows }] of Object.entries(cases)) {
    describe(name, () => {
      it.each(rows)('%j', (value, expected) => {
        const message = checkValue(schema, value)
        if (expected === null) expect(message).toBeUndefined()
        else expect(message).toMatch(expected)
      })
    })
  }

  it('covers all 11 schemas with accept and reject rows', () => {
    expect(Object.keys(cases)).toHaveLength(11)
    for (const { rows } of Object.values(cases)) {
      expect(rows.some(([, e]) => e === null)).toBe(true)
      expect(rows.some(([, e]) => e !== null)).toBe(true)
    }
  })
})

describe('checkValue', () => {
  it('returns undefined for accepted values and the first message otherwise', () => {
    expect(checkValue(versionName, '1.0.0')).toBeUndefined()
    expect(checkValue(versionName, 'v1.0.0')).toBe(
      'Use three numbers, like 1.2.0 — a leading v is not accepted',
    )
    expect(checkValue(imageRef, 'harbor/app')).toMatch(
      /^Use the full image reference with its registry, like docker\.io\/library\/nginx:1\.25/,
    )
    expect(checkValue(githubLink, 'https://github.com/o/r')).toBe(
      'Write the repository as owner/repo, not a URL',
    )
  })

  it('rejects non-strings with a message', () => {
    expect(checkValue(containerName, 42)).toEqual(expect.any(String))
    expect(checkValue(githubToken, undefined)).toEqual(expect.any(String))
  })

  it('does not transform: the parsed value is the value as typed', () => {
    expect(containerName.parse('  name  ')).toBe('  name  ')
  })
})

describe('validators: properties', () => {
  const schemas = Object.entries(cases).map(([name, { schema }]) => [name, schema] as const)

  it('no schema throws on arbitrary strings, and every rejection has a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        for (const [, schema] of schemas) {
          const result = schema.safeParse(s)
          if (!result.success) expect(result.error.issues[0]?.message).toBeTruthy()
        }
      }),
    )
  })

  it('no schema throws on URL- and ref-like strings', () => {
    const unit = fc.constantFrom(...'aZ09:/.@%[]_-#?+ \tv'.split(''))
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        for (const [, schema] of schemas) schema.safeParse(s)
      }),
    )
  })

  const goSpace = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u0085')
  const padding = fc.string({ unit: goSpace, maxLength: 3 })

  it('trimmed fields give the same verdict with surrounding Go whitespace (property)', () => {
    const trimmed = [versionName, imageRef, helmRepoUrl, containerName, githubRepository]
    const value = fc.oneof(
      fc.constantFrom(
        '1.2.3',
        'v1',
        'docker.io/library/nginx',
        'nginx',
        'https://x.io',
        'x.io',
        'o/r',
        'o/r/s',
      ),
      fc.string({ maxLength: 12 }),
    )
    fc.assert(
      fc.property(value, padding, padding, (v, before, after) => {
        for (const schema of trimmed)
          expect(schema.safeParse(before + v + after).success).toBe(schema.safeParse(goTrimSpace(v)).success)
      }),
    )
  })

  it('env var keys are never trimmed (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,20}$/), goSpace, (key, space) => {
        expect(envVarKey.safeParse(key).success).toBe(true)
        expect(envVarKey.safeParse(space + key).success).toBe(false)
        expect(envVarKey.safeParse(key + space).success).toBe(false)
      }),
    )
  })

  it('any well-formed version name up to 32 characters is accepted (property)', () => {
    fc.assert(
      fc.property(fc.nat(9999), fc.nat(9999), fc.nat(9999), (a, b, c) => {
        expect(checkValue(versionName, `${a}.${b}.${c}`)).toBeUndefined()
        expect(checkValue(versionName, `v${a}.${b}.${c}`)).toMatch(/leading v/)
      }),
    )
  })
})
