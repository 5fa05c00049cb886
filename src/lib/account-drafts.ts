import { clearAccountValues } from './account-keys'

/**
 * Where form drafts live (one per account and form), and how signing out removes an account's drafts.
 * Apart from drafts.ts (reading and writing them, which only forms and search load) because the app
 * shell's sign-out needs only this, on every page.
 */
export const DRAFTS = 'rcabench.draft'

export function clearAccountDrafts(username: string): void {
  clearAccountValues(DRAFTS, username)
}
