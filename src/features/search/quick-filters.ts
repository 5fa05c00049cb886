import type { SearchRequest } from '@/api/containers'
import { statusCodeOf, statuses, typeCodeOf } from '@/api/enums'
import type { QuickFilterName, QuickKey, SearchState } from './search-params'
import { addDays } from './search-text'

export type WireFilter = NonNullable<SearchRequest['filters']>[number]

/** A part of the request with the chip that shows it: `label` says what it does, `remove` undoes it. */
export type QuickChip = { filter: WireFilter; label: string; remove: (s: SearchState) => SearchState }

/**
 * What a quick filter does with its URL keys (QUICK_KEYS in search-params.ts says which keys it owns).
 * Every part is required, so a new filter that forgets one does not compile.
 */
export type QuickFilter = {
  /** Its filters in the search body (`filters`), in order, each with its chip. */
  filters: (s: SearchState) => QuickChip[]
  /**
   * A part of the body outside `filters` (the type shortcut), and the filter the server reports for it in
   * `applied_filters`, so its chip can be matched; null for a filter that only sends `filters`.
   */
  shortcut: {
    body: (s: SearchState) => Partial<SearchRequest>
    echo: (s: SearchState) => QuickChip | null
  } | null
  /**
   * Without the search endpoint the page falls back to the list endpoint: what this filter then cannot
   * do, for the "Not applied" notice (null: it works there too, through the list's own parameters).
   */
  withoutSearch: ((s: SearchState) => string | null) | null
  /** Its part of a saved search's one-line summary, or null when it is not set. */
  summary: (s: Partial<SearchState>) => string | null
}

const clear =
  (...keys: QuickKey[]) =>
  (s: SearchState): SearchState => ({ ...s, ...Object.fromEntries(keys.map((k) => [k, undefined])), page: 1 })

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

/** A created/updated range: both ends inclusive, sent as date filters (the server's date shortcut fails). */
const range = (
  field: 'created_at' | 'updated_at',
  name: 'Created' | 'Updated',
  fromKey: 'createdFrom' | 'updatedFrom',
  toKey: 'createdTo' | 'updatedTo',
): QuickFilter => ({
  filters: (s) => {
    const from = s[fromKey]
    const to = s[toKey]
    const filter = dateRange(field, from, to)
    if (!filter) return []
    const label =
      from && to
        ? `${name} ${from} to ${to}`
        : from
          ? `${name} on or after ${from}`
          : `${name} on or before ${to}`
    return [{ filter, label, remove: clear(fromKey, toKey) }]
  },
  shortcut: null,
  withoutSearch: (s) => (s[fromKey] || s[toKey] ? `${name.toLowerCase()} dates` : null),
  summary: (s) =>
    s[fromKey] || s[toKey] ? `${name.toLowerCase()} ${s[fromKey] ?? '…'} to ${s[toKey] ?? '…'}` : null,
})

/**
 * The search page's quick filters, one entry each, in the order their filters are sent. Status and
 * visibility go through `filters` (string values), the type through the body's own `type` (a numeric
 * string), date ranges as dbetween/dafter/dbefore filters.
 */
export const QUICK_FILTERS: { [F in QuickFilterName]: QuickFilter } = {
  type: {
    filters: () => [],
    shortcut: {
      body: (s) => (s.type ? { type: String(typeCodeOf(s.type)) as SearchRequest['type'] } : {}),
      // The type shortcut shows up in applied_filters as `type eq "<code>"`.
      echo: (s) =>
        s.type
          ? {
              filter: { field: 'type', operator: 'eq', value: String(typeCodeOf(s.type)) },
              label: `Type is ${s.type[0]!.toUpperCase()}${s.type.slice(1)}`,
              remove: clear('type'),
            }
          : null,
    },
    withoutSearch: null,
    summary: (s) => s.type ?? null,
  },
  status: {
    filters: (s) =>
      s.status
        ? [
            {
              filter: { field: 'status', operator: 'eq', value: String(statusCodeOf(s.status)) },
              label: `Status is ${statuses.find((x) => x.name === s.status)?.label ?? s.status}`,
              remove: clear('status'),
            },
          ]
        : [],
    shortcut: null,
    withoutSearch: null,
    summary: (s) => s.status ?? null,
  },
  deleted: {
    // The server includes deleted containers unless told otherwise; status is a column it filters on.
    filters: (s) =>
      !s.status && s.deleted !== 'shown'
        ? [
            {
              filter: { field: 'status', operator: 'ne', value: String(statusCodeOf('deleted')) },
              label: 'Deleted containers hidden',
              remove: (x) => ({ ...x, deleted: 'shown', page: 1 }),
            },
          ]
        : [],
    shortcut: null,
    withoutSearch: (s) =>
      !s.status && s.deleted !== 'shown' ? 'hiding deleted containers (they are shown and marked)' : null,
    summary: (s) => (s.deleted ? 'deleted shown' : null),
  },
  visibility: {
    filters: (s) =>
      s.visibility
        ? [
            {
              filter: { field: 'is_public', operator: 'eq', value: s.visibility === 'public' ? '1' : '0' },
              label: s.visibility === 'public' ? 'Public only' : 'Private only',
              remove: clear('visibility'),
            },
          ]
        : [],
    shortcut: null,
    withoutSearch: null,
    summary: (s) => s.visibility ?? null,
  },
  created: range('created_at', 'Created', 'createdFrom', 'createdTo'),
  updated: range('updated_at', 'Updated', 'updatedFrom', 'updatedTo'),
}

export const quickFilters = Object.values(QUICK_FILTERS)

/** The quick filters that still work without the search endpoint, by the names of their URL keys. */
export const quickFiltersWithoutSearch = (Object.keys(QUICK_FILTERS) as QuickFilterName[]).filter(
  (name) => QUICK_FILTERS[name].withoutSearch === null,
)
