import { useSyncExternalStore } from 'react'
import { readTheme, setTheme, subscribeTheme, type ThemeChoice } from '@/lib/theme'
import { Monitor, Moon, Sun } from './icons'

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<ThemeChoice, string> = { system: 'system', light: 'light', dark: 'dark' }
const ICON = { system: Monitor, light: Sun, dark: Moon }

/** One button cycling system → light → dark; the pick is kept in this browser. */
export function ThemeSwitch() {
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const)
  const Icon = ICON[theme]
  const label = `Theme: ${LABEL[theme]} (switch to ${LABEL[NEXT[theme]]})`
  return (
    <button
      type="button"
      className="icon-only theme-switch"
      aria-label={label}
      title={label}
      onClick={() => setTheme(NEXT[theme])}
    >
      <Icon className="icon" aria-hidden="true" />
    </button>
  )
}
