import { useSyncExternalStore } from 'react'
import { getSession } from '@/lib/session'

/**
 * Management actions the server refused (403 "Insufficient permissions") for the signed-in account, per
 * container. The server tells no one their permissions in advance (the profile carries no roles), so the
 * dashboard offers Edit and Delete, and after a refusal shows them as unavailable with the reason. Editing
 * needs the write permission and deleting the delete permission, which every role that deletes also
 * has with write: so a refused edit means a refused delete too, but not the other way round.
 * Kept per tab (sessionStorage), per account.
 */
export type ManageAction = 'edit' | 'delete'

const PREFIX = 'rcabench.refused.'
const listeners = new Set<() => void>()
const key = () => `${PREFIX}${getSession()?.username ?? 'anonymous'}`

function readAll(): Record<string, ManageAction[]> {
  try {
    return (JSON.parse(sessionStorage.getItem(key()) ?? '{}') as Record<string, ManageAction[]>) ?? {}
  } catch {
    return {}
  }
}

export function rememberRefusal(containerId: number, action: ManageAction): void {
  const all = readAll()
  const refused = new Set(all[containerId] ?? [])
  refused.add(action)
  if (action === 'edit') refused.add('delete')
  all[containerId] = [...refused]
  try {
    sessionStorage.setItem(key(), JSON.stringify(all))
  } catch {
    // Not kept: the next attempt is refused again, with the same message.
  }
  for (const listener of listeners) listener()
}

/** 'edit,delete'-style snapshot string, so useSyncExternalStore compares by value. */
function snapshot(containerId: number): string {
  return (readAll()[containerId] ?? []).sort().join(',')
}

export function useRefusedActions(containerId: number): ReadonlySet<ManageAction> {
  const value = useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => snapshot(containerId),
  )
  return new Set(value ? (value.split(',') as ManageAction[]) : [])
}
