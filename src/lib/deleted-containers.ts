/**
 * Containers deleted from this browser, so their old address can say "deleted" instead of "not found"
 * (the server answers a deleted container's detail exactly like a missing one). Kept in localStorage, the
 * most recent 100; nothing here is secret (an id, a name, a time).
 */
const KEY = 'rcabench.deleted-containers'
const LIMIT = 100

export type DeletedContainer = { id: number; name: string; deletedAt: number }

function readAll(): DeletedContainer[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
    return Array.isArray(parsed) ? (parsed as DeletedContainer[]) : []
  } catch {
    return []
  }
}

export function rememberDeleted(id: number, name: string, deletedAt = Date.now()): void {
  const rest = readAll().filter((d) => d.id !== id)
  try {
    localStorage.setItem(KEY, JSON.stringify([{ id, name, deletedAt }, ...rest].slice(0, LIMIT)))
  } catch {
    // Storage full or disabled: the old address then reads "not found", which is still true.
  }
}

export function deletedContainer(id: number): DeletedContainer | undefined {
  return readAll().find((d) => d.id === id)
}
