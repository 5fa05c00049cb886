import type { LocalFile } from './file-intake'

// Drag and drop: read synchronously by the drop zone; the file readers (file-intake.ts) load afterwards.

const MAX_FOLDER_ENTRIES = 20_000
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__MACOSX'])

type Entry = FileSystemEntry
const isFileEntry = (e: Entry): e is FileSystemFileEntry => e.isFile
const isDirEntry = (e: Entry): e is FileSystemDirectoryEntry => e.isDirectory

async function walk(entry: Entry, out: LocalFile[]): Promise<void> {
  if (out.length >= MAX_FOLDER_ENTRIES) return
  if (isFileEntry(entry)) {
    const file = await new Promise<File | null>((resolve) => entry.file(resolve, () => resolve(null)))
    if (file) out.push({ file, path: entry.fullPath.replace(/^\/+/, '') })
    return
  }
  if (!isDirEntry(entry) || SKIPPED_DIRS.has(entry.name)) return
  const reader = entry.createReader()
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve) => reader.readEntries(resolve, () => resolve([])))
    if (batch.length === 0) break
    for (const child of batch) await walk(child, out)
  }
}

/**
 * Reads a drop. Must be called synchronously inside the drop handler (the DataTransfer empties after it);
 * the returned promise then walks dropped folders.
 */
export function collectDrop(
  dt: DataTransfer,
): Promise<{ files: LocalFile[]; text: { uriList?: string; text?: string } }> {
  const entries: Entry[] = []
  const plain: LocalFile[] = []
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null
    if (entry) entries.push(entry)
    else {
      const file = item.getAsFile()
      if (file) plain.push({ file, path: file.name })
    }
  }
  if (entries.length === 0 && plain.length === 0)
    for (const file of Array.from(dt.files ?? [])) plain.push({ file, path: file.name })
  const text = {
    uriList: dt.getData('text/uri-list') || undefined,
    text: dt.getData('text/plain') || undefined,
  }
  return (async () => {
    const files = [...plain]
    for (const entry of entries) await walk(entry, files)
    return { files, text }
  })()
}
