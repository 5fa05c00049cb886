import type { SearchRequest } from '@/api/containers'
import { statusCodeOf, statuses, typeCodeOf } from '@/api/enums'
import { goTrimSpace } from '@/lib/go-text'
import type { FilterSpec } from './search-model'
import { addDays, describeFilter } from './search-text'
import type { SearchState } from './search-params'

type WireFilter = NonNullable<SearchRequest['filters']>[number]

/**
 * Where each filter of the request came from, so a chip can remove exactly that part of the query.
 * `filter` is what is sent; `label` is how the page describes it.
 */
export type FilterOrigin = { filter: WireFilter; label: string; remove: (s: SearchState) => SearchState } & (
  { kind: 'quick' } | { kind: 'advanced'; index: number }
)

const dateRange = (
  field: 'created_at' | 'updated_at',
  from: string | undefined,
  to: string | undefined,
): WireFilter | null => {
  // Both ends: an explicit dbetween (inclusive). The `created_at: {from, to}` shortcut fails with 400.
  if (from && to) return { field, operator: 'dbetween', values: [from, to] }
  // One end: dafter/dbefore are strict, so move the date by a day to keep the end inclusive.
  if (from) return { field, operator: 'dafter', value: addDays(from, -1) }
  if (to) return { field, operator: 'dbefore', value: addDays(to, 1) }
  return null
}

const wireFilter = (f: FilterSpec): WireFilter => ({
  field: f.field,
  operator: f.operator,
  ...(f.value !== undefined ? { value: f.value } : {}),
  ...(f.values !== undefined ? { values: [...f.values] } : {}),
})

/**
 * Every filter the request carries, in the order they are sent, with its origin. Quick filters use only
 * what the server honours: status and visibility through `filters` (string values), date ranges as
 * dbetween/dafter/dbefore filters.
 */
export function filterOrigins(s: SearchState): FilterOrigin[] {
  const out: FilterOrigin[] = []
  if (s.status) {
    const label = statuses.find((x) => x.name === s.status)?.label ?? s.status
    out.push({
      kind: 'quick',
      filter: { field: 'status', operator: 'eq', value: String(statusCodeOf(s.status)) },
      label: `Status is ${label}`,
      remove: (x) => ({ ...x, status: undefined, page: 1 }),
    })
  }
  if (!s.status && s.deleted !== 'shown') {
    // The server includes deleted containers unless told otherwise; status is a column it filters on.
    out.push({
      kind: 'quick',
      filter: { field: 'status', operator: 'ne', value: String(statusCodeOf('deleted')) },
      label: 'Deleted containers hidden',
      remove: (x) => ({ ...x, deleted: 'shown', page: 1 }),
    })
  }
  if (s.visibility) {
    out.push({
      kind: 'quick',
      filter: { field: 'is_public', operator: 'eq', value: s.visibility === 'public' ? '1' : '0' },
      label: s.visibility === 'public' ? 'Public only' : 'Private only',
      remove: (x) => ({ ...x, visibility: undefined, page: 1 }),
    })
  }
  const ranges = [
    ['created_at', 'Created', s.createdFrom, s.createdTo, 'createdFrom', 'createdTo'],
    ['updated_at', 'Updated', s.updatedFrom, s.updatedTo, 'updatedFrom', 'updatedTo'],
  ] as const
  for (const [field, name, from, to, fromKey, toKey] of ranges) {
    const filter = dateRange(field, from, to)
    if (!filter) continue
    out.push({
      kind: 'quick',
      filter,
      label:
        from && to
          ? `${name} ${from} to ${to}`
          : from
            ? `${name} on or after ${from}`
            : `${name} on or before ${to}`,
      remove: (x) => ({ ...x, [fromKey]: undefined, [toKey]: undefined, page: 1 }),
    })
  }
  s.filters.forEach((f, index) =>
    out.push({
      kind: 'advanced',
      index,
      filter: wireFilter(f),
      label: describeFilter(f),
      remove: (x) => ({ ...x, filters: x.filters.filter((_, i) => i !== index), page: 1 }),
    }),
  )
  return out
}

/**
 * The one place a search body is built. Always page and size; the keyword as the server trims it; the
 * type as the numeric string the server wants; everything else as filters. Never status (ignored), never
 * the created_at/updated_at shortcut with both ends (400), never image/tag/command/is_active/user_id/
 * project_id (500): the type has no room for them.
 */
export function toSearchRequest(s: SearchState): SearchRequest {
  const keyword = goTrimSpace(s.q)
  const filters = filterOrigins(s).map((o) => o.filter)
  return {
    page: s.page,
    size: s.size,
    ...(keyword ? { keyword } : {}),
    ...(s.type ? { type: String(typeCodeOf(s.type)) as SearchRequest['type'] } : {}),
    ...(filters.length ? { filters } : {}),
    ...(s.sort.length ? { sort: s.sort.map((x) => ({ field: x.field, direction: x.direction })) } : {}),
  }
}

/** The type shortcut shows up in applied_filters as `type eq "<code>"`. */
export const typeShortcut = (s: SearchState): WireFilter | null =>
  s.type ? { field: 'type', operator: 'eq', value: String(typeCodeOf(s.type)) } : null

const sameFilter = (
  a: { field: string; operator: string; value?: string; values?: string[] | null },
  b: WireFilter,
) =>
  a.field === b.field &&
  a.operator === b.operator &&
  (a.value ?? '') === (b.value ?? '') &&
  JSON.stringify(a.values ?? []) === JSON.stringify(b.values ?? [])

/** Pairs each filter the server reports as applied with the part of the query it came from (if any). */
export function matchApplied(
  applied: { field: string; operator: string; value?: string; values?: string[] | null }[],
  s: SearchState,
): { applied: (typeof applied)[number]; origin: Pick<FilterOrigin, 'label' | 'remove'> | null }[] {
  const candidates: Pick<FilterOrigin, 'filter' | 'label' | 'remove'>[] = [...filterOrigins(s)]
  const type = typeShortcut(s)
  if (type)
    candidates.push({
      filter: type,
      label: `Type is ${s.type ? s.type[0]!.toUpperCase() + s.type.slice(1) : ''}`,
      remove: (x) => ({ ...x, type: undefined, page: 1 }),
    })
  const used = new Set<number>()
  return applied.map((a) => {
    const i = candidates.findIndex((c, j) => !used.has(j) && sameFilter(a, c.filter))
    if (i < 0) return { applied: a, origin: null }
    used.add(i)
    return { applied: a, origin: candidates[i]! }
  })
}

/** POSIX shell single quoting: 'it'\''s'. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

/**
 * The same search as a curl command. The token is never included: the command reads it from the
 * RCABENCH_TOKEN variable (double quotes, so the shell expands it).
 */
export function toCurl(body: SearchRequest, apiBaseUrl: string): string {
  return [
    `curl -sS -X POST ${shellQuote(`${apiBaseUrl}/api/v2/containers/search`)}`,
    `  -H "Authorization: Bearer $RCABENCH_TOKEN"`,
    `  -H 'Content-Type: application/json'`,
    `  --data-raw ${shellQuote(JSON.stringify(body))}`,
  ].join(' \\\n')
}

/** The parts of the query the list endpoint cannot do, for the fallback notice. */
export function unavailableWithoutSearch(s: SearchState): string[] {
  const out: string[] = []
  const keyword = goTrimSpace(s.q)
  if (keyword) out.push(`keyword “${keyword}”`)
  if (s.createdFrom || s.createdTo) out.push('created dates')
  if (s.updatedFrom || s.updatedTo) out.push('updated dates')
  if (s.filters.length) out.push(`${s.filters.length} advanced filter${s.filters.length === 1 ? '' : 's'}`)
  if (s.sort.length) out.push('sort order')
  if (!s.status && s.deleted !== 'shown') out.push('hiding deleted containers (they are shown and marked)')
  if (![10, 20, 50].includes(s.size)) out.push(`page size ${s.size}`)
  return out
}

/** A one-line summary of a saved query. */
export function describeSaved(s: Partial<SearchState>): string {
  const parts: string[] = []
  if (s.q?.trim()) parts.push(`name contains “${s.q.trim()}”`)
  if (s.type) parts.push(s.type)
  if (s.status) parts.push(s.status)
  if (s.visibility) parts.push(s.visibility)
  if (s.deleted) parts.push('deleted shown')
  if (s.createdFrom || s.createdTo) parts.push(`created ${s.createdFrom ?? '…'} to ${s.createdTo ?? '…'}`)
  if (s.updatedFrom || s.updatedTo) parts.push(`updated ${s.updatedFrom ?? '…'} to ${s.updatedTo ?? '…'}`)
  if (s.filters?.length) parts.push(`${s.filters.length} filter${s.filters.length === 1 ? '' : 's'}`)
  if (s.sort?.length) parts.push(`sorted by ${s.sort.map((x) => `${x.field} ${x.direction}`).join(', ')}`)
  if (s.size) parts.push(`${s.size} per page`)
  return parts.join(' · ') || 'everything'
}
