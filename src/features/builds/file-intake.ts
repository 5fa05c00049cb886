import { checkArchiveSize, findBuildFiles, listFolderEntries, type BuildFiles } from './lib/archive'
import type { BatchItem } from './lib/batch-file'
import type { ParsedDockerfile } from './lib/dockerfile'
import { readTextFile } from '@/lib/read-text-file'
import { extractUrlsFromDrop, isDockerfileName, parseGithubUrl, type GithubUrl } from '@/lib/github-url'

/**
 * Turns what the user dropped or picked into findings the form can apply. Everything is read here, in the
 * browser; nothing is uploaded. A file that cannot be used becomes a `rejected` finding with the reason.
 */
export type LocalFile = { file: File; path: string }

export type Finding =
  | { kind: 'github'; url: GithubUrl; source: string }
  | { kind: 'dockerfile'; name: string; path: string; parsed: ParsedDockerfile }
  | { kind: 'info-toml'; name: string; imageName?: string }
  | {
      kind: 'context'
      name: string
      source: 'folder' | 'archive'
      files: BuildFiles
      /** Reads a file of a folder by its path relative to the source root (archives are only listed). */
      read?: (path: string) => Promise<string | null>
    }
  | { kind: 'batch'; name: string; items: BatchItem[] }
  | { kind: 'rejected'; name: string; reason: string }

const ARCHIVE_RE = /\.(zip|tar|tar\.gz|tgz)$/i
const REQUEST_FILE_RE = /\.(json|ya?ml)$/i

export const ACCEPTED_FILES =
  'Dockerfile, *.dockerfile, info.toml, .zip, .tar, .tar.gz, .tgz, .json, .yaml or .yml'

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/** What kind of file this is, by its name. */
export function fileKind(name: string): 'dockerfile' | 'info-toml' | 'archive' | 'batch' | null {
  const base = baseName(name)
  if (isDockerfileName(base)) return 'dockerfile'
  if (base.toLowerCase() === 'info.toml') return 'info-toml'
  if (ARCHIVE_RE.test(base)) return 'archive'
  if (REQUEST_FILE_RE.test(base)) return 'batch'
  return null
}

export async function readOneFile({ file, path }: LocalFile): Promise<Finding> {
  const name = file.name || baseName(path) || 'The file'
  const kind = fileKind(name)
  if (kind === null)
    return { kind: 'rejected', name, reason: `this is not a file the build form reads (${ACCEPTED_FILES})` }
  if (kind === 'archive') {
    const tooBig = checkArchiveSize(file.size)
    if (tooBig) return { kind: 'rejected', name, reason: tooBig }
    try {
      const { listArchive } = await import('./lib/archive-readers')
      const entries = await listArchive(file)
      const files = findBuildFiles(entries.filter((e) => !e.isDir).map((e) => e.path))
      return { kind: 'context', name, source: 'archive', files }
    } catch (error) {
      return { kind: 'rejected', name, reason: error instanceof Error ? error.message : String(error) }
    }
  }
  const read = await readTextFile(file)
  if (!read.ok) return { kind: 'rejected', name, reason: read.reason }
  if (kind === 'dockerfile') {
    const { parseDockerfile } = await import('./lib/dockerfile')
    return { kind: 'dockerfile', name, path: path || name, parsed: parseDockerfile(read.text) }
  }
  if (kind === 'info-toml') {
    // The TOML and YAML readers load on the first file that needs them, not with the form.
    const { parseInfoToml } = await import('./lib/info-toml')
    const info = parseInfoToml(read.text)
    if (!info.ok) return { kind: 'rejected', name, reason: info.reason }
    return info.name ? { kind: 'info-toml', name, imageName: info.name } : { kind: 'info-toml', name }
  }
  const { parseBuildRequestFile } = await import('./lib/batch-file')
  const batch = parseBuildRequestFile(name, read.text)
  if (!batch.ok) return { kind: 'rejected', name, reason: batch.reason }
  return { kind: 'batch', name, items: batch.items }
}

/** A picked or dropped folder: its build files are listed, and can be read later when one is chosen. */
export function readFolder(files: LocalFile[]): Finding {
  const top = files[0]?.path.split('/')[0] ?? 'folder'
  const entries = listFolderEntries(files.map((f) => ({ path: f.path, size: f.file.size })))
  const found = findBuildFiles(entries.map((e) => e.path))
  const byPath = new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.file]))
  const read = async (relative: string) => {
    const file = byPath.get(found.root ? `${found.root}/${relative}` : relative)
    if (!file) return null
    const text = await readTextFile(file)
    return text.ok ? text.text : null
  }
  return { kind: 'context', name: top, source: 'folder', files: found, read }
}

/** A dropped link (text/uri-list or text/plain). */
export function readDroppedText(values: { uriList?: string; text?: string }): Finding | null {
  const url = extractUrlsFromDrop(values)
  if (url) {
    const parsed = parseGithubUrl(url)
    if (parsed) return { kind: 'github', url: parsed, source: url }
  }
  const shown = (values.uriList || values.text || '').trim()
  if (!shown) return null
  const short = shown.length > 80 ? `${shown.slice(0, 77)}…` : shown
  return {
    kind: 'rejected',
    name: short,
    reason: 'it is not a GitHub repository link (github.com/owner/repo…)',
  }
}

/** Splits a picked list into loose files and folder contents (files that carry a relative path). */
export function groupLocalFiles(files: LocalFile[]): { loose: LocalFile[]; folders: LocalFile[][] } {
  const loose: LocalFile[] = []
  const folders = new Map<string, LocalFile[]>()
  for (const f of files) {
    const slash = f.path.replace(/^\/+/, '').indexOf('/')
    if (slash === -1) loose.push(f)
    else {
      const top = f.path.replace(/^\/+/, '').slice(0, slash)
      folders.set(top, [...(folders.get(top) ?? []), { file: f.file, path: f.path.replace(/^\/+/, '') }])
    }
  }
  return { loose, folders: [...folders.values()] }
}
