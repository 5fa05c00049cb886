import { DRAFTS } from './account-drafts'
import { accountStore } from './account-store'
import { getSession } from './session'

/**
 * Form drafts, kept in localStorage per account so they survive a reload, a 401 and signing in again.
 * Anything whose key looks secret (token, password, secret) is dropped before saving, whatever the caller
 * passes. Signing out removes every draft of the account (account-drafts.ts).
 */
const SECRET_KEY = /token|password|secret/i

type Draft = { value: unknown; savedAt: number }
const drafts = accountStore<Draft>({
  name: DRAFTS,
  read: (stored) => {
    const draft = stored as Partial<Draft> | null
    return draft && typeof draft === 'object' && 'value' in draft && typeof draft.savedAt === 'number'
      ? { value: draft.value, savedAt: draft.savedAt }
      : null
  },
})

const account = () => getSession()?.username ?? 'anonymous'

export function stripSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripSecrets) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (!SECRET_KEY.test(k)) out[k] = stripSecrets(v)
    return out as T
  }
  return value
}

export function loadDraft<T>(key: string): { value: T; savedAt: number } | null {
  return drafts.get(account(), key) as { value: T; savedAt: number } | null
}

/** Storage full or disabled: the form still works, only the draft is not kept. */
export function saveDraft(key: string, value: unknown): void {
  drafts.set(account(), { value: stripSecrets(value), savedAt: Date.now() }, key)
}

export function clearDraft(key: string): void {
  drafts.remove(account(), key)
}
