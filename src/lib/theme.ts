/**
 * The colour theme: "system" follows the operating system (prefers-color-scheme, in CSS); "light" and
 * "dark" are the user's pick, kept in localStorage and written to <html data-theme> so the tokens in
 * styles.css switch. Applied before the first render (main.tsx), so a reload never flashes the other theme.
 */
export type ThemeChoice = 'system' | 'light' | 'dark'

const KEY = 'rcabench:theme'
const listeners = new Set<() => void>()

export function readTheme(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(choice: ThemeChoice = readTheme()) {
  const root = document.documentElement
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
}

export function setTheme(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, choice)
  } catch {
    // Storage may be unavailable (private mode); the pick then lasts for this page only.
  }
  applyTheme(choice)
  listeners.forEach((l) => l())
}

export function subscribeTheme(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
