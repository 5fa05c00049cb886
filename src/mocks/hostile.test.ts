import { dockerPullCommand } from '@/lib/image-ref'
import { db, imageRefOf, users, type Snapshot } from './db'
import {
  addHostileData,
  HOSTILE_BUILD,
  HOSTILE_IMAGE_REFS,
  HOSTILE_NAMES,
  HOSTILE_TRACES,
  HOSTILE_VERSION_NAMES,
  LONG_NAME,
} from './hostile'
import { buildSeed } from './seed'
import { issueToken } from './tokens'

const base = 'http://localhost/api/v2'
const auth = () => ({
  Authorization: `Bearer ${issueToken(users.find((u) => u.username === 'admin')!).token}`,
  'Content-Type': 'application/json',
})

/** The words a POSIX shell makes of a line of single-quoted and bare words (no expansion inside quotes). */
function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (ch === "'") {
      const end = line.indexOf("'", i + 1)
      if (end === -1) throw new Error('unterminated quote')
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (ch === '\\') {
      word = (word ?? '') + line[++i]!
    } else if (ch === ' ') {
      if (word !== null) words.push(word)
      word = null
    } else if (/[$`;|&<>()"]/.test(ch)) {
      throw new Error(`unquoted shell metacharacter ${ch}`)
    } else {
      word = (word ?? '') + ch
    }
  }
  if (word !== null) words.push(word)
  return words
}

describe('hostile data', () => {
  let previous: Snapshot | null = null
  beforeAll(() => {
    previous = db.seed()
    db.load(addHostileData(buildSeed(20)))
  })
  afterAll(() => {
    if (previous) db.load(previous)
  })

  it('adds rows after the seed without touching it, and only what a database column could hold', () => {
    const plain = buildSeed(20)
    const hostile = addHostileData(buildSeed(20))
    expect(hostile.containers.slice(0, plain.containers.length)).toEqual(plain.containers)
    expect(hostile.containers.length - plain.containers.length).toBe(5)
    expect(hostile.nextIds.container).toBe(plain.nextIds.container + 5)
    expect(new Set(hostile.versions.map((v) => v.id)).size).toBe(hostile.versions.length)
    expect(LONG_NAME).toHaveLength(128)
    expect(LONG_NAME).not.toMatch(/[\s-]/)
    for (const name of Object.values(HOSTILE_VERSION_NAMES)) {
      expect(name.length).toBeLessThanOrEqual(32)
      expect(name).toMatch(/^\d+\.\d+\.\d+/)
    }
    // The stored parts read back as the intended references.
    const refs = hostile.versions.slice(plain.versions.length).map(imageRefOf)
    expect(refs).toEqual([
      HOSTILE_IMAGE_REFS.shell,
      HOSTILE_IMAGE_REFS.quote,
      HOSTILE_IMAGE_REFS.long,
      HOSTILE_IMAGE_REFS.bidi,
    ])
  })

  it('opens the list and answers the search "pwn" with all five', async () => {
    const list = await (await fetch(`${base}/containers?page=1&size=10`, { headers: auth() })).json()
    expect(list.data.items.slice(0, 5).map((c: { name: string }) => c.name)).toEqual([
      HOSTILE_NAMES.javascript,
      HOSTILE_NAMES.bidi,
      HOSTILE_NAMES.long,
      HOSTILE_NAMES.img,
      HOSTILE_NAMES.script,
    ])
    const search = await (
      await fetch(`${base}/containers/search`, {
        method: 'POST',
        headers: auth(),
        body: JSON.stringify({ page: 1, size: 10, keyword: 'pwn' }),
      })
    ).json()
    expect(search.data.items.map((c: { name: string }) => c.name).sort()).toEqual(
      Object.values(HOSTILE_NAMES).sort(),
    )
  })

  it('streams hostile build events (the failure reason; a success carries no image reference)', async () => {
    const read = async (traceId: string) =>
      (await fetch(`${base}/traces/${traceId}/stream?last_id=0`, { headers: auth() })).text()
    const succeeded = await read(HOSTILE_TRACES.succeeded)
    expect(succeeded).toContain('"event_name":"image.build.succeed"')
    expect(succeeded).not.toContain(JSON.stringify(HOSTILE_BUILD.imageRef))
    // The reason sits inside the server's "Task failed after …" message, JSON-escaped.
    expect(await read(HOSTILE_TRACES.failed)).toContain(JSON.stringify(HOSTILE_BUILD.error).slice(1, -1))
  })

  it.each(Object.entries(HOSTILE_IMAGE_REFS))(
    'quotes the %s reference so the shell reads exactly it',
    (_, ref) => {
      expect(shellWords(dockerPullCommand(ref))).toEqual(['docker', 'pull', ref])
    },
  )
})
