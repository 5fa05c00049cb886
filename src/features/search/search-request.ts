import type { SearchRequest } from '@/api/containers'
import { goTrimSpace } from '@/lib/go-text'
import { quickFilters, type QuickChip, type WireFilter } from './quick-filters'
import type { FilterSpec } from './search-rules'
import { describeFilter } from './search-text'
import type { SearchState } from './search-params'

/**
 * Where each filter of the request came from, so a chip can remove exactly that part of the query.
 * `filter` is what is sent; `label` is how the page describes it.
 */
export type FilterOrigin = { filter: WireFilter; label: string; remove: (s: SearchState) => SearchState } & (
  { kind: 'quick' } | { kind: 'advanced'; index: number }
)

const wireFilter = (f: FilterSpec): WireFilter => ({
  field: f.field,
  operator: f.operator,
  ...(f.value !== undefined ? { value: f.value } : {}),
  ...(f.values !== undefined ? { values: [...f.values] } : {}),
})

/**
 * Every filter the request carries, in the order they are sent, with its origin: the quick filters' (see
 * QUICK_FILTERS), then the advanced ones.
 */
export function filterOrigins(s: SearchState): FilterOrigin[] {
  const out: FilterOrigin[] = quickFilters.flatMap((q) =>
    q.filters(s).map((c) => ({ kind: 'quick' as const, ...c })),
  )
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
    ...Object.assign({}, ...quickFilters.map((q) => q.shortcut?.body(s))),
    ...(filters.length ? { filters } : {}),
    ...(s.sort.length ? { sort: s.sort.map((x) => ({ field: x.field, direction: x.direction })) } : {}),
  }
}

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
  const candidates: QuickChip[] = [...filterOrigins(s)]
  for (const q of quickFilters) {
    const echo = q.shortcut?.echo(s)
    if (echo) candidates.push(echo)
  }
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
  for (const q of quickFilters) {
    const missing = q.withoutSearch?.(s)
    if (missing) out.push(missing)
  }
  if (s.filters.length) out.push(`${s.filters.length} advanced filter${s.filters.length === 1 ? '' : 's'}`)
  if (s.sort.length) out.push('sort order')
  if (![10, 20, 50].includes(s.size)) out.push(`page size ${s.size}`)
  return out
}

/** A one-line summary of a saved query. */
export function describeSaved(s: Partial<SearchState>): string {
  const parts: string[] = []
  if (s.q?.trim()) parts.push(`name contains “${s.q.trim()}”`)
  for (const q of quickFilters) {
    const part = q.summary(s)
    if (part) parts.push(part)
  }
  if (s.filters?.length) parts.push(`${s.filters.length} filter${s.filters.length === 1 ? '' : 's'}`)
  if (s.sort?.length) parts.push(`sorted by ${s.sort.map((x) => `${x.field} ${x.direction}`).join(', ')}`)
  if (s.size) parts.push(`${s.size} per page`)
  return parts.join(' · ') || 'everything'
}
