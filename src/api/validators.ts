// Single-value zod schemas that accept exactly what the real server accepts for each field, as sent
// (create container, build, create version), including the server's own trimming and the checks it only makes later
// (DB hooks and column lengths, which surface as 500s). The schemas do not transform: the value you parse
// is the value to send, and the server trims it itself.
import { z } from 'zod'
import { EXAMPLE_IMAGE_REF, parseImageRef, suggestQualified } from '@/lib/image-ref'
import { goTrimSpace } from '@/lib/go-text'
import { scanVersionName } from '@/lib/semver'

type Rule = (value: string) => string | undefined

const fromRule = (rule: Rule) =>
  z.string().superRefine((value, ctx) => {
    const message = rule(value)
    if (message !== undefined) ctx.addIssue({ code: 'custom', message })
  })

/** Characters as MySQL counts them in a varchar (code points). */
const charCount = (value: string): number => Array.from(value).length
const byteLength = (value: string): number => new TextEncoder().encode(value).length

const looksLikeUrl = (value: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
  /^(www\.)?github\.com(\/|$)/i.test(value) ||
  value.startsWith('git@')

// --- version name --------------------------------------------------------------------------------------
const VERSION_NAME_MAX = 32

const versionNameRule: Rule = (value) => {
  const scan = scanVersionName(value)
  if (!scan.ok) {
    switch (scan.problem) {
      case 'empty':
        return 'Enter a version name, like 1.2.0'
      case 'leading-v':
        return 'Use three numbers, like 1.2.0 — a leading v is not accepted'
      case 'overflow':
        return 'Each number in the version must fit in a 64-bit integer'
      case 'newline':
        return 'The version name cannot contain a line break'
      case 'too-few-numbers':
        return 'Use three numbers separated by dots, like 1.2.0'
      case 'format':
        return 'Use three numbers separated by dots, like 1.2.0 (a suffix like -rc.1 may follow)'
    }
  }
  if (charCount(goTrimSpace(value)) > VERSION_NAME_MAX)
    return `Keep the version name to ${VERSION_NAME_MAX} characters or fewer`
  return undefined
}

// --- image reference -----------------------------------------------------------------------------------
const REGISTRY_MAX = 64

const imageRefRule: Rule = (value) => {
  const ref = goTrimSpace(value)
  if (ref === '') return `Enter an image reference, like ${EXAMPLE_IMAGE_REF}`
  const parsed = parseImageRef(ref)
  if (!parsed.ok) {
    const fix = suggestQualified(ref)
    return fix ? `${parsed.reason} — did you mean ${fix}?` : parsed.reason
  }
  if (charCount(parsed.registry) > REGISTRY_MAX)
    return `The registry host can be at most ${REGISTRY_MAX} characters`
  return undefined
}

// --- GitHub owner/repo, branch, commit, token ----------------------------------------------------------
const OWNER_RE = /^[A-Za-z0-9-]+$/
const REPO_NAME_RE = /^[A-Za-z0-9._-]{1,100}$/
const BRANCH_RE = /^[A-Za-z0-9._/-]+$/
const COMMIT_RE = /^[a-fA-F0-9]{7,64}$/
const TOKEN_PREFIXES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] as const

const ownerRepoProblem = (owner: string, repo: string): string | undefined => {
  if (
    !OWNER_RE.test(owner) ||
    owner.length > 39 ||
    owner.startsWith('-') ||
    owner.endsWith('-') ||
    owner.includes('--')
  )
    return 'The owner must be 1–39 letters, digits or single hyphens, not starting or ending with "-"'
  if (!REPO_NAME_RE.test(repo))
    return 'The repository name may use letters, digits, ".", "_" and "-" (at most 100 characters)'
  return undefined
}

// utils.IsValidGitHubBranch
const branchProblem = (branch: string): string | undefined => {
  if (branch.length === 0 || byteLength(branch) > 250) return 'A branch name has 1 to 250 characters'
  if (branch.startsWith('/') || branch.endsWith('/')) return 'A branch name cannot start or end with "/"'
  if (branch.includes('..')) return 'A branch name cannot contain ".."'
  if (branch.includes('@')) return 'A branch name cannot contain "@"'
  if (!BRANCH_RE.test(branch)) return 'A branch name may use letters, digits, ".", "_", "/" and "-"'
  return undefined
}

// utils.IsValidGitHubLink, after the server's `if link != "" { link = TrimSpace(link) }`
const githubLinkRule: Rule = (value) => {
  if (value === '') return undefined
  const link = goTrimSpace(value)
  if (link === '') return undefined
  const parts = link.split('/')
  let problem: string | undefined
  if (parts.length === 2) {
    problem = ownerRepoProblem(parts[0] ?? '', parts[1] ?? '')
  } else if (parts.length >= 5) {
    problem = ownerRepoProblem(parts[0] ?? '', parts[1] ?? '')
    // The server checks the 4th segment (owner/repo/tree/<branch>/…) as a branch or a commit.
    const ref = parts[3] ?? ''
    if (!problem && branchProblem(ref) && !COMMIT_RE.test(ref))
      problem = 'The branch in the link (owner/repo/tree/<branch>/path) is not a valid branch name'
  } else {
    problem = 'Write owner/repo, or a path inside it like owner/repo/tree/main/docs'
  }
  if (problem && looksLikeUrl(link)) return 'Write the repository as owner/repo, not a URL'
  return problem
}

const githubRepositoryRule: Rule = (value) => {
  const repo = goTrimSpace(value)
  if (repo === '') return 'Enter the GitHub repository as owner/repo'
  const parts = repo.split('/')
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') return undefined
  if (looksLikeUrl(repo)) return 'Write the repository as owner/repo, not a URL'
  return 'Write the repository as owner/repo, with exactly one "/"'
}

const githubBranchRule: Rule = (value) => {
  if (value === '') return undefined
  const branch = goTrimSpace(value)
  if (branch === '') return 'Leave the branch empty for the default, or enter a branch name'
  return branchProblem(branch)
}

const githubCommitRule: Rule = (value) => {
  if (value === '') return undefined
  const commit = goTrimSpace(value)
  if (COMMIT_RE.test(commit)) return undefined
  return 'A commit is 7 to 64 hex digits (0-9, a-f)'
}

// utils.IsValidGitHubToken
const githubTokenRule: Rule = (value) => {
  if (value === '') return undefined
  const token = goTrimSpace(value)
  const prefix = TOKEN_PREFIXES.find((p) => token.startsWith(p))
  if (!prefix) return 'A GitHub token starts with ghp_, gho_, ghu_, ghs_ or ghr_'
  if (prefix === 'ghp_' && byteLength(token) !== 40) return 'A ghp_ token must be exactly 40 characters long'
  if (!/^[a-fA-F0-9]+$/.test(token.slice(prefix.length)))
    return 'This server only accepts tokens whose part after the prefix is hex digits (0-9, a-f); current GitHub tokens are rejected'
  return undefined
}

// --- parameter keys: not trimmed, checked in DB hooks (500) --------------------------------------------
const ENV_VAR_KEY_RE = /^[A-Z_][A-Z0-9_]*$/
const HELM_VALUE_KEY_RE = /^[A-Za-z_-][A-Za-z0-9_-]*(?:\.[A-Za-z_-][A-Za-z0-9_-]*)*$/

const envVarKeyRule: Rule = (value) => {
  if (value === '') return 'Enter a variable name'
  if (value.length > 128) return 'Keep the variable name to 128 characters or fewer'
  if (!ENV_VAR_KEY_RE.test(value))
    return 'Use capital letters, digits and "_", starting with a letter or "_", like LOG_LEVEL (no spaces)'
  return undefined
}

const helmValueKeyRule: Rule = (value) => {
  if (value === '') return 'Enter a value key, like image.tag'
  if (!HELM_VALUE_KEY_RE.test(value))
    return 'Use dot-separated names like image.tag; each part starts with a letter, "_" or "-" and uses letters, digits, "_" or "-" (no spaces)'
  return undefined
}

// --- helm repo_url: Go 1.24 url.ParseRequestURI after the trim -----------------------------------------
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)

type EscapeMode = 'path' | 'userinfo' | 'host' | 'zone'

// url.shouldEscape for encodeHost/encodeZone, ASCII only
const hostNeedsEscape = (code: number): boolean => {
  const c = String.fromCharCode(code)
  if (/^[A-Za-z0-9]$/.test(c)) return false
  return !'!$&\'()*+,;=:[]<>"-_.~'.includes(c)
}

// url.unescape's validation pass
const unescapeProblem = (s: string, mode: EscapeMode): string | undefined => {
  for (let i = 0; i < s.length;) {
    const code = s.charCodeAt(i)
    if (code === 0x25) {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2]))
        return 'The URL has an invalid %-escape; write % as %25'
      const escape = s.slice(i, i + 3)
      const byte = parseInt(s.slice(i + 1, i + 3), 16)
      if (mode === 'host' && byte < 0x80 && escape !== '%25')
        return `The host cannot contain the escape ${escape}`
      if (mode === 'zone' && escape !== '%25' && byte !== 0x20 && hostNeedsEscape(byte))
        return `The host cannot contain the escape ${escape}`
      i += 3
      continue
    }
    if ((mode === 'host' || mode === 'zone') && code < 0x80 && hostNeedsEscape(code))
      return `The host cannot contain "${s[i]}"`
    i++
  }
  return undefined
}

const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port)

const isIPv4 = (s: string): boolean =>
  /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/.test(
    s,
  )

const isIPv6 = (s: string): boolean => {
  const halves = s.split('::')
  if (halves.length > 2) return false
  // The number of 16-bit groups in one half, or -1; an embedded IPv4 counts as two and must come last.
  const groupCount = (half: string, last: boolean): number => {
    if (half === '') return 0
    const items = half.split(':')
    let count = 0
    for (const [i, item] of items.entries()) {
      if (last && i === items.length - 1 && isIPv4(item)) count += 2
      else if (/^[0-9a-fA-F]{1,4}$/.test(item)) count += 1
      else return -1
    }
    return count
  }
  const head = groupCount(halves[0] ?? '', halves.length === 1)
  const tail = halves.length === 2 ? groupCount(halves[1] ?? '', true) : 0
  if (head < 0 || tail < 0) return false
  return halves.length === 2 ? head + tail <= 7 : head === 8
}

// url.parseHost. Stricter than some Go patch releases (which one the server runs is unknown): the bracketed part must be an IPv6
// address, and an unbracketed host may have only one ':' (the port).
const hostProblem = (host: string): string | undefined => {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']')
    if (close < 0) return 'The host is missing its closing "]"'
    if (!validOptionalPort(host.slice(close + 1))) return 'The port after the host must be a number'
    const zone = host.slice(0, close).indexOf('%25')
    const address = host.slice(1, zone >= 0 ? zone : close)
    if (!isIPv6(address)) return 'Only an IPv6 address can go inside [ ]'
    if (zone >= 0) {
      return (
        unescapeProblem(host.slice(0, zone), 'host') ??
        unescapeProblem(host.slice(zone, close), 'zone') ??
        unescapeProblem(host.slice(close), 'host')
      )
    }
  } else {
    const colon = host.lastIndexOf(':')
    if (colon !== -1) {
      if (!validOptionalPort(host.slice(colon))) return 'The port after the host must be a number'
      if (host.indexOf(':') !== colon) return 'The host can contain only one ":" (before the port)'
    }
  }
  return unescapeProblem(host, 'host')
}

const USERINFO_RE = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/

const authorityProblem = (authority: string): string | undefined => {
  const at = authority.lastIndexOf('@')
  const problem = hostProblem(at < 0 ? authority : authority.slice(at + 1))
  if (problem) return problem
  if (at < 0) return undefined
  const userinfo = authority.slice(0, at)
  if (!USERINFO_RE.test(userinfo)) return 'The user name part of the URL (before "@") has invalid characters'
  return unescapeProblem(userinfo, 'userinfo')
}

const NOT_ABSOLUTE = 'Use a full URL with its scheme, like https://charts.example.com'

const requestUriProblem = (raw: string): string | undefined => {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return 'The URL cannot contain control characters (tabs, line breaks…)'
  }
  if (raw === '*') return undefined
  // getScheme
  let scheme = ''
  let rest = raw
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? ''
    if (/[A-Za-z]/.test(c)) continue
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) break
      continue
    }
    if (c === ':') {
      if (i === 0) return 'The URL is missing its scheme (like https) before ":"'
      scheme = raw.slice(0, i)
      rest = raw.slice(i + 1)
    }
    break
  }
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) rest = rest.slice(0, -1)
  else if (rest.includes('?')) rest = rest.slice(0, rest.indexOf('?'))
  if (!rest.startsWith('/')) return scheme !== '' ? undefined : NOT_ABSOLUTE
  if (scheme !== '' && rest.startsWith('//')) {
    const authorityEnd = rest.indexOf('/', 2)
    const authority = authorityEnd === -1 ? rest.slice(2) : rest.slice(2, authorityEnd)
    rest = authorityEnd === -1 ? '' : rest.slice(authorityEnd)
    const problem = authorityProblem(authority)
    if (problem) return problem
  }
  return unescapeProblem(rest, 'path')
}

const helmRepoUrlRule: Rule = (value) => {
  const url = goTrimSpace(value)
  if (url === '') return 'Enter the chart repository URL, like https://charts.example.com'
  return requestUriProblem(url)
}

// --- container name ------------------------------------------------------------------------------------
const CONTAINER_NAME_MAX = 128

const containerNameRule: Rule = (value) => {
  const name = goTrimSpace(value)
  if (name === '') return 'Enter a container name'
  if (charCount(name) > CONTAINER_NAME_MAX)
    return `Keep the container name to ${CONTAINER_NAME_MAX} characters or fewer`
  return undefined
}

// --- the schemas ---------------------------------------------------------------------------------------
/** create_container_version `name` (required). */
export const versionName = fromRule(versionNameRule)
/** create_container_version `image_ref` (required). */
export const imageRef = fromRule(imageRefRule)
/** create_container_version `github_link` (optional: '' means absent). */
export const githubLink = fromRule(githubLinkRule)
/** env_vars[].key (category 0); not trimmed by the server. */
export const envVarKey = fromRule(envVarKeyRule)
/** helm_config.values[].key (category 1); not trimmed by the server. */
export const helmValueKey = fromRule(helmValueKeyRule)
/** helm_config.repo_url (required when a helm config is sent). */
export const helmRepoUrl = fromRule(helmRepoUrlRule)
/** create_container `name` (required). */
export const containerName = fromRule(containerNameRule)
/** build `github_repository` (required). */
export const githubRepository = fromRule(githubRepositoryRule)
/** build `github_branch` (optional: '' means the default branch). */
export const githubBranch = fromRule(githubBranchRule)
/** build `github_commit` (optional). */
export const githubCommit = fromRule(githubCommitRule)
/** build `github_token` (optional). */
export const githubToken = fromRule(githubTokenRule)

/** The first error message the schema gives for the value, or undefined when it is accepted. */
export const checkValue = (schema: z.ZodType, value: unknown): string | undefined => {
  const result = schema.safeParse(value)
  return result.success ? undefined : (result.error.issues[0]?.message ?? 'Invalid value')
}
