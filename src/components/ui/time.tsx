import { formatDateTime, formatExact, formatRelative, parseTime } from '@/lib/format'

/** An absolute time ("2025-03-11 22:43"), with the relative and the exact time on hover. */
export function Time({ value }: { value: string | null | undefined }) {
  const date = parseTime(value)
  if (!date) return <span>unknown</span>
  return (
    <time dateTime={date.toISOString()} title={`${formatRelative(value)} · ${formatExact(value)}`}>
      {formatDateTime(value)}
    </time>
  )
}
