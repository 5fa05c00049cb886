/**
 * Removing what one account keeps in localStorage. Apart from account-store.ts (the stores themselves, which
 * only forms, builds and search load) because signing out, on every page, needs only this: a module is
 * bundled whole, so a function kept in the store's file carried the whole store into every first load.
 */

export function removeRaw(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}

/** Removes every value one account keeps under a store's key stem (`<stem>.<account>` and its items). */
export function clearAccountValues(stem: string, account: string): void {
  const whole = `${stem}.${account}`
  let keys: string[] = []
  try {
    keys = Object.keys(localStorage)
  } catch {
    return
  }
  for (const key of keys) if (key === whole || key.startsWith(`${whole}.`)) removeRaw(key)
}
