import { accountStore } from '@/lib/account-store'
import { getSession } from '@/lib/session'
import { readBuildRecord, type BuildRecord } from './build-record'

/**
 * Recent builds of this browser, per account, in localStorage: what was asked and the last known state,
 * never a token. Listeners (useSyncExternalStore) hear every change, also from other tabs.
 */
export const MAX_RECENT_BUILDS = 30

type Listener = () => void
const listeners = new Set<Listener>()

const records = accountStore<BuildRecord[]>({
  name: 'rcabench.builds',
  // Each record through its decoder: one that cannot be read is skipped, the others are kept.
  read: (stored) =>
    Array.isArray(stored)
      ? stored.map((r) => readBuildRecord(r)).filter((r): r is BuildRecord => r !== null)
      : null,
})
const account = () => getSession()?.username ?? 'anonymous'
const EMPTY: BuildRecord[] = []

function readAll(): BuildRecord[] {
  return records.get(account()) ?? EMPTY
}

function writeAll(list: BuildRecord[]) {
  const kept = [...list].sort((a, b) => b.submittedAt - a.submittedAt).slice(0, MAX_RECENT_BUILDS)
  // The record's decoder keeps its own fields, so nothing else (a token) can be stored.
  const clean = kept.map((r) => readBuildRecord(r)).filter((r): r is BuildRecord => r !== null)
  // Storage full or disabled: the page still works, only the history is not kept.
  records.set(account(), clean)
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
      if (records.owns(event.key)) listener()
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  },
}
