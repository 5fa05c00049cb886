import { isDockerfileName } from '@/lib/github-url'

export type ArchiveEntry = { path: string; size: number; isDir: boolean }

export class ArchiveError extends Error {
  override name = 'ArchiveError'
}

export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024

const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

/** Returns a message when the archive is too big to upload, else null. */
export const checkArchiveSize = (bytes: number): string | null => {
  if (!Number.isFinite(bytes) || bytes < 0) return 'The archive size is unknown'
  if (bytes === 0) return 'The archive is empty'
  if (bytes > MAX_ARCHIVE_BYTES) {
    return `The archive is ${formatMiB(bytes)}; the limit is ${formatMiB(MAX_ARCHIVE_BYTES)}. Leave out build outputs, .git and dependencies, or build from GitHub instead.`
  }
  return null
}

/** Forward slashes, no leading `./` or `/`, no trailing `/`. */
export const normalizePath = (path: string) =>
  path
    .replace(/\\/g, '/')
    .replace(/^(?:\.?\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/\/{2,}/g, '/')

// ---------------------------------------------------------------- folders and build files

/** Entries for a dropped or picked folder (`webkitRelativePath`, or `path` from drag-and-drop libraries). */
export const listFolderEntries = (
  files: readonly { webkitRelativePath?: string; path?: string; name?: string; size?: number }[],
): ArchiveEntry[] =>
  files.flatMap((file) => {
    const path = normalizePath(file.webkitRelativePath || file.path || file.name || '')
    return path === '' ? [] : [{ path, size: typeof file.size === 'number' ? file.size : 0, isDir: false }]
  })

export type BuildContext = {
  /** The Dockerfile's folder, relative to the source root, or '.'. Use as build_options.context_dir. */
  contextDir: string
  /** Relative to the source root (the server resolves dockerfile_path there, not in context_dir). */
  dockerfilePath: string
}

export type BuildFiles = {
  dockerfiles: string[]
  infoTomls: string[]
  contexts: BuildContext[]
  /** The single top folder that was stripped (e.g. `repo-main`), if any. */
  root?: string
}

const IGNORED_SEGMENTS = new Set(['__MACOSX', '.git', 'node_modules'])

const depthThenName = (a: string, b: string) =>
  a.split('/').length - b.split('/').length || a.localeCompare(b)

/**
 * Finds Dockerfiles and info.toml files. Archives usually wrap everything in one folder
 * (`repo-main/`); that folder is stripped so paths are relative to the source root.
 */
export const findBuildFiles = (paths: readonly string[]): BuildFiles => {
  const clean = paths
    .map(normalizePath)
    .filter(
      (p) => p !== '' && !p.split('/').some((s) => IGNORED_SEGMENTS.has(s)) && !p.endsWith('/.DS_Store'),
    )
  let root: string | undefined
  const candidate = clean.find((p) => p.includes('/'))?.split('/')[0]
  if (candidate !== undefined && clean.every((p) => p === candidate || p.startsWith(`${candidate}/`)))
    root = candidate
  const relative =
    root === undefined ? clean : clean.filter((p) => p !== root).map((p) => p.slice(root.length + 1))
  const unique = [...new Set(relative)]
  const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1)
  const dockerfiles = unique.filter((p) => isDockerfileName(baseName(p))).sort(depthThenName)
  const infoTomls = unique.filter((p) => baseName(p).toLowerCase() === 'info.toml').sort(depthThenName)
  const contexts = dockerfiles.map((dockerfilePath) => {
    const slash = dockerfilePath.lastIndexOf('/')
    return { contextDir: slash === -1 ? '.' : dockerfilePath.slice(0, slash), dockerfilePath }
  })
  return root === undefined
    ? { dockerfiles, infoTomls, contexts }
    : { dockerfiles, infoTomls, contexts, root }
}
