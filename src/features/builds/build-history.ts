import { getSession } from '@/lib/session'
import { readBuildRecord, type BuildRecord } from './build-record'

/**
 * Recent builds of this browser, per account, in localStorage: what was asked and the last known state,
 * never a token. Listeners (useSyncExternalStore) hear every change, also from other tabs.
 */
export const MAX_RECENT_BUILDS = 30
const PREFIX = 'rcabench.builds.'

type Listener = () => void
const listeners = new Set<Listener>()
let cache: { key: string; raw: string | null; records: BuildRecord[] } | null = null

const storageKey = () => `${PREFIX}${getSession()?.username ?? 'anonymous'}`

function readAll(): BuildRecord[] {
  const key = storageKey()
  let raw: string | null = null
  try {
    raw = localStorage.getItem(key)
  } catch {
    raw = null
  }
  if (cache && cache.key === key && cache.raw === raw) return cache.records
  let records: BuildRecord[] = []
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as unknown
      if (Array.isArray(parsed))
        records = parsed.map((r) => readBuildRecord(r)).filter((r): r is BuildRecord => r !== null)
    } catch {
      records = []
    }
  }
  cache = { key, raw, records }
  return records
}

function writeAll(records: BuildRecord[]) {
  const kept = [...records].sort((a, b) => b.submittedAt - a.submittedAt).slice(0, MAX_RECENT_BUILDS)
  // The record's decoder keeps its own fields, so nothing else (a token) can be stored.
  const clean = kept.map((r) => readBuildRecord(r)).filter((r): r is BuildRecord => r !== null)
  const raw = JSON.stringify(clean)
  try {
    localStorage.setItem(storageKey(), raw)
  } catch {
    // Storage full or disabled: the page still works, only the history is not kept.
  }
  cache = { key: storageKey(), raw, records: clean }
  for (const listener of listeners) listener()
}

export const buildHistory = {
  list(): BuildRecord[] {
    return readAll()
  },
  get(traceId: string): BuildRecord | undefined {
    return readAll().find((r) => r.traceId === traceId)
  },
  /** Adds or replaces a record (by trace id). */
  put(record: BuildRecord) {
    writeAll([record, ...readAll().filter((r) => r.traceId !== record.traceId)])
  },
  update(traceId: string, change: (record: BuildRecord) => BuildRecord) {
    const records = readAll()
    const current = records.find((r) => r.traceId === traceId)
    if (!current) return
    writeAll(records.map((r) => (r.traceId === traceId ? change(r) : r)))
  },
  remove(traceId: string) {
    writeAll(readAll().filter((r) => r.traceId !== traceId))
  },
  clear() {
    writeAll([])
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => {
      if (event.key?.startsWith(PREFIX)) listener()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  },
}
