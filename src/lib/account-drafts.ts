/**
 * Where form drafts live in localStorage, and how signing out removes an account's drafts. Apart from
 * drafts.ts (reading and writing them, which only forms and search load) because the app shell's sign-out
 * needs only this, on every page.
 */
export const DRAFT_PREFIX = 'rcabench.draft.'

export function clearAccountDrafts(username: string): void {
  const prefix = `${DRAFT_PREFIX}${username}.`
  for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key)
}
