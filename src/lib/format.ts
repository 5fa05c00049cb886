/** Dates as people read them: relative ("3 days ago") with the exact local time for hover and copy. */
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const exact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' })
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400_000],
  ['month', 30 * 86400_000],
  ['week', 7 * 86400_000],
  ['day', 86400_000],
  ['hour', 3600_000],
  ['minute', 60_000],
]

export function parseTime(value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function formatRelative(value: string | null | undefined, now = Date.now()): string {
  const date = parseTime(value)
  if (!date) return 'unknown'
  const diff = date.getTime() - now
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit)
  }
  return 'just now'
}

export function formatExact(value: string | null | undefined): string {
  const date = parseTime(value)
  return date ? exact.format(date) : 'unknown'
}

export const formatCount = (n: number) => new Intl.NumberFormat('en').format(n)

/**
 * Direction overrides, isolates and zero-width characters in other people's text, made visible as
 * ⟨U+202E⟩-style codes. Names are shown through this so that one cannot pass for another (a right-to-left
 * override shows "invoice‮gpj.exe" as "invoice…exe.jpg") or hide characters. Copy buttons keep the exact value.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
export const revealInvisible = (text: string): string =>
  text.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`)
