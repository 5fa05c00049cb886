import { ArchiveError, normalizePath, type ArchiveEntry } from './archive'

// The archive readers, loaded with the first archive dropped on the build form (not with the page).

// ---------------------------------------------------------------- zip

const EOCD_SIG = 0x06054b50
const ZIP64_LOCATOR_SIG = 0x07064b50
const ZIP64_EOCD_SIG = 0x06064b50
const CD_SIG = 0x02014b50
const EOCD_MIN = 22
const EOCD_MAX_SEARCH = EOCD_MIN + 0xffff

/** Reads a Blob; falls back to FileReader where `Blob#arrayBuffer` is missing (jsdom). */
const readBlob = async (blob: Blob): Promise<Uint8Array> => {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer())
  if (typeof FileReader === 'function') {
    return new Promise((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
      reader.onerror = () => reject(new ArchiveError('The file could not be read'))
      reader.readAsArrayBuffer(blob)
    })
  }
  return new Uint8Array(await new Response(blob).arrayBuffer())
}

const CHUNK = 1024 * 1024

/** `Blob#stream()`, or slice-by-slice reads where it is missing (jsdom). */
const blobStream = (blob: Blob): ReadableStream<Uint8Array> => {
  if (typeof blob.stream === 'function') return blob.stream() as ReadableStream<Uint8Array>
  let offset = 0
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      if (offset >= blob.size) return controller.close()
      const end = Math.min(blob.size, offset + CHUNK)
      controller.enqueue(await readBlob(blob.slice(offset, end)))
      offset = end
    },
  })
}

type Source = { size: number; read: (start: number, end: number) => Promise<Uint8Array> }

const toSource = (data: Uint8Array | Blob): Source => {
  // Realm-safe checks: typed arrays and Blobs may come from another window or test environment.
  if (ArrayBuffer.isView(data)) {
    return { size: data.length, read: async (start, end) => data.subarray(start, end) }
  }
  return {
    size: data.size,
    read: (start, end) => readBlob(data.slice(start, end)),
  }
}

const u64 = (view: DataView, offset: number) => {
  const value = view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32
  if (!Number.isSafeInteger(value)) throw new ArchiveError('The zip archive is too big to read')
  return value
}

const decoder = new TextDecoder('utf-8')

/**
 * Lists a zip archive from its central directory only: nothing is inflated, and a Blob is read in
 * two small slices (the tail, then the directory), so big archives list quickly. Supports ZIP64.
 */
export const listZip = async (data: Uint8Array | Blob): Promise<ArchiveEntry[]> => {
  const source = toSource(data)
  if (source.size < EOCD_MIN) throw new ArchiveError('This file is not a zip archive')
  const tailStart = Math.max(0, source.size - EOCD_MAX_SEARCH - 20)
  const tail = await source.read(tailStart, source.size)
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength)
  let eocd = -1
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (
      tailView.getUint32(i, true) === EOCD_SIG &&
      i + EOCD_MIN + tailView.getUint16(i + 20, true) <= tail.length
    ) {
      eocd = i
      break
    }
  }
  if (eocd === -1) throw new ArchiveError('This file is not a zip archive (no central directory found)')
  let count = tailView.getUint16(eocd + 10, true)
  let cdSize = tailView.getUint32(eocd + 12, true)
  let cdOffset = tailView.getUint32(eocd + 16, true)
  const locator = eocd - 20
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && locator >= 0) {
    if (tailView.getUint32(locator, true) === ZIP64_LOCATOR_SIG) {
      const zip64Offset = u64(tailView, locator + 8)
      const record = await source.read(zip64Offset, zip64Offset + 56)
      const view = new DataView(record.buffer, record.byteOffset, record.byteLength)
      if (record.length < 56 || view.getUint32(0, true) !== ZIP64_EOCD_SIG) {
        throw new ArchiveError('The zip archive is damaged (bad ZIP64 record)')
      }
      count = u64(view, 32)
      cdSize = u64(view, 40)
      cdOffset = u64(view, 48)
    }
  }
  if (cdOffset + cdSize > source.size) throw new ArchiveError('The zip archive is damaged or incomplete')
  const cd = await source.read(cdOffset, cdOffset + cdSize)
  const view = new DataView(cd.buffer, cd.byteOffset, cd.byteLength)
  const entries: ArchiveEntry[] = []
  let p = 0
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || view.getUint32(p, true) !== CD_SIG) {
      throw new ArchiveError('The zip archive is damaged (bad central directory)')
    }
    let size = view.getUint32(p + 24, true)
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    const externalAttrs = view.getUint32(p + 38, true)
    const end = p + 46 + nameLength + extraLength + commentLength
    if (end > cd.length) throw new ArchiveError('The zip archive is damaged (bad central directory)')
    const rawName = decoder.decode(cd.subarray(p + 46, p + 46 + nameLength))
    if (size === 0xffffffff) {
      // ZIP64 extended information: the uncompressed size comes first.
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
        const id = view.getUint16(e, true)
        const len = view.getUint16(e + 2, true)
        if (id === 0x0001 && len >= 8) size = u64(view, e + 4)
        e += 4 + len
      }
    }
    const isDir = rawName.endsWith('/') || rawName.endsWith('\\') || (externalAttrs & 0x10) !== 0
    const path = normalizePath(rawName)
    if (path !== '') entries.push({ path, size: isDir ? 0 : size, isDir })
    p = end
  }
  return entries
}

// ---------------------------------------------------------------- tar

const BLOCK = 512
const MAX_META_BYTES = 1024 * 1024

const readString = (block: Uint8Array, offset: number, length: number) => {
  const field = block.subarray(offset, offset + length)
  const nul = field.indexOf(0)
  return decoder.decode(nul === -1 ? field : field.subarray(0, nul))
}

const readNumber = (block: Uint8Array, offset: number, length: number) => {
  const first = block[offset]!
  if (first & 0x80) {
    // GNU base-256 for sizes over 8 GiB.
    let value = first & 0x7f
    for (let i = 1; i < length; i++) value = value * 256 + block[offset + i]!
    return value
  }
  const text = readString(block, offset, length).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

const checksumMatches = (block: Uint8Array) => {
  const stored = readNumber(block, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!
  return stored === sum
}

const parsePax = (body: Uint8Array) => {
  const out: Record<string, string> = {}
  let p = 0
  while (p < body.length) {
    const space = body.indexOf(0x20, p)
    if (space === -1) break
    const length = parseInt(decoder.decode(body.subarray(p, space)), 10)
    if (!Number.isFinite(length) || length <= 0 || p + length > body.length) break
    const record = decoder.decode(body.subarray(space + 1, p + length - 1))
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    p += length
  }
  return out
}

const padded = (size: number) => Math.ceil(size / BLOCK) * BLOCK

/**
 * Lists a tar stream (ustar, GNU long names `L`, pax `x` path and size) without keeping file bodies:
 * only 512-byte headers and small metadata records are buffered.
 */
export const listTar = async (stream: ReadableStream<Uint8Array>): Promise<ArchiveEntry[]> => {
  const reader = stream.getReader()
  const entries: ArchiveEntry[] = []
  let target = new Uint8Array(BLOCK)
  let filled = 0
  let skip = 0
  let meta: { type: string; size: number } | null = null
  let longName: string | undefined
  let pax: Record<string, string> = {}
  let finished = false
  let exhausted = false
  let sawHeader = false

  const onHeader = (block: Uint8Array) => {
    if (block.every((b) => b === 0)) {
      finished = true
      return
    }
    if (!checksumMatches(block)) {
      throw new ArchiveError(
        sawHeader ? 'The tar archive is damaged (bad header checksum)' : 'This file is not a tar archive',
      )
    }
    sawHeader = true
    const type = String.fromCharCode(block[156]!)
    let size = readNumber(block, 124, 12)
    if (!Number.isSafeInteger(size) || size < 0)
      throw new ArchiveError('The tar archive is damaged (bad size)')
    if (type === 'L' || type === 'x' || type === 'g' || type === 'K') {
      if (size > MAX_META_BYTES) throw new ArchiveError('The tar archive has an oversized metadata record')
      meta = { type, size }
      target = new Uint8Array(padded(size))
      filled = 0
      if (size === 0) onMeta(target)
      return
    }
    const magic = readString(block, 257, 6)
    const prefix = magic.startsWith('ustar') ? readString(block, 345, 155) : ''
    const name = readString(block, 0, 100)
    const rawPath = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name)
    if (pax.size !== undefined && /^\d+$/.test(pax.size)) size = Number(pax.size)
    longName = undefined
    pax = {}
    const isDir = type === '5' || rawPath.endsWith('/')
    const path = normalizePath(rawPath)
    if (path !== '') entries.push({ path, size: isDir ? 0 : size, isDir })
    // Hard links, symlinks and device entries carry no body, whatever their size field says.
    skip = type === '0' || type === '\0' || type === '7' || type === 'S' ? padded(size) : 0
    target = new Uint8Array(BLOCK)
    filled = 0
  }

  const onMeta = (body: Uint8Array) => {
    const { type, size } = meta!
    const data = body.subarray(0, size)
    if (type === 'L') longName = readString(data, 0, data.length)
    else if (type === 'x') pax = { ...pax, ...parsePax(data) }
    meta = null
    target = new Uint8Array(BLOCK)
    filled = 0
  }

  try {
    while (!finished) {
      let chunk: ReadableStreamReadResult<Uint8Array>
      try {
        chunk = await reader.read()
      } catch (err) {
        if (err instanceof ArchiveError) throw err
        throw new ArchiveError(
          `The archive could not be read: ${err instanceof Error ? err.message : String(err)}`,
        )
      }
      if (chunk.done) {
        exhausted = true
        break
      }
      const value = chunk.value
      let off = 0
      while (off < value.length && !finished) {
        if (skip > 0) {
          const n = Math.min(skip, value.length - off)
          skip -= n
          off += n
          continue
        }
        const n = Math.min(target.length - filled, value.length - off)
        target.set(value.subarray(off, off + n), filled)
        filled += n
        off += n
        if (filled === target.length) {
          if (meta) onMeta(target)
          else onHeader(target)
        }
      }
    }
  } finally {
    // Stop the download or decompression as soon as the listing is complete or has failed.
    if (!exhausted) void reader.cancel().catch(() => undefined)
  }
  if (!finished && (skip > 0 || filled > 0 || meta)) {
    if (!sawHeader) throw new ArchiveError('This file is not a tar archive')
    throw new ArchiveError('The tar archive ends unexpectedly (is the file complete?)')
  }
  return entries
}

/** Lists a `.tar.gz` / `.tgz` stream (or a Blob), decompressing it on the fly. */
export const listTarGz = (input: ReadableStream<Uint8Array> | Blob): Promise<ArchiveEntry[]> => {
  const stream = 'getReader' in input ? input : blobStream(input)
  return listTar(
    stream.pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    ),
  )
}

/** Picks the reader by content (zip, gzip or tar magic bytes), falling back to the file name. */
export const listArchive = async (file: Blob & { name?: string }): Promise<ArchiveEntry[]> => {
  const head = await toSource(file).read(0, Math.min(file.size, 264))
  const isZip = head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)
  const isGzip = head[0] === 0x1f && head[1] === 0x8b
  const isTar = readString(head, 257, 5) === 'ustar'
  const name = file.name?.toLowerCase() ?? ''
  if (isZip || (!isGzip && !isTar && name.endsWith('.zip'))) return listZip(file)
  const stream = blobStream(file)
  if (isGzip) return listTarGz(stream)
  if (isTar || name.endsWith('.tar')) return listTar(stream)
  throw new ArchiveError('Use a .zip, .tar, .tar.gz or .tgz archive')
}
