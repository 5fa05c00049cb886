// The parsers the v1.1.45 server runs on a request, ported here on their own from the Go code it calls
// (Go's strings, fmt and strconv; github.com/distribution/reference v0.6.0; github.com/opencontainers/
// go-digest v1.0.0), with Go's error texts. The dashboard has its own readings of the same rules in
// src/lib; the mock must not borrow them, so a property test comparing the form with the mock compares two
// independent readings (eslint.config.js forbids the import).

// --- strings.TrimSpace ----------------------------------------------------------------------------------
// unicode.IsSpace: '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0, and the White_Space runes above Latin-1.
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const EDGE_SPACES = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g')
const ONE_SPACE = new RegExp(`^[${SPACE}]$`)

/** Go strings.TrimSpace. */
export const goTrimSpace = (s: string): string => s.replace(EDGE_SPACES, '')

// --- fmt.Sscanf(s, "%d.%d.%d", &major, &minor, &patch) -----------------------------------------------
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const isDigit = (r: string | undefined) => r !== undefined && /^[0-9]$/.test(r)

/**
 * utils.ParseSemanticVersion: the error fmt.Sscanf returns for "%d.%d.%d" into three `int`s, or null.
 * The scanner reads runes; before each integer it skips spaces (a newline is an error), reads one optional
 * sign and at least one decimal digit; each '.' of the format must be the very next rune; whatever follows
 * the third integer is never read.
 */
export function scanSemanticVersion(s: string): string | null {
  const runes = Array.from(s)
  let at = 0
  const peek = () => runes[at]
  try {
    for (let verb = 0; verb < 3; verb++) {
      if (verb > 0) {
        // ss.advance on the literal '.': mustReadRune turns EOF into io.ErrUnexpectedEOF.
        if (peek() === undefined) throw new Error('unexpected EOF')
        if (peek() !== '.') throw new Error('input does not match format')
        at++
      }
      // ss.SkipSpace (once in doScanf, once more in scanInt: the second finds nothing to skip).
      for (let r = peek(); r !== undefined; r = peek()) {
        if (r === '\r' && runes[at + 1] === '\n') {
          at++
          continue
        }
        if (r === '\n') throw new Error('unexpected newline')
        if (!ONE_SPACE.test(r)) break
        at++
      }
      // scanInt: notEOF panics with io.EOF itself, which errorHandler returns as is.
      if (peek() === undefined) throw new Error('EOF')
      const start = at
      if (peek() === '+' || peek() === '-') at++
      if (peek() === undefined) throw new Error('EOF')
      if (!isDigit(peek())) throw new Error('expected integer')
      while (isDigit(peek())) at++
      const token = runes.slice(start, at).join('')
      const value = BigInt(token)
      if (value < INT64_MIN || value > INT64_MAX)
        throw new Error(`strconv.ParseInt: parsing "${token}": value out of range`)
    }
  } catch (error) {
    return (error as Error).message
  }
  return null
}

// --- github.com/distribution/reference v0.6.0 regexp.go -----------------------------------------------
const optional = (...res: string[]) => `(?:${res.join('')})?`
const anyTimes = (...res: string[]) => `(?:${res.join('')})*`
const capture = (...res: string[]) => `(${res.join('')})`
const anchored = (...res: string[]) => new RegExp(`^${res.join('')}$`)

const alphanumeric = '[a-z0-9]+'
const separator = '(?:[._]|__|[-]+)'
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const optionalPort = '(?::[0-9]+)?'
const tagPat = '[\\w][\\w.-]{0,127}'
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]'
const domainName = domainNameComponent + anyTimes('\\.', domainNameComponent)
const host = `(?:${domainName}|${ipv6address})`
const domainAndPort = host + optionalPort
const pathComponent = alphanumeric + anyTimes(separator, alphanumeric)
const remoteName = pathComponent + anyTimes('/', pathComponent)
const namePat = optional(domainAndPort, '/') + remoteName

const referenceRegexp = anchored(
  capture(namePat),
  optional(':', capture(tagPat)),
  optional('@', capture(digestPat)),
)
const anchoredNameRegexp = anchored(optional(capture(domainAndPort), '/'), capture(remoteName))
const anchoredIdentifierRegexp = anchored('([a-f0-9]{64})')

const REPOSITORY_NAME_TOTAL_LENGTH_MAX = 255

/** go-digest v1.0.0 Digest.Validate, for the algorithms a Go binary with crypto/tls linked has. */
function digestProblem(d: string): string | null {
  const i = d.indexOf(':')
  if (i <= 0 || i + 1 === d.length) return 'invalid checksum digest format'
  const encoded = d.slice(i + 1)
  const size = { sha256: 32, sha384: 48, sha512: 64 }[d.slice(0, i)]
  if (size === undefined)
    return /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(d)
      ? 'unsupported digest algorithm'
      : 'invalid checksum digest format'
  if (encoded.length !== size * 2) return 'invalid checksum digest length'
  return /^[a-f0-9]+$/.test(encoded) ? null : 'invalid checksum digest format'
}

/** splitDockerDomain (v0.6.0): where the registry ends, with Docker Hub's defaults filled in. */
function splitDockerDomain(name: string): [domain: string, remainder: string] {
  const slash = name.indexOf('/')
  if (slash === -1) return ['docker.io', `library/${name}`]
  const maybeDomain = name.slice(0, slash)
  const maybeRemote = name.slice(slash + 1)
  let domain = 'docker.io'
  let remainder = name
  if (maybeDomain === 'index.docker.io') remainder = maybeRemote
  else if (
    maybeDomain === 'localhost' ||
    /[.:]/.test(maybeDomain) ||
    maybeDomain.toLowerCase() !== maybeDomain
  )
    [domain, remainder] = [maybeDomain, maybeRemote]
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`
  return [domain, remainder]
}

export type NamedReference = { domain: string; path: string; tag: string; digest: string }

/** reference.Parse (v0.6.0) of a string that has a name. */
function parse(s: string): NamedReference | string {
  const matches = referenceRegexp.exec(s)
  if (!matches) {
    if (s === '') return 'repository name must have at least one component'
    if (referenceRegexp.test(s.toLowerCase())) return 'repository name must be lowercase'
    return 'invalid reference format'
  }
  const nameMatch = anchoredNameRegexp.exec(matches[1]!)
  const domain = nameMatch?.[1] ?? ''
  const path = nameMatch ? nameMatch[2]! : matches[1]!
  if (path.length > REPOSITORY_NAME_TOTAL_LENGTH_MAX)
    return `repository name must not be more than ${REPOSITORY_NAME_TOTAL_LENGTH_MAX} characters`
  const digest = matches[3] ?? ''
  if (digest) {
    const problem = digestProblem(digest)
    if (problem) return problem
  }
  return { domain, path, tag: matches[2] ?? '', digest }
}

/**
 * reference.ParseNamed (v0.6.0): ParseNormalizedNamed, then the reference's String() must be the input
 * ("repository name must be canonical" otherwise). Returns the parts or Go's error text.
 */
export function parseNamed(s: string): NamedReference | string {
  if (anchoredIdentifierRegexp.test(s))
    return `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`
  const [domain, remainder] = splitDockerDomain(s)
  const remote = remainder.split(':')[0]!
  if (remote.toLowerCase() !== remote)
    return `invalid reference format: repository name (${remote}) must be lowercase`
  const ref = parse(`${domain}/${remainder}`)
  if (typeof ref === 'string') return ref
  const name = ref.domain ? `${ref.domain}/${ref.path}` : ref.path
  const text = name + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '')
  return text === s ? ref : 'repository name must be canonical'
}
