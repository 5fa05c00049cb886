import { FIELDS, OPERATORS } from './search-model'
import type { FilterOperator, SearchField } from './search-rules'
import { QUICK_KEYS, type QuickKey, type SearchState } from './search-params'

/**
 * Helpers only the search page uses (not the URL validator, which every page's first load carries).
 */

/** Moves a YYYY-MM-DD date by whole days (UTC arithmetic, so no time zone can shift it). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** A filter as people read it: "Status equals Enabled", "Created between 2025-01-01 and 2025-01-31". */
export function describeFilter(filter: {
  field: string
  operator: string
  value?: string
  values?: string[] | null
}) {
  const field = FIELDS[filter.field as SearchField]
  const op = OPERATORS[filter.operator as FilterOperator]
  const name = (v: string) => field?.options?.find((o) => o.value === v)?.label ?? v
  const fieldLabel = field?.label ?? filter.field
  const opLabel = op?.label ?? filter.operator
  const arity = op?.arity ?? 'one'
  const values = filter.values ?? []
  if (arity === 'none') return `${fieldLabel} ${opLabel}`
  if (arity === 'two') return `${fieldLabel} between ${values[0] ?? '?'} and ${values[1] ?? '?'}`
  if (arity === 'list') return `${fieldLabel} ${opLabel} ${values.map(name).join(', ')}`
  return `${fieldLabel} ${opLabel} ${name(filter.value ?? '')}`
}

/** True when anything beyond paging is set. */
export const hasQuery = (s: SearchState) =>
  Boolean(
    s.q.trim() ||
    (Object.keys(QUICK_KEYS) as QuickKey[]).some((k) => s[k]) ||
    s.filters.length ||
    s.sort.length,
  )
