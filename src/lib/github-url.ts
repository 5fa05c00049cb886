export type GithubUrl = {
  /** `owner/repo`, without `.git`. */
  repository: string
  branch?: string
  /** Folder inside the repository (no leading or trailing slash). */
  subPath?: string
  commit?: string
  /** File name of a Dockerfile, relative to `subPath` (or the repository root). */
  dockerfilePath?: string
}

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/
const FULL_SHA = /^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/
const SHORT_SHA = /^[0-9a-fA-F]{7,64}$/
const HOST_PREFIX = /^(?:(?:git\+)?(?:https?|ssh|git):\/\/)?(?:[^@/\s]+@)?(?:www\.)?github\.com[/:]/i

export const isDockerfileName = (name: string) =>
  !/\.dockerignore$/i.test(name) && (/^dockerfile(?:\..+)?$/i.test(name) || /.\.dockerfile$/i.test(name))

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const joinPath = (segments: string[]) => {
  const path = segments.map(safeDecode).join('/')
  return path === '' ? undefined : path
}

/**
 * Reads a GitHub repository reference: `https://github.com/o/r[.git]`, `git@github.com:o/r.git`,
 * `github.com/o/r`, `/tree/<branch>/<path>`, `/commit/<sha>`, `/blob/<branch>/<path>/Dockerfile`,
 * or plain `owner/repo`. Branches containing `/` are ambiguous in URLs: the first segment is taken.
 * A 40- or 64-hex "branch" in a tree/blob URL is a permalink and is returned as `commit`.
 */
export const parseGithubUrl = (input: string): GithubUrl | null => {
  if (typeof input !== 'string') return null
  let text = input.trim()
  if (text === '' || text.length > 2048 || /\s/.test(text)) return null
  const hostMatch = HOST_PREFIX.exec(text)
  const hasHost = hostMatch !== null
  if (hostMatch) text = text.slice(hostMatch[0].length)
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.includes('@')) return null
  text = text.replace(/[?#].*$/s, '')
  const segments = text.split('/').filter((s) => s !== '')
  if (!hasHost && segments.length !== 2) return null
  const [owner, rawRepo, kind, ref, ...rest] = segments
  if (owner === undefined || rawRepo === undefined) return null
  const repo = rawRepo.replace(/\.git$/i, '')
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return null
  const result: GithubUrl = { repository: `${owner}/${repo}` }
  if (ref === undefined) return result

  const decodedRef = safeDecode(ref)
  if (kind === 'commit') {
    if (SHORT_SHA.test(decodedRef)) result.commit = decodedRef
    return result
  }
  if (kind !== 'tree' && kind !== 'blob') return result
  if (FULL_SHA.test(decodedRef)) result.commit = decodedRef
  else result.branch = decodedRef
  if (kind === 'tree') {
    const subPath = joinPath(rest)
    if (subPath !== undefined) result.subPath = subPath
    return result
  }
  const fileName = rest.length > 0 ? safeDecode(rest[rest.length - 1]!) : undefined
  const folder = joinPath(rest.slice(0, -1))
  if (folder !== undefined) result.subPath = folder
  if (fileName !== undefined && isDockerfileName(fileName)) result.dockerfilePath = fileName
  return result
}

const URL_IN_TEXT =
  /(?:(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/\s]+@)?(?:www\.)?github\.com[^\s<>"'`]*|git@github\.com:[^\s<>"'`]+|(?<![\w.@/-])(?:www\.)?github\.com\/[^\s<>"'`]+)/gi

const trimTrailingPunctuation = (url: string) => {
  let out = url.replace(/[.,;:!?]+$/, '')
  // A closing bracket belongs to the URL only when it is balanced inside it.
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    while (out.endsWith(close) && out.split(close).length > out.split(open).length) {
      out = out.slice(0, -1).replace(/[.,;:!?]+$/, '')
    }
  }
  return out
}

/**
 * Returns the first GitHub URL in a drop: the `text/uri-list` value (comment lines starting with `#`
 * are skipped) is read before the `text/plain` one. Only URLs that `parseGithubUrl` accepts are returned.
 */
export const extractUrlsFromDrop = (dataTransferTextValues: {
  uriList?: string
  text?: string
}): string | null => {
  const { uriList, text } = dataTransferTextValues ?? {}
  if (typeof uriList === 'string') {
    for (const line of uriList.split(/\r\n|\r|\n/)) {
      const candidate = line.trim()
      if (candidate === '' || candidate.startsWith('#')) continue
      if (HOST_PREFIX.test(candidate) && parseGithubUrl(candidate)) return candidate
    }
  }
  if (typeof text === 'string') {
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const candidate = trimTrailingPunctuation(match[0])
      if (parseGithubUrl(candidate)) return candidate
    }
  }
  return null
}
