import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { goTrimSpace } from '@/lib/go-text'
import { dockerPullCommand, parseImageRef, shellQuote, imageNameFor, suggestQualified } from '@/lib/image-ref'

type ImageRefInput = {
  registry: string
  namespace?: string
  repository: string
  tag?: string
  digest?: string
}

/** `registry/[namespace/]repository[:tag][@digest]`: the inverse of parseImageRef for valid references. */
const formatImageRef = (parts: ImageRefInput): string => {
  const path = parts.namespace ? `${parts.namespace}/${parts.repository}` : parts.repository
  const name = parts.registry ? `${parts.registry}/${path}` : path
  return `${name}${parts.tag ? `:${parts.tag}` : ''}${parts.digest ? `@${parts.digest}` : ''}`
}

/**
 * What the server returns for this reference when the version is read back: it trims, stores the parts and
 * rebuilds `registry/[namespace/]repository:tag`, so a missing tag becomes `:latest` and a digest is dropped.
 * null when the server would reject the reference.
 */
const canonicalReadBack = (ref: string): string | null => {
  const parsed = parseImageRef(goTrimSpace(ref))
  if (!parsed.ok) return null
  return formatImageRef({ ...parsed, tag: parsed.tag || 'latest', digest: '' })
}

const SHA256 = 'a'.repeat(64)
const SHA384 = 'b'.repeat(96)
const SHA512 = 'c'.repeat(128)

describe('parseImageRef (distribution/reference v0.6.0 ParseNamed)', () => {
  it.each([
    ['docker.io/library/nginx:1.25', 'docker.io', 'library', 'nginx', '1.25', ''],
    ['docker.io/library/nginx', 'docker.io', 'library', 'nginx', '', ''],
    ['docker.io/bitnami/redis:7', 'docker.io', 'bitnami', 'redis', '7', ''],
    ['ghcr.io/o/r', 'ghcr.io', 'o', 'r', '', ''],
    ['ghcr.io/org/team/app:v1.2.3', 'ghcr.io', 'org/team', 'app', 'v1.2.3', ''],
    ['10.10.10.240/library/app:latest', '10.10.10.240', 'library', 'app', 'latest', ''],
    ['harbor.local:5000/app', 'harbor.local:5000', '', 'app', '', ''],
    ['registry:5000/ns/app', 'registry:5000', 'ns', 'app', '', ''],
    ['localhost/app', 'localhost', '', 'app', '', ''],
    ['localhost:5000/a/b/c:tag', 'localhost:5000', 'a/b', 'c', 'tag', ''],
    ['[::1]:5000/app:1', '[::1]:5000', '', 'app', '1', ''],
    ['[fe80::1]/app', '[fe80::1]', '', 'app', '', ''],
    ['Harbor/app', 'Harbor', '', 'app', '', ''], // an uppercase first segment is a domain
    ['My-Registry.Example.COM/app', 'My-Registry.Example.COM', '', 'app', '', ''],
    ['quay.io/a.b/c_d/e__f/g--h/i-j', 'quay.io', 'a.b/c_d/e__f/g--h', 'i-j', '', ''],
    ['ghcr.io/o/r:_tag', 'ghcr.io', 'o', 'r', '_tag', ''],
    ['ghcr.io/o/r:UPPER.case-1', 'ghcr.io', 'o', 'r', 'UPPER.case-1', ''],
    [`ghcr.io/o/r:${'t'.repeat(128)}`, 'ghcr.io', 'o', 'r', 't'.repeat(128), ''],
    [`ghcr.io/o/r@sha256:${SHA256}`, 'ghcr.io', 'o', 'r', '', `sha256:${SHA256}`],
    [`ghcr.io/o/r:1@sha384:${SHA384}`, 'ghcr.io', 'o', 'r', '1', `sha384:${SHA384}`],
    [`ghcr.io/o/r@sha512:${SHA512}`, 'ghcr.io', 'o', 'r', '', `sha512:${SHA512}`],
  ])('accepts %s', (ref, registry, namespace, repository, tag, digest) => {
    const parsed = parseImageRef(ref)
    expect(parsed).toEqual({
      ok: true,
      registry,
      namespace,
      repository,
      tag,
      digest,
      path: namespace ? `${namespace}/${repository}` : repository,
    })
  })

  it.each([
    ['', /Enter an image reference/],
    ['nginx', /registry and namespace the image is pushed to/],
    ['nginx:latest', /registry and namespace the image is pushed to/],
    ['library/nginx', /full image reference with its registry/],
    ['harbor/app', /full image reference with its registry/],
    ['bitnami/redis:7', /full image reference with its registry/],
    ['docker.io/nginx', /library\/ namespace.*docker\.io\/library\/nginx/],
    ['docker.io/nginx:1.25', /docker\.io\/library\/nginx:1\.25/],
    ['index.docker.io/library/nginx', /instead of index\.docker\.io/],
    ['index.docker.io/nginx', /instead of index\.docker\.io/],
    ['ghcr.io/Owner/repo', /lowercase/],
    ['ghcr.io/owner/Repo:tag', /lowercase/],
    ['ghcr.io/o/r:', /tag after ":" is empty/],
    ['ghcr.io/o/r:-tag', /tag may use/],
    ['ghcr.io/o/r:.tag', /tag may use/],
    [`ghcr.io/o/r:${'t'.repeat(129)}`, /tag may use/],
    ['ghcr.io/o/r:t@g', /digest must be sha256/],
    [`ghcr.io/o/r@sha256:${'a'.repeat(63)}`, /exactly 64 lowercase hex/],
    [`ghcr.io/o/r@sha256:${'A'.repeat(64)}`, /exactly 64 lowercase hex/],
    [`ghcr.io/o/r@sha1:${'a'.repeat(40)}`, /sha256, sha384 or sha512/],
    [`ghcr.io/o/r@md5:${'a'.repeat(32)}`, /sha256, sha384 or sha512/],
    [`ghcr.io/o/r@SHA256:${SHA256}`, /lowercase|sha256, sha384 or sha512/],
    ['ghcr.io/o//r', /empty segment/],
    ['ghcr.io/o/r/', /empty segment/],
    ['ghcr.io/-o/r', /not a valid path segment/],
    ['ghcr.io/o_/r', /not a valid path segment/],
    ['ghcr.io/a___b', /not a valid path segment/],
    ['ghcr.io/a..b', /not a valid path segment/],
    ['ghcr.io/a b', /not a valid path segment/],
    ['host:port/app', /./],
    ['-host.io/app', /./],
    ['my_reg.local/app', /registry host/], // upstream parses this with an empty domain
    [SHA256, /image ID/],
    [`ghcr.io/${'a'.repeat(250)}`, /at most 255/],
    [' ghcr.io/o/r', /./], // no trimming here: callers trim like the server
    ['ghcr.io/o/r:1:2', /./],
  ])('rejects %j', (ref, reason) => {
    const parsed = parseImageRef(ref)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })

  it.each([
    'a.'.repeat(512),
    'a-'.repeat(512),
    'a/'.repeat(512),
    `h.io/${'a_'.repeat(509)}!`,
    `h.io/${'a--'.repeat(339)}A`,
    `${'a'.repeat(1000)}:${'1'.repeat(23)}`,
    `h.io/r@${'a'.repeat(1010)}`,
  ])('stays fast on long pathological input (%#)', (ref) => {
    const start = performance.now()
    expect(parseImageRef(ref).ok).toBe(false)
    suggestQualified(ref)
    expect(performance.now() - start).toBeLessThan(250)
  })

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const parsed = parseImageRef(s)
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0)
        suggestQualified(s)
        canonicalReadBack(s)
        dockerPullCommand(s)
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aA0./:@_-[]sha'.split('')), maxLength: 60 }), (s) => {
        parseImageRef(s)
        suggestQualified(s)
      }),
    )
  })
})

// A generator of valid canonical references, built from the grammar.
const alnum = fc.string({ unit: fc.constantFrom(...'abcz019'.split('')), minLength: 1, maxLength: 4 })
const sep = fc.constantFrom('.', '_', '__', '-', '--')
const pathComponent = fc
  .tuple(alnum, fc.array(fc.tuple(sep, alnum), { maxLength: 2 }))
  .map(([head, tail]) => head + tail.map(([s, a]) => s + a).join(''))
const domainComponent = fc.stringMatching(/^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,3}[a-zA-Z0-9])$/)
const registry = fc.oneof(
  fc
    .tuple(domainComponent, fc.array(domainComponent, { minLength: 1, maxLength: 3 }))
    .map(([a, rest]) => [a, ...rest].join('.')),
  fc.constant('localhost'),
  fc.constant('[::1]'),
  fc.constant('10.10.10.240'),
)
const validRef = fc
  .record({
    registry: fc
      .tuple(registry, fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }))
      .map(([host, port]) => (port === undefined ? host : `${host}:${port}`))
      .filter((r) => r !== 'docker.io' && r !== 'index.docker.io'),
    namespace: fc.array(pathComponent, { maxLength: 3 }).map((parts) => parts.join('/')),
    repository: pathComponent,
    tag: fc.oneof(fc.constant(''), fc.stringMatching(/^[\w][\w.-]{0,20}$/)),
    digest: fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`),
    ),
  })
  .map((parts) => formatImageRef(parts))

describe('formatImageRef / canonicalReadBack', () => {
  it('parse → format round-trips every valid reference (property)', () => {
    fc.assert(
      fc.property(validRef, (ref) => {
        const parsed = parseImageRef(ref)
        expect(parsed.ok).toBe(true)
        if (parsed.ok) expect(formatImageRef(parsed)).toBe(ref)
      }),
    )
  })

  it('the read-back form is itself valid and stable (property)', () => {
    fc.assert(
      fc.property(validRef, (ref) => {
        const back = canonicalReadBack(ref)
        expect(back).not.toBeNull()
        expect(back).toMatch(/:[\w][\w.-]*$/)
        expect(canonicalReadBack(back!)).toBe(back)
      }),
    )
  })

  it.each([
    ['ghcr.io/o/r', 'ghcr.io/o/r:latest'],
    [`ghcr.io/o/r@sha256:${SHA256}`, 'ghcr.io/o/r:latest'],
    [`ghcr.io/o/r:1.0@sha256:${SHA256}`, 'ghcr.io/o/r:1.0'],
    ['  docker.io/library/nginx:1.25\n', 'docker.io/library/nginx:1.25'],
    ['10.10.10.240/library/app', '10.10.10.240/library/app:latest'],
    ['localhost:5000/a/b/c', 'localhost:5000/a/b/c:latest'],
    ['nginx', null],
    ['', null],
  ])('canonicalReadBack(%j) → %j', (ref, expected) => {
    expect(canonicalReadBack(ref)).toBe(expected)
  })

  it('formats parts without a namespace, tag or digest', () => {
    expect(formatImageRef({ registry: 'ghcr.io', repository: 'r' })).toBe('ghcr.io/r')
    expect(
      formatImageRef({
        registry: 'ghcr.io',
        namespace: 'a/b',
        repository: 'r',
        tag: 't',
        digest: 'sha256:x',
      }),
    ).toBe('ghcr.io/a/b/r:t@sha256:x')
  })
})

describe('suggestQualified', () => {
  it.each([
    // A bare name: docker.io/library/… is reserved for Docker's official images, never a user's own.
    ['nginx', null],
    ['newcomer-rca:latest', null],
    [' nginx:1.25 ', null],
    [`nginx@sha256:${SHA256}`, null],
    ['library/nginx', 'docker.io/library/nginx'],
    ['bitnami/redis', 'docker.io/bitnami/redis'],
    ['harbor/app:1', 'docker.io/harbor/app:1'],
    ['docker.io/nginx', 'docker.io/library/nginx'],
    ['index.docker.io/library/nginx', 'docker.io/library/nginx'],
    ['index.docker.io/nginx:1', 'docker.io/library/nginx:1'],
    ['docker.io/library/nginx:1.25', null], // already valid
    ['ghcr.io/o/r', null],
    ['Nginx', null], // not fixable by qualifying
    ['ghcr.io/O/r', null],
    ['nginx:', null],
    ['', null],
    [SHA256, null],
  ])('%j → %j', (input, expected) => {
    expect(suggestQualified(input)).toBe(expected)
  })

  it('only ever suggests valid references (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1.:/@-_Z'.split('')), maxLength: 30 }), (s) => {
        const fix = suggestQualified(s)
        if (fix !== null) {
          expect(parseImageRef(fix).ok).toBe(true)
          expect(parseImageRef(s.trim()).ok).toBe(false)
        }
      }),
    )
  })
})

describe('dockerPullCommand', () => {
  it.each([
    ['docker.io/library/nginx:1.25', 'docker pull docker.io/library/nginx:1.25'],
    [`ghcr.io/o/r@sha256:${SHA256}`, `docker pull ghcr.io/o/r@sha256:${SHA256}`],
    ['[::1]:5000/app', "docker pull '[::1]:5000/app'"],
    ['a b', "docker pull 'a b'"],
    ["it's", "docker pull 'it'\\''s'"],
    ['$(rm -rf /)', "docker pull '$(rm -rf /)'"],
    ['', "docker pull ''"],
  ])('%j → %s', (ref, expected) => {
    expect(dockerPullCommand(ref)).toBe(expected)
  })

  it('quotes so that a POSIX shell reads back the exact string (property)', () => {
    // A tiny model of how sh reads one word made of '…' runs and \' escapes.
    const shellRead = (word: string): string => {
      let out = ''
      for (let i = 0; i < word.length;) {
        if (word[i] === "'") {
          const end = word.indexOf("'", i + 1)
          expect(end).toBeGreaterThan(i)
          out += word.slice(i + 1, end)
          i = end + 1
        } else if (word[i] === '\\') {
          out += word[i + 1] ?? ''
          i += 2
        } else {
          expect(word[i]).toMatch(/[A-Za-z0-9._/:@-]/)
          out += word[i]
          i++
        }
      }
      return out
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const command = dockerPullCommand(s)
        expect(command.startsWith('docker pull ')).toBe(true)
        expect(shellRead(shellQuote(s))).toBe(s)
      }),
    )
  })
})

describe('imageNameFor', () => {
  it.each([
    ['my-rca', 'my-rca'],
    ['  detector ', 'detector'],
    ['My Algo!!', 'my-algo'],
    ['ts.v2__x', 'ts.v2__x'],
    ['Graph_Scope  RCA', 'graph_scope-rca'],
    ['--x--', 'x'],
    ['a..b', 'a-b'],
    ['!!!', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(imageNameFor(input)).toBe(expected)
  })

  it('only ever returns a name the image reference parser accepts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const name = imageNameFor(s)
        if (name !== null) expect(parseImageRef(`docker.io/opspai/${name}:1`).ok).toBe(true)
      }),
    )
  })
})
