import { useSyncExternalStore } from 'react'
import { isReadOnly, subscribeWriteAccess } from '@/lib/session'

export const READ_ONLY_REASON =
  'Your account can only read: the server refused a change with "Insufficient permissions". Ask an administrator for write access.'

/**
 * Whether this session may create (and edit or delete) containers and versions. Unknown until the server
 * refuses a write with 403; from then on the session is read-only and `reason` says why. Builds are not
 * affected: the server checks only the token there.
 */
export function useWriteAccess(): { canWrite: boolean; reason: string | null } {
  const readOnly = useSyncExternalStore(subscribeWriteAccess, isReadOnly, () => false)
  return readOnly ? { canWrite: false, reason: READ_ONLY_REASON } : { canWrite: true, reason: null }
}
