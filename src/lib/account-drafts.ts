import { accountStore } from './account-store'

/**
 * Where form drafts live (one per account and form), and how signing out removes an account's drafts.
 * Apart from drafts.ts (reading and writing them, which only forms and search load) because the app
 * shell's sign-out needs only this, on every page.
 */
type Draft = { value: unknown; savedAt: number }

export const draftStore = accountStore<Draft>({
  name: 'rcabench.draft',
  read: (stored) => {
    const draft = stored as Partial<Draft> | null
    return draft && typeof draft === 'object' && 'value' in draft && typeof draft.savedAt === 'number'
      ? { value: draft.value, savedAt: draft.savedAt }
      : null
  },
})

export function clearAccountDrafts(username: string): void {
  draftStore.clear(username)
}
