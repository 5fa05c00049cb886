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
