/**
 * Small typed stores in localStorage, one value per account (and, optionally, per item of the account),
 * for what this browser keeps for a person: form drafts, recent builds, saved searches.
 *
 * - Keys: `<name>.<account>` or `<name>.<account>.<item>`; a later layout (version 2, 3, …) moves to
 *   `<name>.v<version>.…`, and the value of the version before it is converted by `migrate` on first read,
 *   so nobody loses what they kept.
 * - Reading never throws: a missing, corrupt (not JSON) or unreadable value reads as null, and `read`
 *   decides what of a stored value may be used. The same object comes back while the stored text is
 *   unchanged (a stable snapshot for useSyncExternalStore).
 * - Writing never throws: a full or disabled storage makes `set` return false; the page still works.
 */
import { clearAccountValues, removeRaw } from './account-keys'

export type AccountStoreOptions<T> = {
  name: string
  /** The layout's version; 1 unless the stored shape changed. */
  version?: number
  /** What may be used of a parsed stored value (null: nothing). Throwing counts as null. */
  read: (stored: unknown) => T | null
  /** Converts the previous version's parsed value; without it, an older layout is left behind. */
  migrate?: (previous: unknown) => T | null
  /** An older key of the same data kept for no account: the first account that reads it adopts it. */
  legacyKey?: string
}

export type AccountStore<T> = {
  key(account: string, item?: string): string
  get(account: string, item?: string): T | null
  set(account: string, value: T, item?: string): boolean
  remove(account: string, item?: string): void
  /** Removes every value of the account (all its items). */
  clear(account: string): void
  /** Whether a storage event's key belongs to this store. */
  owns(storageKey: string | null): boolean
}

function getRaw(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function setRaw(key: string, raw: string): boolean {
  try {
    localStorage.setItem(key, raw)
    return true
  } catch {
    return false
  }
}

export function accountStore<T>({
  name,
  version = 1,
  read,
  migrate,
  legacyKey,
}: AccountStoreOptions<T>): AccountStore<T> {
  const stem = (v: number) => (v === 1 ? name : `${name}.v${v}`)
  const keyOf = (v: number, account: string, item?: string) =>
    item === undefined ? `${stem(v)}.${account}` : `${stem(v)}.${account}.${item}`
  const cache = new Map<string, { raw: string; value: T | null }>()

  const decode = (raw: string, reader: (stored: unknown) => T | null): T | null => {
    try {
      return reader(JSON.parse(raw) as unknown)
    } catch {
      return null
    }
  }

  /** An older copy (previous version or legacy key), converted and moved to the current key. */
  const adopt = (account: string, item?: string): T | null => {
    const sources: [string, (stored: unknown) => T | null][] = []
    if (migrate && version > 1) sources.push([keyOf(version - 1, account, item), migrate])
    if (legacyKey && item === undefined) sources.push([legacyKey, read])
    for (const [key, reader] of sources) {
      const raw = getRaw(key)
      if (raw === null) continue
      const value = decode(raw, reader)
      if (value !== null && store.set(account, value, item)) removeRaw(key)
      return value
    }
    return null
  }

  const store: AccountStore<T> = {
    key: (account, item) => keyOf(version, account, item),
    get(account, item) {
      const key = keyOf(version, account, item)
      const raw = getRaw(key)
      if (raw === null) return adopt(account, item)
      const hit = cache.get(key)
      if (hit?.raw === raw) return hit.value
      const value = decode(raw, read)
      cache.set(key, { raw, value })
      return value
    },
    set(account, value, item) {
      const key = keyOf(version, account, item)
      const raw = JSON.stringify(value)
      cache.set(key, { raw, value })
      return setRaw(key, raw)
    },
    remove(account, item) {
      removeRaw(keyOf(version, account, item))
    },
    clear: (account) => clearAccountValues(stem(version), account),
    owns: (storageKey) => storageKey !== null && storageKey.startsWith(`${stem(version)}.`),
  }
  return store
}
