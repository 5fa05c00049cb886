import { mockConfig } from './config'
import { goTrimSpace, parseNamed, scanSemanticVersion } from './go-parsers'

/**
 * The server's request rules, as the contract reads them from its source: which check runs first, which
 * status it answers with, and its exact message. Returns null when the input passes.
 */
export type Rejection = { status: number; message: string }
const bad = (message: string): Rejection => ({
  status: 400,
  message: `Invalid request parameters: ${message}`,
})
const format = (message: string): Rejection => ({
  status: 400,
  message: `Invalid request format: ${message}`,
})
const requiredTag = (struct: string, field: string) =>
  `Key: '${struct}.${field}' Error:Field validation for '${field}' failed on the 'required' tag`

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const jsonKind = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'boolean'
          ? 'bool'
          : typeof v

/** A JSON type mismatch, reported like encoding/json does. */
function typeError(value: unknown, struct: string, field: string, goType: string): Rejection {
  return format(
    `json: cannot unmarshal ${jsonKind(value)} into Go struct field ${struct}.${field} of type ${goType}`,
  )
}

function checkTypes(
  body: Record<string, unknown>,
  struct: string,
  fields: Record<string, 'string' | 'int' | 'bool'>,
): Rejection | null {
  for (const [field, kind] of Object.entries(fields)) {
    const value = body[field]
    if (value === undefined || value === null) continue
    if (kind === 'string' && typeof value !== 'string') return typeError(value, struct, field, 'string')
    if (kind === 'bool' && typeof value !== 'boolean') return typeError(value, struct, field, 'bool')
    if (kind === 'int' && !(typeof value === 'number' && Number.isInteger(value)))
      return typeError(value, struct, field, 'int')
  }
  return null
}

const ENV_KEY = /^[A-Z_][A-Z0-9_]*$/
const HELM_KEY = /^[A-Za-z_-][A-Za-z0-9_-]*(\.[A-Za-z_-][A-Za-z0-9_-]*)*$/
const OWNER = /^(?!-)(?!.*--)[A-Za-z0-9-]{1,39}(?<!-)$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/
const BRANCH = /^[A-Za-z0-9._/-]{1,250}$/
const COMMIT = /^[a-fA-F0-9]{7,64}$/

export function branchProblem(branch: string): string | null {
  if (!BRANCH.test(branch) || branch.startsWith('/') || branch.endsWith('/') || branch.includes('..'))
    return `invalid branch name: ${branch}`
  return null
}

/** utils.IsValidGitHubLink: owner/repo, or ≥ 5 segments whose 4th (owner/repo/tree/<ref>/…) is a branch or a commit. */
function githubLinkProblem(link: string): string | null {
  const parts = link.split('/')
  const ownerRepo = parts.length >= 2 && OWNER.test(parts[0]!) && REPO.test(parts[1]!)
  if (parts.length === 2 && ownerRepo) return null
  const ref = parts[3] ?? ''
  if (parts.length >= 5 && ownerRepo && (!branchProblem(ref) || COMMIT.test(ref))) return null
  return `invalid github link: ${link}, expected format 'owner/repo' or 'owner/repo/branch/path...'`
}

/** Go url.ParseRequestURI, as far as the dashboard's users will meet it. */
export function repoUrlProblem(url: string): string | null {
  const err = (why: string) => `invalid repository URL: ${url}, parse "${url}": ${why}`
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(url)) return err('net/url: invalid control character in URL')
  if (url === '*' || url.startsWith('/')) return null
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(url)
  if (!scheme) return err('invalid URI for request')
  // Go cuts off the query without checking it, and takes a rootless rest ("mailto:x") as opaque, unchecked.
  const rest = scheme[2]!.split('?')[0]!
  if (!rest.startsWith('/')) return null
  if (/%(?![0-9A-Fa-f]{2})/.test(rest)) return err('invalid URL escape')
  if (rest.startsWith('//')) {
    const authority = rest.slice(2).split(/[/?#]/)[0]!
    const host = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority
    const port = /:([^:\]]*)$/.exec(host)
    if (port && !/^\d*$/.test(port[1]!)) return err(`invalid port ":${port[1]}" after host`)
    if (/[^A-Za-z0-9.\-_~!$&'()*+,;=:[\]%]/.test(host)) return err(`invalid character in host name`)
  }
  return null
}

type Param = Record<string, unknown>

/** DTO validation of one parameter config (env var or Helm value). */
function parameterProblem(p: unknown): string | null {
  if (!isObject(p)) return 'parameter key cannot be empty'
  if (typeof p.key !== 'string' || p.key === '') return 'parameter key cannot be empty'
  const type = p.type ?? 0
  const category = p.category ?? 0
  if (type !== 0 && type !== 1) return `invalid parameter type: ${String(type)}`
  if (category !== 0 && category !== 1) return `invalid parameter category: ${String(category)}`
  if (type === 0 && p.required === true && typeof p.default_value !== 'string')
    return 'default value is required for fixed parameter type when marked as required'
  if (type === 1 && typeof p.template_string !== 'string')
    return 'template string is required for dynamic parameter type'
  return null
}

/**
 * Validates a CreateContainerVersionReq. `struct` is the Go path used in binding messages
 * ('CreateContainerVersionReq', or 'CreateContainerReq.VersionReq' inside create-container).
 */
export function versionRequestProblem(body: unknown, struct: string, prefix = ''): Rejection | null {
  if (!isObject(body))
    return format('json: cannot unmarshal into Go value of type dto.CreateContainerVersionReq')
  const typeProblem = checkTypes(body, struct, {
    name: 'string',
    image_ref: 'string',
    github_link: 'string',
    command: 'string',
  })
  if (typeProblem) return typeProblem
  if (body.env_vars != null && !Array.isArray(body.env_vars))
    return typeError(body.env_vars, struct, 'env_vars', '[]dto.CreateParameterConfigReq')
  const helm = body.helm_config
  if (helm != null) {
    if (!isObject(helm)) return typeError(helm, struct, 'helm_config', 'dto.CreateHelmConfigReq')
    if (helm.values != null && !Array.isArray(helm.values))
      return typeError(helm.values, `${struct}.helm_config`, 'values', '[]dto.CreateParameterConfigReq')
  }
  const missing: string[] = []
  if (typeof body.name !== 'string' || body.name === '') missing.push(requiredTag(struct, 'Name'))
  if (typeof body.image_ref !== 'string' || body.image_ref === '')
    missing.push(requiredTag(struct, 'ImageRef'))
  if (isObject(helm)) {
    for (const [json, go] of [
      ['chart_name', 'ChartName'],
      ['repo_name', 'RepoName'],
      ['repo_url', 'RepoURL'],
      ['ns_prefix', 'NsPrefix'],
    ] as const) {
      if (typeof helm[json] !== 'string' || helm[json] === '')
        missing.push(requiredTag(`${struct}.HelmConfigRequest`, go))
    }
  }
  if (missing.length) return format(missing.join('\n'))

  const name = goTrimSpace(body.name as string)
  const imageRef = goTrimSpace(body.image_ref as string)
  if (!name) return bad(`${prefix}name cannot be empty`)
  if (!imageRef) return bad(`${prefix}docker image reference cannot be empty`)
  if (typeof body.github_link === 'string' && goTrimSpace(body.github_link)) {
    const problem = githubLinkProblem(goTrimSpace(body.github_link))
    if (problem) return bad(`${prefix}${problem}`)
  }
  const semverError = scanSemanticVersion(name)
  if (semverError) return bad(`${prefix}invalid semantic version: ${name}, ${semverError}`)
  const named = parseNamed(imageRef)
  if (typeof named === 'string')
    return bad(
      `${prefix}invalid docker image reference: ${imageRef}, invalid image reference format: ${named}`,
    )
  const envVars = (body.env_vars as unknown[] | undefined) ?? []
  for (const [i, p] of envVars.entries()) {
    const problem = parameterProblem(p)
    if (problem) return bad(`${prefix}invalid env var at index ${i}: ${problem}`)
  }
  if (isObject(helm)) {
    const h = helm as Param
    for (const [field, what] of [
      ['chart_name', 'chart name'],
      ['repo_name', 'repository name'],
      ['repo_url', 'repository URL'],
      ['ns_prefix', 'namespace prefix'],
    ] as const) {
      if (!goTrimSpace(h[field] as string))
        return bad(`${prefix}invalid helm config:  ${what} cannot be empty`)
    }
    const urlProblem = repoUrlProblem(goTrimSpace(h.repo_url as string))
    if (urlProblem) return bad(`${prefix}invalid helm config:  ${urlProblem}`)
    const ns = goTrimSpace(h.ns_prefix as string)
    if (!mockConfig.namespacePrefixes.includes(ns))
      return bad(`${prefix}invalid helm config:  invalid namespace prefix: ${ns}`)
    for (const [i, p] of ((h.values as unknown[] | undefined) ?? []).entries()) {
      const problem = parameterProblem(p)
      if (problem)
        return bad(`${prefix}invalid helm config:  invalid parameter config at index ${i}: ${problem}`)
    }
  }
  return null
}

/** Checks the database hooks and constraints make, after the DTO passed: all of them answer 500. */
export function versionStorageProblem(
  body: Record<string, unknown>,
  existingNames: string[],
  failure: string,
): Rejection | null {
  const name = goTrimSpace(body.name as string)
  // MySQL counts a varchar's length in characters (code points), not UTF-16 units.
  if (Array.from(name).length > 32)
    return {
      status: 500,
      message: `${failure}: Error 1406 (22001): Data too long for column 'name' at row 1`,
    }
  const named = parseNamed(goTrimSpace(body.image_ref as string))
  if (typeof named !== 'string' && Array.from(named.domain).length > 64)
    return {
      status: 500,
      message: `${failure}: Error 1406 (22001): Data too long for column 'registry' at row 1`,
    }
  if (existingNames.includes(name))
    return { status: 500, message: 'failed to batch create container versions: duplicated key not allowed' }
  const params: Param[] = [
    ...((body.env_vars as Param[] | undefined) ?? []).map((p) => ({ ...p, category: p.category ?? 0 })),
    ...(((body.helm_config as Param | undefined)?.values as Param[] | undefined) ?? []).map((p) => ({
      ...p,
      category: p.category ?? 1,
    })),
  ]
  const seen = new Set<string>()
  for (const p of params) {
    const key = p.key as string
    if (p.category === 0 && (key.length > 128 || !ENV_KEY.test(key)))
      return {
        status: 500,
        message: 'invalid environment variable key: environment variable contains invalid characters',
      }
    if (p.category === 1 && !HELM_KEY.test(key))
      return { status: 500, message: `invalid helm value key: ${key} contains invalid characters` }
    if (p.type === 1 && p.template_string === '')
      return {
        status: 500,
        message:
          'failed to batch create parameter configs: template string is required for dynamic parameters',
      }
    const identity = `${key}|${String(p.type ?? 0)}|${String(p.category)}`
    if (seen.has(identity))
      return {
        status: 500,
        message: 'failed to create container version parameter links: duplicated key not allowed',
      }
    seen.add(identity)
  }
  return null
}

export function containerRequestProblem(body: unknown): Rejection | null {
  if (!isObject(body)) return format('json: cannot unmarshal into Go value of type dto.CreateContainerReq')
  const typeProblem = checkTypes(body, 'CreateContainerReq', {
    name: 'string',
    readme: 'string',
    is_public: 'bool',
  })
  if (typeProblem) return typeProblem
  if (body.type != null && !(typeof body.type === 'number' && Number.isInteger(body.type)))
    return typeError(body.type, 'CreateContainerReq', 'type', 'consts.ContainerType')
  if (body.version != null && !isObject(body.version))
    return typeError(body.version, 'CreateContainerReq', 'version', 'dto.CreateContainerVersionReq')
  if (typeof body.name !== 'string' || body.name === '')
    return format(requiredTag('CreateContainerReq', 'Name'))
  if (!goTrimSpace(body.name)) return bad('container name cannot be empty')
  if (body.type == null) return bad('container type is required')
  if (![0, 1, 2].includes(body.type as number)) return bad(`invalid container type: ${String(body.type)}`)
  if (isObject(body.version)) {
    return versionRequestProblem(
      body.version,
      'CreateContainerReq.VersionReq',
      'invalid container version request: ',
    )
  }
  return null
}

export function buildRequestProblem(body: unknown): Rejection | 'panic' | null {
  if (!isObject(body))
    return format('json: cannot unmarshal into Go value of type dto.SubmitBuildContainerReq')
  const typeProblem = checkTypes(body, 'SubmitBuildContainerReq', {
    image_name: 'string',
    tag: 'string',
    github_repository: 'string',
    github_branch: 'string',
    github_commit: 'string',
    github_token: 'string',
    sub_path: 'string',
  })
  if (typeProblem) return typeProblem
  const missing: string[] = []
  if (typeof body.github_repository !== 'string' || body.github_repository === '')
    missing.push(requiredTag('SubmitBuildContainerReq', 'GithubRepository'))
  if (typeof body.image_name !== 'string' || body.image_name === '')
    missing.push(requiredTag('SubmitBuildContainerReq', 'ImageName'))
  if (missing.length) return format(missing.join('\n'))
  if (!goTrimSpace(body.image_name as string)) return bad('container image name cannot be empty')
  const repoParts = goTrimSpace(body.github_repository as string).split('/')
  if (repoParts.length !== 2 || repoParts.some((p) => !p))
    return bad("invalid repository format, expected 'owner/repo'")
  const branch = goTrimSpace((body.github_branch as string | undefined) ?? '')
  if (branch) {
    const problem = branchProblem(branch)
    if (problem) return bad(problem)
  }
  const commit = goTrimSpace((body.github_commit as string | undefined) ?? '')
  if (commit && !COMMIT.test(commit)) return bad(`invalid commit hash: ${commit}`)
  const token = goTrimSpace((body.github_token as string | undefined) ?? '')
  if (token) {
    const prefix = /^(ghp|gho|ghu|ghs|ghr)_/.exec(token)
    const suffix = token.slice(4)
    if (!prefix || !/^[a-fA-F0-9]+$/.test(suffix) || (prefix[1] === 'ghp' && token.length !== 40))
      return bad('invalid github token format')
  }
  const options = body.build_options
  if (options === undefined || options === null) return 'panic'
  if (!isObject(options))
    return typeError(options, 'SubmitBuildContainerReq', 'build_options', 'dto.BuildOptions')
  const args = options.build_args
  if (args != null) {
    if (!isObject(args))
      return typeError(args, 'SubmitBuildContainerReq.build_options', 'build_args', 'map[string]string')
    if (Object.keys(args).some((k) => !goTrimSpace(k))) return bad('build arg key cannot be empty')
  }
  return null
}
