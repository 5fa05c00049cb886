import { getSession } from '@/lib/session'
import { accountStore } from '@/lib/account-store'
import { withFallback } from '@/lib/decode'
import { stripSecrets } from '@/lib/drafts'
import { containersSearchQuery, withoutDefaults, type SearchQuery, type SearchState } from './search-params'

/**
 * Named searches kept in this browser, per account (localStorage). Only the query is stored, as it appears
 * in the URL: never a token or anything else from the session. Entries are re-validated on read, so an old
 * or edited entry opens with defaults instead of breaking the page.
 */
export const SAVED_SEARCHES_KEY = 'rcabench.saved-searches'

export type SavedSearch = { name: string; search: Partial<SearchState>; savedAt: number }

/** A saved query read like a link; an entry that is not an object reads as null and is skipped. */
const readSaved = withFallback(containersSearchQuery, null)

const saved = accountStore<SavedSearch[]>({
  name: SAVED_SEARCHES_KEY,
  read: (raw) =>
    Array.isArray(raw)
      ? raw.flatMap((entry: unknown) => {
          if (!entry || typeof entry !== 'object') return []
          const { name, search, savedAt } = entry as Record<string, unknown>
          if (typeof name !== 'string' || !name.trim()) return []
          const state = readSaved(search ?? {})
          if (!state) return []
          const { page: _page, ...query } = withoutDefaults(state)
          return [{ name, search: query, savedAt: typeof savedAt === 'number' ? savedAt : 0 }]
        })
      : null,
  // Saved searches used to be kept for the browser, not per account: the first account to look adopts them.
  legacyKey: SAVED_SEARCHES_KEY,
})
const account = () => getSession()?.username ?? 'anonymous'

export function loadSavedSearches(): SavedSearch[] {
  return saved.get(account()) ?? []
}

/** Saves the query (without its page) under `name`, replacing a search of the same name. */
export function saveSearch(name: string, state: SearchQuery, now = Date.now()) {
  const { page: _page, ...query } = withoutDefaults(state)
  const list = loadSavedSearches()
  const replaced = list.some((s) => s.name === name)
  const next = [{ name, search: stripSecrets(query), savedAt: now }, ...list.filter((s) => s.name !== name)]
  return { ok: saved.set(account(), next), replaced, list: next }
}

export function deleteSavedSearch(name: string): SavedSearch[] {
  const next = loadSavedSearches().filter((s) => s.name !== name)
  saved.set(account(), next)
  return next
}
