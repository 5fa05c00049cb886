// The server validates image_ref with github.com/distribution/reference v0.6.0 `ParseNamed`
// (after a trim): ParseNormalizedNamed(s) must succeed AND its String() must equal s, i.e. the
// reference must already be canonical and fully qualified. This module reproduces that grammar.
import { goTrimSpace } from '@/lib/go-text'

// --- the grammar of distribution/reference v0.6.0 regexp.go ---------------------------------------------
const alphanumeric = '[a-z0-9]+'
const separator = '(?:[._]|__|[-]+)'
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]'
const host = `(?:${domainName}|${ipv6address})`
const domainAndPort = `${host}(?::[0-9]+)?`
const tag = '[\\w][\\w.-]{0,127}'
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}'
const remoteName = `${pathComponent}(?:/${pathComponent})*`
const namePat = `(?:${domainAndPort}/)?${remoteName}`

const referenceRe = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digestPat}))?$`)
const anchoredNameRe = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`)
const anchoredIdentifierRe = /^[a-f0-9]{64}$/
const pathComponentRe = new RegExp(`^${pathComponent}$`)
const tagRe = new RegExp(`^${tag}$`)
const domainAndPortRe = new RegExp(`^${domainAndPort}$`)

const NAME_TOTAL_LENGTH_MAX = 255
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }
// No valid reference is longer than this (name 255 + tag 128 + a sha512 digest); longer input is rejected
// early so the regular expressions never see pathological lengths.
const INPUT_LENGTH_MAX = 1024

const DEFAULT_DOMAIN = 'docker.io'
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
const OFFICIAL_REPO_PREFIX = 'library/'

export const EXAMPLE_IMAGE_REF = 'docker.io/library/nginx:1.25'

export type ImageRefParts = {
  /** The registry host, with its port if any, e.g. `docker.io`, `10.10.10.240`, `localhost:5000`. */
  registry: string
  /** Path segments between the registry and the last segment, joined by '/'; '' if none. */
  namespace: string
  /** The last path segment. */
  repository: string
  /** '' when the reference has no tag. */
  tag: string
  /** '' when the reference has no digest, else `sha256:<hex>` etc. */
  digest: string
  /** The whole path after the registry (`namespace/repository`). */
  path: string
}

export type ImageRefResult = ({ ok: true } & ImageRefParts) | { ok: false; reason: string }

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason })

// reference.splitDockerDomain (v0.6.0)
const splitDockerDomain = (name: string): { domain: string; remainder: string } => {
  const i = name.indexOf('/')
  const first = i === -1 ? '' : name.slice(0, i)
  let domain: string
  let remainder: string
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN
    remainder = name
  } else {
    domain = first
    remainder = name.slice(i + 1)
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder
  return { domain, remainder }
}

// A specific explanation for a string the reference grammar rejects.
const explainGrammar = (s: string): string => {
  let rest = s
  const at = rest.indexOf('@')
  if (at !== -1) {
    const digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    const reason = explainDigest(digest)
    if (reason) return reason
  }
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.indexOf(':', lastSlash + 1)
  if (colon !== -1) {
    const tagValue = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (tagValue === '') return 'The tag after ":" is empty; remove the ":" or add a tag like 1.25'
    if (!tagRe.test(tagValue))
      return 'The tag may use letters, digits, "_", "." and "-" (not first), at most 128 characters'
  }
  const segments = rest.split('/')
  const [first = '', ...others] = segments
  const pathSegments = domainAndPortRe.test(first) && others.length > 0 ? others : segments
  for (const segment of pathSegments) {
    if (segment === '') return 'The image path has an empty segment (check for "//" or a trailing "/")'
    if (segment !== segment.toLowerCase()) return 'The image path must be lowercase'
    if (!pathComponentRe.test(segment))
      return `"${segment}" is not a valid path segment: use lowercase letters and digits, separated by ".", "_", "__" or "-"`
  }
  return 'This is not a valid image reference'
}

const explainDigest = (digest: string): string | undefined => {
  const colon = digest.indexOf(':')
  const algorithm = colon === -1 ? digest : digest.slice(0, colon)
  const hex = colon === -1 ? '' : digest.slice(colon + 1)
  const expected = DIGEST_HEX_LENGTH[algorithm]
  if (expected === undefined)
    return 'The digest must be sha256, sha384 or sha512, like @sha256:<64 hex digits>'
  if (hex.length !== expected || !/^[a-f0-9]*$/.test(hex))
    return `A ${algorithm} digest has exactly ${expected} lowercase hex digits`
  return undefined
}

type Reference = { domain: string; path: string; tag: string; digest: string }

// reference.Parse (v0.6.0), including digest.Parse of the digest part.
const parseReference = (s: string): Reference | { reason: string } => {
  const match = referenceRe.exec(s)
  if (!match) {
    if (s === '') return { reason: 'Enter an image reference' }
    if (referenceRe.test(s.toLowerCase())) return { reason: 'The image path must be lowercase' }
    return { reason: explainGrammar(s) }
  }
  const name = match[1] ?? ''
  if (name.length > NAME_TOTAL_LENGTH_MAX)
    return { reason: `The image name (registry and path) can be at most ${NAME_TOTAL_LENGTH_MAX} characters` }
  const nameMatch = anchoredNameRe.exec(name)
  const domain = nameMatch?.[1] ?? ''
  const path = nameMatch?.[2] ?? name
  const digest = match[3] ?? ''
  if (digest !== '') {
    const reason = explainDigest(digest)
    if (reason) return { reason }
  }
  return { domain, path, tag: match[2] ?? '', digest }
}

const toParts = (ref: Reference): ImageRefParts => {
  const slash = ref.path.lastIndexOf('/')
  return {
    registry: ref.domain,
    namespace: slash === -1 ? '' : ref.path.slice(0, slash),
    repository: ref.path.slice(slash + 1),
    tag: ref.tag,
    digest: ref.digest,
    path: ref.path,
  }
}

// reference.ParseNormalizedNamed (v0.6.0): the normalized string, or why it can't be one.
const normalize = (s: string): { normalized: string } | { reason: string } => {
  if (anchoredIdentifierRe.test(s))
    return { reason: 'This looks like an image ID; use an image reference like ' + EXAMPLE_IMAGE_REF }
  const { domain, remainder } = splitDockerDomain(s)
  const colon = remainder.indexOf(':')
  const remote = colon === -1 ? remainder : remainder.slice(0, colon)
  if (remote.toLowerCase() !== remote) return { reason: 'The image path must be lowercase' }
  return { normalized: `${domain}/${remainder}` }
}

/**
 * Parses an image reference exactly as the server's `reference.ParseNamed` accepts it (no trimming here:
 * the server trims first). One deliberate difference: a first segment that ParseNamed takes as a registry
 * but whose host part is not a valid host (e.g. `my_reg.local/app`, parsed upstream with an empty domain)
 * is rejected, because such a reference cannot be pulled.
 */
export const parseImageRef = (ref: string): ImageRefResult => {
  if (ref === '') return fail(`Enter an image reference, like ${EXAMPLE_IMAGE_REF}`)
  if (ref.length > INPUT_LENGTH_MAX) return fail('This image reference is too long')
  const norm = normalize(ref)
  if ('reason' in norm) return fail(norm.reason)
  const parsed = parseReference(norm.normalized)
  if ('reason' in parsed) return fail(parsed.reason)
  if (norm.normalized !== ref) {
    const { domain } = splitDockerDomain(ref)
    if (ref.startsWith(`${LEGACY_DEFAULT_DOMAIN}/`))
      return fail(`Write docker.io instead of index.docker.io, like ${norm.normalized}`)
    if (domain === DEFAULT_DOMAIN && ref.startsWith(`${DEFAULT_DOMAIN}/`))
      return fail(`Docker Hub official images need the library/ namespace, like ${norm.normalized}`)
    if (isBareName(ref))
      return fail(
        `Add the registry and namespace the image is pushed to, like docker.io/<your namespace>/${ref}`,
      )
    return fail(`Use the full image reference with its registry, like ${EXAMPLE_IMAGE_REF}`)
  }
  if (parsed.domain === '')
    return fail('The registry host may only use letters, digits, "-" and "." (and a :port)')
  return { ok: true, ...toParts(parsed) }
}

/**
 * The fully-qualified form of a Docker-style short name (what `docker pull` would resolve it to):
 * `nginx:1.25` → `docker.io/library/nginx:1.25`, `bitnami/redis` → `docker.io/bitnami/redis`,
 * `docker.io/nginx` → `docker.io/library/nginx`, `index.docker.io/x/y` → `docker.io/x/y`.
 * null when the input (trimmed) is already valid, or when qualifying it would not make it valid.
 */
export const suggestQualified = (input: string): string | null => {
  const value = goTrimSpace(input)
  if (value === '' || value.length > INPUT_LENGTH_MAX || parseImageRef(value).ok) return null
  // A bare name (`my-rca:latest`) would become docker.io/library/…, Docker's namespace for its official
  // images, where a user's own image can never be: better no suggestion than a wrong one.
  if (isBareName(value)) return null
  const norm = normalize(value)
  if ('reason' in norm || norm.normalized === value) return null
  return parseImageRef(norm.normalized).ok ? norm.normalized : null
}

/** A name without any registry or namespace, like `nginx:1.25`. */
const isBareName = (value: string) => !value.includes('/')

const SHELL_SAFE = /^[A-Za-z0-9._/:@-]+$/

/** POSIX-shell single quoting (an embedded ' becomes '\''), only when needed. */
export const shellQuote = (value: string): string =>
  SHELL_SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`

/** A copy-paste `docker pull` command for the reference. */
export const dockerPullCommand = (ref: string): string => `docker pull ${shellQuote(ref)}`

/** What an image repository name may be: lowercase path components joined by ".", "_", "__" or "-"s. */
const IMAGE_NAME_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/**
 * The image name a container name becomes (for "Build image"), or null when nothing usable is left:
 * lowercased, each run of other characters turned into one "-", separators trimmed from the ends.
 * `My Algo!!` → `my-algo`. A name that already is a valid image name is returned as it is.
 */
export function imageNameFor(containerName: string): string | null {
  const name = goTrimSpace(containerName)
  if (IMAGE_NAME_RE.test(name)) return name
  const normalized = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[._-]{2,}/g, (run) => (run === '__' ? run : '-'))
    .replace(/^[._-]+|[._-]+$/g, '')
  return normalized && IMAGE_NAME_RE.test(normalized) ? normalized : null
}
