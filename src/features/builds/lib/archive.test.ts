import fc from 'fast-check'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  ArchiveError,
  checkArchiveSize,
  findBuildFiles,
  listFolderEntries,
  MAX_ARCHIVE_BYTES,
} from './archive'
import { listArchive, listTar, listTarGz, listZip } from './archive-readers'

const enc = new TextEncoder()

// ---- a tiny tar writer for the tests

type TarEntry = { name: string; body?: string | number; type?: string; prefix?: string; mode?: 'gnu' | 'pax' }

const header = (name: string, size: number, type: string, prefix = '') => {
  const block = new Uint8Array(512)
  const put = (offset: number, text: string) => block.set(enc.encode(text), offset)
  put(0, name)
  put(100, '0000644\0')
  put(108, '0000000\0')
  put(116, '0000000\0')
  put(124, `${size.toString(8).padStart(11, '0')}\0`)
  put(136, '00000000000\0')
  put(148, '        ')
  put(156, type)
  put(257, 'ustar\0')
  put(263, '00')
  put(345, prefix)
  const sum = block.reduce((a, b) => a + b, 0)
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `)
  return block
}

const pad = (bytes: Uint8Array) => {
  const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512)
  out.set(bytes)
  return out
}

const paxRecord = (key: string, value: string) => {
  const body = ` ${key}=${value}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length++
  return `${length}${body}`
}

const tar = (entries: TarEntry[], { end = true } = {}) => {
  const blocks: Uint8Array[] = []
  for (const { name, body = '', type = '0', prefix, mode } of entries) {
    const bytes = typeof body === 'number' ? new Uint8Array(body).fill(120) : enc.encode(body)
    let headerName = name
    if (mode === 'gnu') {
      const long = enc.encode(`${name}\0`)
      blocks.push(header('././@LongLink', long.length, 'L'), pad(long))
      headerName = name.slice(0, 99)
    } else if (mode === 'pax') {
      const records = enc.encode(paxRecord('path', name) + paxRecord('mtime', '1.5'))
      blocks.push(header('PaxHeaders/x', records.length, 'x'), pad(records))
      headerName = name.slice(0, 99)
    }
    blocks.push(header(headerName, bytes.length, type, prefix), pad(bytes))
  }
  if (end) blocks.push(new Uint8Array(1024))
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0))
  let offset = 0
  for (const b of blocks) {
    out.set(b, offset)
    offset += b.length
  }
  return out
}

/** Streams bytes in chunks of the given sizes (cycled), to hit every boundary. */
const streamOf = (bytes: Uint8Array, sizes: number[] = [bytes.length || 1]) => {
  let offset = 0
  let i = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      const n = Math.max(1, sizes[i++ % sizes.length]!)
      controller.enqueue(bytes.slice(offset, offset + n))
      offset += n
    },
  })
}

const gzip = async (bytes: Uint8Array) =>
  new Uint8Array(
    await new Response(
      streamOf(bytes).pipeThrough(
        new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
      ),
    ).arrayBuffer(),
  )

const sorted = <T extends { path: string }>(entries: T[]) =>
  [...entries].sort((a, b) => a.path.localeCompare(b.path))

const longName = `repo-main/${'deep/'.repeat(30)}Dockerfile`

const sample: TarEntry[] = [
  { name: 'repo-main/', type: '5' },
  { name: 'repo-main/Dockerfile', body: 'FROM alpine:3.20\n' },
  { name: 'repo-main/info.toml', body: 'name = "x"' },
  { name: 'src/app.Dockerfile', prefix: 'repo-main', body: 1000 },
  { name: longName, mode: 'gnu', body: 'FROM a:1' },
  { name: `repo-main/${'p'.repeat(120)}.txt`, mode: 'pax', body: 513 },
  { name: 'repo-main/link', type: '2' },
]

const sampleEntries = [
  { path: 'repo-main', size: 0, isDir: true },
  { path: 'repo-main/Dockerfile', size: 17, isDir: false },
  { path: 'repo-main/info.toml', size: 10, isDir: false },
  { path: 'repo-main/src/app.Dockerfile', size: 1000, isDir: false },
  { path: longName, size: 8, isDir: false },
  { path: `repo-main/${'p'.repeat(120)}.txt`, size: 513, isDir: false },
  { path: 'repo-main/link', size: 0, isDir: false },
]

describe('listTar', () => {
  it.each([[[1]], [[511, 2, 1]], [[7]], [[4096]], [[1000, 24]]])(
    'reads ustar, GNU and pax headers in chunks %j',
    async (sizes) => {
      expect(await listTar(streamOf(tar(sample), sizes))).toEqual(sampleEntries)
    },
  )

  it('accepts a stream without the end-of-archive blocks', async () => {
    expect(await listTar(streamOf(tar(sample.slice(0, 2), { end: false })))).toEqual(
      sampleEntries.slice(0, 2),
    )
  })

  it('stops at the end-of-archive block and ignores what follows', async () => {
    const bytes = new Uint8Array([...tar(sample.slice(0, 2)), ...new Uint8Array(100).fill(7)])
    expect(await listTar(streamOf(bytes))).toEqual(sampleEntries.slice(0, 2))
  })

  it.each([
    [
      'a truncated archive',
      tar(sample).slice(0, 1500),
      'The tar archive ends unexpectedly (is the file complete?)',
    ],
    ['text', enc.encode('hello'.repeat(200)), 'This file is not a tar archive'],
    ['a short file', enc.encode('hello'), 'This file is not a tar archive'],
  ])('rejects %s', async (_label, bytes, message) => {
    await expect(listTar(streamOf(bytes))).rejects.toThrow(new ArchiveError(message))
  })

  it('never throws anything but ArchiveError, and lists what it writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await listTar(streamOf(bytes, [97])).catch((err: unknown) => expect(err).toBeInstanceOf(ArchiveError))
      }),
    )
    const name = fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,3}$/)
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.tuple(name, fc.nat(2000), fc.constantFrom<TarEntry['mode']>(undefined, 'gnu', 'pax')),
          {
            selector: ([n]) => n,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 1, max: 700 }),
        async (files, chunk) => {
          const bytes = tar(files.map(([n, size, mode]) => ({ name: n, body: size, mode })))
          const listed = await listTar(streamOf(bytes, [chunk]))
          expect(listed).toEqual(files.map(([n, size]) => ({ path: n, size, isDir: false })))
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('listTarGz', () => {
  it('reads a gzipped tar', async () => {
    const gz = await gzip(tar(sample))
    expect(await listTarGz(streamOf(gz, [33]))).toEqual(sampleEntries)
    expect(await listTarGz(new Blob([gz]))).toEqual(sampleEntries)
  })

  it('rejects corrupt gzip with an ArchiveError', async () => {
    const gz = await gzip(tar(sample))
    const broken = gz.slice(0, 40)
    await expect(listTarGz(streamOf(broken))).rejects.toBeInstanceOf(ArchiveError)
  })
})

describe('listZip', () => {
  const zip = zipSync({
    'repo-main/': new Uint8Array(0),
    'repo-main/Dockerfile': enc.encode('FROM alpine:3.20'),
    'repo-main/svc/api.dockerfile': [new Uint8Array(5000).fill(1), { level: 9 }],
    'repo-main/ünïcode.txt': enc.encode('x'),
  })
  const expected = [
    { path: 'repo-main', size: 0, isDir: true },
    { path: 'repo-main/Dockerfile', size: 16, isDir: false },
    { path: 'repo-main/svc/api.dockerfile', size: 5000, isDir: false },
    { path: 'repo-main/ünïcode.txt', size: 1, isDir: false },
  ]

  it('lists names and sizes from the central directory', async () => {
    expect(await listZip(zip)).toEqual(expected)
    expect(await listZip(new Blob([zip]))).toEqual(expected)
  })

  it('finds the central directory behind a zip comment', async () => {
    const withComment = zipSync({ a: enc.encode('1') }, { comment: 'PK\u0005\u0006 tricky comment' } as never)
    expect(await listZip(withComment)).toEqual([{ path: 'a', size: 1, isDir: false }])
  })

  it.each([
    ['empty data', new Uint8Array(0), 'This file is not a zip archive'],
    [
      'text',
      enc.encode('just some text that is long enough'),
      'This file is not a zip archive (no central directory found)',
    ],
    ['a truncated zip', zip.slice(30), 'The zip archive is damaged or incomplete'],
  ])('rejects %s', async (_label, bytes, message) => {
    await expect(listZip(bytes)).rejects.toThrow(new ArchiveError(message))
  })

  it('never throws anything but ArchiveError, and round trips fflate zips', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const withEocd = new Uint8Array([...bytes, 0x50, 0x4b, 5, 6, ...bytes.slice(0, 18)])
        for (const input of [bytes, withEocd]) {
          await listZip(input).catch((err: unknown) => expect(err).toBeInstanceOf(ArchiveError))
        }
      }),
    )
    const name = fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,3}$/)
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(name, fc.uint8Array({ maxLength: 100 }), { maxKeys: 6 }),
        async (files) => {
          const listed = await listZip(zipSync(files))
          expect(sorted(listed)).toEqual(
            sorted(Object.entries(files).map(([path, data]) => ({ path, size: data.length, isDir: false }))),
          )
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('listArchive', () => {
  it('picks the reader from the content', async () => {
    const tarBytes = tar(sample)
    expect(await listArchive(new File([tarBytes], 'x.bin'))).toEqual(sampleEntries)
    expect(await listArchive(new File([await gzip(tarBytes)], 'x.tgz'))).toEqual(sampleEntries)
    expect(await listArchive(new File([zipSync({ a: enc.encode('1') })], 'x'))).toEqual([
      { path: 'a', size: 1, isDir: false },
    ])
    await expect(listArchive(new File(['hello'], 'x.rar'))).rejects.toThrow(
      'Use a .zip, .tar, .tar.gz or .tgz archive',
    )
  })
})

describe('checkArchiveSize', () => {
  it.each([
    [1, null],
    [MAX_ARCHIVE_BYTES, null],
    [0, 'The archive is empty'],
    [Number.NaN, 'The archive size is unknown'],
    [
      MAX_ARCHIVE_BYTES + 1,
      'The archive is 200.0 MiB; the limit is 200.0 MiB. Leave out build outputs, .git and dependencies, or build from GitHub instead.',
    ],
    [
      250 * 1024 * 1024,
      'The archive is 250.0 MiB; the limit is 200.0 MiB. Leave out build outputs, .git and dependencies, or build from GitHub instead.',
    ],
  ])('%s → %j', (bytes, expected) => {
    expect(checkArchiveSize(bytes)).toBe(expected)
  })
})

describe('listFolderEntries', () => {
  it('reads webkitRelativePath, then path, then name', () => {
    expect(
      listFolderEntries([
        { webkitRelativePath: 'repo/Dockerfile', size: 3 },
        { webkitRelativePath: '', path: '/repo/info.toml', size: 4 },
        { name: 'loose.txt' },
        { webkitRelativePath: '' },
      ]),
    ).toEqual([
      { path: 'repo/Dockerfile', size: 3, isDir: false },
      { path: 'repo/info.toml', size: 4, isDir: false },
      { path: 'loose.txt', size: 0, isDir: false },
    ])
  })
})

describe('findBuildFiles', () => {
  it.each([
    [
      'a wrapped archive',
      sampleEntries.map((e) => e.path),
      {
        root: 'repo-main',
        dockerfiles: ['Dockerfile', 'src/app.Dockerfile', longName.slice('repo-main/'.length)],
        infoTomls: ['info.toml'],
        contexts: [
          { contextDir: '.', dockerfilePath: 'Dockerfile' },
          { contextDir: 'src', dockerfilePath: 'src/app.Dockerfile' },
          {
            contextDir: 'deep/'.repeat(30).slice(0, -1),
            dockerfilePath: longName.slice('repo-main/'.length),
          },
        ],
      },
    ],
    [
      'a flat archive with junk',
      [
        './Dockerfile',
        'svc\\Dockerfile.dev',
        '__MACOSX/._Dockerfile',
        '.dockerignore',
        'svc/Dockerfile.dockerignore',
        'node_modules/x/Dockerfile',
      ],
      {
        dockerfiles: ['Dockerfile', 'svc/Dockerfile.dev'],
        infoTomls: [],
        contexts: [
          { contextDir: '.', dockerfilePath: 'Dockerfile' },
          { contextDir: 'svc', dockerfilePath: 'svc/Dockerfile.dev' },
        ],
      },
    ],
    [
      'macOS zips with __MACOSX next to the top folder',
      ['proj/', 'proj/a/Dockerfile', '__MACOSX/proj/a/._Dockerfile', 'proj/a/info.toml'],
      {
        root: 'proj',
        dockerfiles: ['a/Dockerfile'],
        infoTomls: ['a/info.toml'],
        contexts: [{ contextDir: 'a', dockerfilePath: 'a/Dockerfile' }],
      },
    ],
    [
      'two top folders',
      ['a/Dockerfile', 'b/x'],
      {
        dockerfiles: ['a/Dockerfile'],
        infoTomls: [],
        contexts: [{ contextDir: 'a', dockerfilePath: 'a/Dockerfile' }],
      },
    ],
    ['nothing', [], { dockerfiles: [], infoTomls: [], contexts: [] }],
  ])('%s', (_label, paths, expected) => {
    expect(findBuildFiles(paths)).toEqual(expected)
  })

  it('never throws, and every context points at a listed Dockerfile inside its folder', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.stringMatching(/^([a-z]{1,3}\/){0,3}(Dockerfile|x\.dockerfile|info\.toml|a)$/),
          ),
        ),
        (paths) => {
          const r = findBuildFiles(paths)
          for (const c of r.contexts) {
            expect(r.dockerfiles).toContain(c.dockerfilePath)
            expect(
              c.contextDir === '.'
                ? !c.dockerfilePath.includes('/')
                : c.dockerfilePath.startsWith(`${c.contextDir}/`),
            ).toBe(true)
          }
        },
      ),
    )
  })
})
