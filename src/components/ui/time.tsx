import { formatExact, formatRelative, parseTime } from '@/lib/format'

/** A relative time with the exact time on hover (and for assistive technology via the title). */
export function Time({ value }: { value: string | null | undefined }) {
  const date = parseTime(value)
  if (!date) return <span>unknown</span>
  return (
    <time dateTime={date.toISOString()} title={formatExact(value)}>
      {formatRelative(value)}
    </time>
  )
}
