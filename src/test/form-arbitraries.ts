import fc from 'fast-check'
import { typeNames } from '@/api/enums'
import type { BuildFormValues } from '@/features/builds/build-form-schema'
import type { ContainerFormValues } from '@/features/container-form/container-form-schema'
import type { ParameterRow, VersionFieldsValues } from '@/components/version-fields/version-fields-schema'

// fast-check generators for the request-builder properties of the container, version and build forms:
// mostly values a user would type (so the schemas accept a good share), padded with Go spaces, mixed with
// hostile text (unicode, very long, whitespace-only).

/** Go's unicode.IsSpace set (what strings.TrimSpace removes), with the ones JS `trim()` treats differently. */
export const goSpace = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u202f',
  '\u3000',
)
/** Look like spaces but are not Go spaces (JS `trim()` removes U+FEFF). */
const notGoSpace = fc.constantFrom('\ufeff', '\u200b', '\u180e')
const goSpaces = (maxLength: number) => fc.array(goSpace, { maxLength }).map((s) => s.join(''))

/** The value with Go spaces around it (what a paste from a terminal or a chat gives). */
export const goPadded = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.oneof({ weight: 2, arbitrary: fc.constant('') }, goSpaces(3)), value, goSpaces(3))
    .map(([before, v, after]) => before + v + after)

/** Anything a user or a paste could put in a text field. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.oneof(goSpace, notGoSpace), { minLength: 1, maxLength: 4 }).map((s) => s.join('')),
  fc.string({ minLength: 120, maxLength: 400 }),
  fc.string({ unit: 'grapheme', minLength: 60, maxLength: 200 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    '/',
    '//',
    '@',
    '%',
    '%zz',
    '-',
    '__proto__',
    'constructor',
    '😀',
    'é\u0301',
  ),
)

/** Mostly one of the samples (Go-space padded, so the trim is exercised), sometimes hostile text. */
export const formText = (samples: fc.Arbitrary<string>, validWeight = 19): fc.Arbitrary<string> =>
  fc.oneof({ weight: validWeight, arbitrary: goPadded(samples) }, { weight: 1, arbitrary: hostileText })

/** Mostly values the server accepts, now and then a near miss it rejects. */
const mostly = (valid: fc.Arbitrary<string>, nearMiss: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 19, arbitrary: valid }, { weight: 1, arbitrary: nearMiss })

const lowerWord = fc.stringMatching(/^[a-z0-9]{1,8}$/)
const hex = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${min},${max}}$`))

/** Version names the server's Sscanf("%d.%d.%d") reads, with suffixes (unicode too) it ignores. */
export const versionNameSample = mostly(
  fc.oneof(
    fc.constantFrom('1.2.3', '0.0.0', '1.2.3-rc.1', '01.02.03', '-1.+2.3', '1. 2.\t3', '1.\u00a02.3'),
    fc.constantFrom('9223372036854775807.0.0', '1.2.3-' + 'x'.repeat(26), '1.2.3-' + '😀'.repeat(26)),
    fc
      .tuple(
        fc.nat(999),
        fc.nat(999),
        fc.nat(99999),
        fc.oneof(
          fc.constant(''),
          fc.string({ maxLength: 12 }),
          fc.string({ unit: 'grapheme', maxLength: 24 }),
        ),
      )
      .map(([a, b, c, rest]) => `${a}.${b}.${c}${rest}`),
  ),
  fc.constantFrom('1.2', 'v1.2.3', 'latest', '1.\n2.3', '9223372036854775808.0.0', '1.2.3-' + 'x'.repeat(27)),
)

/** Image references: fully qualified ones, and short or malformed ones. */
export const imageRefSample = mostly(
  fc
    .tuple(
      fc.constantFrom(
        'docker.io/library/',
        'ghcr.io/',
        'localhost/',
        '10.10.10.240/library/',
        'harbor.local:5000/team/',
        '[::1]:5000/',
        `${'a'.repeat(61)}.io/`,
      ),
      fc.array(lowerWord, { minLength: 1, maxLength: 3 }).map((p) => p.join('/')),
      fc.oneof(
        fc.constant(''),
        fc.stringMatching(/^:[\w][\w.-]{0,20}$/),
        hex(64, 64).map((h) => `@sha256:${h}`),
      ),
    )
    .map((parts) => parts.join('')),
  fc.constantFrom(
    `${'a'.repeat(62)}.io/app`,
    'nginx',
    'docker.io/nginx',
    'harbor/app',
    'ghcr.io/Owner/repo',
    'ghcr.io/o/r:',
    'ghcr.io/o/r@sha1:abc',
  ),
)

const owner = fc.stringMatching(/^[A-Za-z0-9]{1,3}(-[A-Za-z0-9]{1,3}){0,2}$/)
const repoName = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/)
const branchName = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}([./][A-Za-z0-9_-]{1,8}){0,2}$/)

/**
 * GitHub links as the server's IsValidGitHubLink reads them: owner/repo, or ≥ 5 segments whose 4th is a branch
 * or a commit (the 3rd, "tree" or "blob" in a GitHub URL, is not checked at all).
 */
export const githubLinkSample = mostly(
  fc.oneof(
    fc.tuple(owner, repoName).map((parts) => parts.join('/')),
    fc
      .tuple(
        owner,
        repoName,
        fc.oneof(fc.constantFrom('tree', 'blob'), fc.constantFrom('x@y', 'a..b', '', 'ü')),
        fc.oneof(branchName, hex(7, 40)),
        fc.constantFrom('docs', 'src/index.ts', ''),
      )
      .map((parts) => parts.join('/')),
  ),
  fc.constantFrom(
    'https://github.com/o/r',
    'owner',
    'owner/repo/tree',
    'owner/repo/tree/main',
    '-bad/repo',
    `${'o'.repeat(40)}/r`,
    'owner/re po',
    'owner/repo/tree/bad@ref/x',
    'owner/repo/tree/a..b/x',
  ),
)

/** Helm chart repository URLs (Go url.ParseRequestURI). */
export const repoUrlSample = mostly(
  fc.constantFrom(
    'https://charts.example.com',
    'http://10.10.10.240:8080/charts',
    'oci://registry.example.com/charts',
    'https://user:pw@charts.example.com/x?y=1',
    'http://[::1]:8080/x',
    'https://charts.example.com/a%20b',
    'mailto:x',
    '/abs/path',
    '*',
  ),
  fc.constantFrom(
    'charts.example.com',
    'http://host:port/x',
    'http://ho st/x',
    'https://x/%zz',
    'git@github.com:o/r',
    'http://a\tb',
  ),
)

/** Environment variable and Helm value keys (not trimmed by the server). */
export const envKeySample = mostly(
  fc.oneof(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/), fc.constant('A'.repeat(128))),
  fc.constantFrom('A'.repeat(129), 'log_level', ' LOG', 'LOG ', '1ABC', 'ÄBC'),
)
export const helmKeySample = mostly(
  fc.stringMatching(/^[A-Za-z_-][A-Za-z0-9_-]{0,6}(\.[A-Za-z_-][A-Za-z0-9_-]{0,6}){0,2}$/),
  fc.constantFrom('a..b', '1abc', 'x ', 'image.'),
)

/** Build-form fields. */
export const buildSamples = {
  repository: mostly(
    fc.oneof(
      fc.tuple(owner, repoName).map((parts) => parts.join('/')),
      // The server checks only "exactly one '/' with text on both sides".
      fc
        .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), repoName)
        .filter(([o]) => !o.includes('/') && o.trim() === o)
        .map((parts) => parts.join('/')),
    ),
    fc.constantFrom('https://github.com/o/r', 'a/b/c', '/r', 'o/', 'acme'),
  ),
  branch: mostly(
    fc.oneof(branchName, fc.constant('a'.repeat(250))),
    fc.constantFrom('a'.repeat(251), 'a..b', 'a@b', '/x', 'x/', 'ü'),
  ),
  commit: mostly(hex(7, 64), fc.constantFrom('abc12', 'g'.repeat(7), 'a'.repeat(65))),
  token: mostly(
    fc.oneof(
      hex(36, 36).map((h) => `ghp_${h}`),
      fc.constantFrom('gho_', 'ghs_', 'ghu_', 'ghr_').chain((p) => hex(1, 40).map((h) => p + h)),
    ),
    fc.constantFrom('ghp_short', 'github_pat_11ABC', 'ghp_' + 'z'.repeat(36), 'gho_'),
  ),
  imageName: mostly(
    fc
      .array(fc.stringMatching(/^[a-z0-9]+([._-][a-z0-9]+)?$/), { minLength: 1, maxLength: 3 })
      .map((p) => p.join('/')),
    fc.constantFrom('Detector', 'a___b', 'a-', 'x'.repeat(201)),
  ),
  tag: mostly(fc.stringMatching(/^[\w][\w.-]{0,20}$/), fc.constantFrom('.x', '-x', 'a'.repeat(129))),
  subPath: mostly(fc.constantFrom('', '.', 'services/api', './x'), fc.constantFrom('../x', 'a/../b', ' x')),
  relativePath: mostly(
    fc.constantFrom('.', 'ctx', 'ctx/Dockerfile.gpu', ''),
    fc.constantFrom('/abs', '../up'),
  ),
  argKey: mostly(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), fc.constantFrom('A=B', 'A B', '')),
}

const optionalText = (samples: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 13, arbitrary: samples }, hostileText)

/** A parameter row as the editor holds it; keys are not trimmed by the server, so they are not padded. */
const parameterRow = (key: fc.Arbitrary<string>): fc.Arbitrary<ParameterRow> =>
  fc.record({
    key: fc.oneof({ weight: 19, arbitrary: key }, hostileText),
    type: fc.constantFrom('fixed' as const, 'dynamic' as const),
    description: optionalText(fc.constantFrom('Log level', 'Wie laut 🔊')),
    defaultValue: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('info', ' spaced ', '0') },
      fc.constant(''),
      hostileText,
    ),
    template: fc.oneof(
      { weight: 3, arbitrary: fc.constant('{{ .Namespace }}') },
      fc.constant(''),
      hostileText,
    ),
    required: fc.boolean(),
  })

/** The version fields of both forms (create-version, and create-container's first version). */
export const versionFieldsValues: fc.Arbitrary<VersionFieldsValues> = fc.record({
  name: formText(versionNameSample),
  imageRef: formText(imageRefSample),
  githubLink: optionalText(formText(githubLinkSample)),
  command: optionalText(fc.constantFrom('python run.py --fast', '  keep my spaces  ')),
  envVars: fc.array(parameterRow(envKeySample), { maxLength: 2 }),
  helm: fc.record({
    enabled: fc.boolean(),
    chartName: formText(fc.constantFrom('trainticket', 'ts chart')),
    repoName: formText(fc.constantFrom('train-ticket')),
    repoUrl: formText(repoUrlSample),
    // The allowed prefixes are server configuration the form cannot know; the shipped config has only ts.
    nsPrefix: fc.oneof(
      { weight: 8, arbitrary: goPadded(fc.constant('ts')) },
      fc.constantFrom('TS', 'sock'),
      hostileText,
    ),
    values: fc.array(parameterRow(helmKeySample), { maxLength: 2 }),
  }),
})

/** Create-container form values (the type sometimes missing, as before the user picks one). */
export const containerFormValues: fc.Arbitrary<ContainerFormValues> = fc.record({
  name: formText(
    fc.constantFrom(
      'train-ticket',
      'My detector',
      'détecteur 🔍',
      'x'.repeat(128),
      'x'.repeat(129),
      '😀'.repeat(100),
    ),
    6,
  ),
  type: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...typeNames) },
    fc.constantFrom('', 'Algorithm', '__proto__'),
  ),
  visibility: fc.constantFrom('public' as const, 'private' as const),
  readme: optionalText(fc.constantFrom('# Title\n\nBody', '  indented code\n', '\u0085')),
  includeVersion: fc.boolean(),
  version: versionFieldsValues,
})

/** Build form values. */
export const buildFormValues: fc.Arbitrary<BuildFormValues> = fc.record({
  github_repository: formText(buildSamples.repository),
  github_branch: optionalText(formText(buildSamples.branch)),
  github_commit: optionalText(formText(buildSamples.commit)),
  // Not trimmed by the server, so rarely padded.
  sub_path: fc.oneof({ weight: 19, arbitrary: buildSamples.subPath }, formText(buildSamples.subPath)),
  github_token: optionalText(formText(buildSamples.token)),
  image_name: formText(buildSamples.imageName),
  tag: optionalText(formText(buildSamples.tag)),
  context_dir: formText(buildSamples.relativePath),
  dockerfile_path: formText(buildSamples.relativePath),
  target: optionalText(formText(fc.constantFrom('runtime', 'build stage'))),
  build_args: fc.array(
    fc.record({
      key: formText(buildSamples.argKey),
      value: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('3.11', '', ' x ') }, hostileText),
    }),
    { maxLength: 3 },
  ),
  force_rebuild: fc.boolean(),
})

// Every field hostile: for "never throws" (most of these are rejected).
const hostileRow = fc.record({
  key: hostileText,
  type: fc.constantFrom('fixed' as const, 'dynamic' as const),
  description: hostileText,
  defaultValue: hostileText,
  template: hostileText,
  required: fc.boolean(),
})
export const hostileVersionFields: fc.Arbitrary<VersionFieldsValues> = fc.record({
  name: hostileText,
  imageRef: hostileText,
  githubLink: hostileText,
  command: hostileText,
  envVars: fc.array(hostileRow, { maxLength: 3 }),
  helm: fc.record({
    enabled: fc.boolean(),
    chartName: hostileText,
    repoName: hostileText,
    repoUrl: hostileText,
    nsPrefix: hostileText,
    values: fc.array(hostileRow, { maxLength: 3 }),
  }),
})
export const hostileContainerFormValues: fc.Arbitrary<ContainerFormValues> = fc.record({
  name: hostileText,
  type: hostileText,
  visibility: fc.constantFrom('public' as const, 'private' as const),
  readme: hostileText,
  includeVersion: fc.boolean(),
  version: hostileVersionFields,
})
export const hostileBuildFormValues: fc.Arbitrary<BuildFormValues> = fc.record({
  github_repository: hostileText,
  github_branch: hostileText,
  github_commit: hostileText,
  sub_path: hostileText,
  github_token: hostileText,
  image_name: hostileText,
  tag: hostileText,
  context_dir: hostileText,
  dockerfile_path: hostileText,
  target: hostileText,
  build_args: fc.array(fc.record({ key: hostileText, value: hostileText }), { maxLength: 3 }),
  force_rebuild: fc.boolean(),
})
