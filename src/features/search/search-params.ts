import type { SearchSchemaInput } from '@tanstack/react-router'
import { statusNames, typeNames } from '@/api/enums'
import {
  array,
  integer,
  number,
  object,
  oneOf,
  optional,
  optionalKey,
  positiveInteger,
  refine,
  string,
  withFallback,
  type Decoder,
  type Infer,
} from '@/lib/decode'
import {
  fieldNames,
  filterFault,
  isIsoDate,
  normalizeFilter,
  operatorNames,
  type FilterSpec,
  type SortSpec,
} from './search-rules'

/**
 * The search page's URL state. Every key is checked on its own: a key that cannot be read falls back to
 * its default (and `searchParamProblems` says which, so the page can tell the user), the others survive.
 * Defaults stay out of the URL (stripSearchParams in the route).
 */
export const MAX_PAGE_SIZE = 1000
export const SEARCH_PAGE_SIZES = [10, 20, 50, 100, 250, 500, 1000] as const

/** Free text as the URL parser may have read it: "5" arrives as 5 and "true" as true. */
const text: Decoder<string> = (input, path = '') =>
  typeof input === 'boolean' || typeof input === 'number' ? String(number(input, path)) : string(input, path)
const isoDate = refine(string, isIsoDate, 'a date (YYYY-MM-DD)')

const readFilter = object({
  field: oneOf(fieldNames),
  operator: oneOf(operatorNames),
  value: optional(text),
  values: optional(array(text)),
})
const filterSpec: Decoder<FilterSpec> = (input, path) => normalizeFilter(readFilter(input, path))
const filters = refine(array(filterSpec), (list) => list.every((f) => !filterFault(f)), 'valid filters')

const sortSpec = object({ field: oneOf(fieldNames), direction: oneOf(['asc', 'desc']) })
const sort = refine(
  array(sortSpec),
  (list) => new Set(list.map((s) => s.field)).size === list.length,
  'each field sorted once',
)

/**
 * The quick filters' URL keys: each key's strict reading, its name in the broken-link notice, and the quick
 * filter that owns it. What a filter does with its keys (the request, the chip, the fallback notice, the
 * saved-search summary) is its entry in QUICK_FILTERS (quick-filters.ts), which must exist for every
 * `filter` named here. A new quick filter is one entry in each table, and a control in query-form.tsx.
 */
export const QUICK_KEYS = {
  type: { read: oneOf(typeNames), label: 'type', filter: 'type' },
  status: { read: oneOf(statusNames), label: 'status', filter: 'status' },
  visibility: { read: oneOf(['public', 'private']), label: 'visibility', filter: 'visibility' },
  /** Deleted containers are left out unless 'shown' (or the status filter asks for them). */
  deleted: { read: oneOf(['shown']), label: 'show deleted', filter: 'deleted' },
  createdFrom: { read: isoDate, label: 'created from', filter: 'created' },
  createdTo: { read: isoDate, label: 'created to', filter: 'created' },
  updatedFrom: { read: isoDate, label: 'updated from', filter: 'updated' },
  updatedTo: { read: isoDate, label: 'updated to', filter: 'updated' },
} as const satisfies Record<string, { read: Decoder<string>; label: string; filter: string }>

export type QuickKey = keyof typeof QUICK_KEYS
/** The quick filters, by name: each owns one or more URL keys. */
export type QuickFilterName = (typeof QUICK_KEYS)[QuickKey]['filter']
type QuickReaders = { [K in QuickKey]: (typeof QUICK_KEYS)[K]['read'] }
type QuickOptional = { [K in QuickKey]: Decoder<Infer<QuickReaders[K]> | undefined> }

export const mapQuick = <T>(f: <K extends QuickKey>(key: K) => T) =>
  Object.fromEntries((Object.keys(QUICK_KEYS) as QuickKey[]).map((k) => [k, f(k)]))
const quickStrict = mapQuick((k) => QUICK_KEYS[k].read) as QuickReaders

/** Each key's strict reading (link-problems.ts names the keys that fail theirs). */
export const strict = {
  page: positiveInteger,
  size: refine(integer, (n) => n >= 1 && n <= MAX_PAGE_SIZE, 'a page size'),
  q: text,
  ...quickStrict,
  filters,
  sort,
}
export type StrictKey = keyof typeof strict

export const searchDefaults = {
  page: 1,
  size: 20,
  q: '',
  filters: [] as FilterSpec[],
  sort: [] as SortSpec[],
}

/** The date ranges whose ends the reading checks against each other. */
export const ranges = [
  ['createdFrom', 'createdTo'],
  ['updatedFrom', 'updatedTo'],
] as const

const searchObject = object({
  page: withFallback(strict.page, searchDefaults.page),
  size: withFallback(strict.size, searchDefaults.size),
  q: withFallback(strict.q, searchDefaults.q),
  ...(mapQuick((k) => optionalKey(QUICK_KEYS[k].read)) as QuickOptional),
  filters: withFallback(strict.filters, searchDefaults.filters),
  sort: withFallback(strict.sort, searchDefaults.sort),
})

export type SearchState = Infer<typeof searchObject>
/** What the search asks for, without the page it is on (the search rail's controls and saved searches). */
export type SearchQuery = Omit<SearchState, 'page'>
type TextInput = string | number | boolean
/** What a link may give: any key may be left out, and text may still be a number or a boolean. */
export type SearchInput = Partial<Omit<SearchState, 'q' | 'filters'>> & {
  q?: TextInput
  filters?: (Omit<FilterSpec, 'value' | 'values'> & { value?: TextInput; values?: TextInput[] })[]
}

/** Reads /containers/search's state (throws a DecodeError only when `input` is not an object). A range
 * whose end comes before its start is dropped. */
export const containersSearchQuery: Decoder<SearchState> = (input, path) => {
  const out = searchObject(input, path)
  for (const [from, to] of ranges) {
    const a = out[from]
    const b = out[to]
    if (a && b && a > b) {
      out[from] = undefined
      out[to] = undefined
    }
  }
  return out
}

/** The state with every default removed, as it appears in the URL. */
export function withoutDefaults(state: SearchState | SearchQuery): Partial<SearchState> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined) continue
    const fallback = (searchDefaults as Record<string, unknown>)[key]
    if (fallback !== undefined && JSON.stringify(fallback) === JSON.stringify(value)) continue
    out[key] = value
  }
  return out as Partial<SearchState>
}

/** validateSearch of /containers/search. */
export const containersSearchValidator = (raw: SearchInput & SearchSchemaInput): SearchState =>
  containersSearchQuery(raw)
