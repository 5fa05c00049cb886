import * as z from 'zod/mini'
import { statusNames, typeNames } from '@/api/enums'
import {
  fieldNames,
  filterProblem,
  isIsoDate,
  normalizeFilter,
  operatorNames,
  type FilterSpec,
  type SortSpec,
} from './search-model'

/**
 * The search page's URL state. Every key is checked on its own: a key that cannot be read falls back to
 * its default (and `searchParamProblems` says which, so the page can tell the user), the others survive.
 * Defaults stay out of the URL (stripSearchParams in the route).
 */
export const MAX_PAGE_SIZE = 1000
export const SEARCH_PAGE_SIZES = [10, 20, 50, 100, 250, 500, 1000] as const

const text = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((v) => String(v)),
)
const isoDate = z.string().check(z.refine(isIsoDate))

const filterSpec = z.pipe(
  z.object({
    field: z.enum(fieldNames),
    operator: z.enum(operatorNames),
    value: z.optional(text),
    values: z.optional(z.array(text)),
  }),
  z.transform((f): FilterSpec => normalizeFilter(f)),
)
const filters = z.array(filterSpec).check(z.refine((list) => list.every((f) => !filterProblem(f))))

const sortSpec = z.object({ field: z.enum(fieldNames), direction: z.enum(['asc', 'desc']) })
const sort = z
  .array(sortSpec)
  .check(z.refine((list) => new Set(list.map((s) => s.field)).size === list.length))

/** Each key's strict reading. */
const strict = {
  page: z.int().check(z.minimum(1)),
  size: z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
  q: text,
  type: z.enum(typeNames),
  status: z.enum(statusNames),
  visibility: z.enum(['public', 'private']),
  createdFrom: isoDate,
  createdTo: isoDate,
  updatedFrom: isoDate,
  updatedTo: isoDate,
  filters,
  sort,
}
type Key = keyof typeof strict

export const searchDefaults = {
  page: 1,
  size: 20,
  q: '',
  filters: [] as FilterSpec[],
  sort: [] as SortSpec[],
}

const withDefault = <T extends z.ZodMiniType>(schema: T, fallback: Exclude<z.output<T>, undefined>) =>
  z._default(z.catch(schema, fallback), fallback)
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined)

const ranges = [
  ['createdFrom', 'createdTo'],
  ['updatedFrom', 'updatedTo'],
] as const

const searchObject = z.object({
  page: withDefault(strict.page, searchDefaults.page),
  size: withDefault(strict.size, searchDefaults.size),
  q: withDefault(strict.q, searchDefaults.q),
  type: optional(strict.type),
  status: optional(strict.status),
  visibility: optional(strict.visibility),
  createdFrom: optional(strict.createdFrom),
  createdTo: optional(strict.createdTo),
  updatedFrom: optional(strict.updatedFrom),
  updatedTo: optional(strict.updatedTo),
  filters: withDefault(strict.filters, searchDefaults.filters),
  sort: withDefault(strict.sort, searchDefaults.sort),
})

/** validateSearch of /containers/search. A range whose end comes before its start is dropped. */
export const containersSearchQuery = z.pipe(
  searchObject,
  z.transform((s) => {
    const out = { ...s }
    for (const [from, to] of ranges) {
      const a = out[from]
      const b = out[to]
      if (a && b && a > b) {
        out[from] = undefined
        out[to] = undefined
      }
    }
    return out
  }),
)

export type SearchState = z.output<typeof containersSearchQuery>
export type SearchInput = z.input<typeof containersSearchQuery>

const labels: Record<Key, string> = {
  page: 'page number',
  size: 'page size (1–1,000)',
  q: 'keyword',
  type: 'type',
  status: 'status',
  visibility: 'visibility',
  createdFrom: 'created from',
  createdTo: 'created to',
  updatedFrom: 'updated from',
  updatedTo: 'updated to',
  filters: 'advanced filters',
  sort: 'sort',
}

/**
 * The parts of a raw (parsed, not yet validated) URL search that were unreadable and replaced by defaults,
 * as labels for people. Empty when the link was fine.
 */
export function searchParamProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(strict) as Key[]) {
    if (raw[key] === undefined) continue
    if (!strict[key].safeParse(raw[key]).success) problems.push(labels[key])
  }
  for (const [from, to] of ranges) {
    const a = raw[from]
    const b = raw[to]
    if (typeof a === 'string' && typeof b === 'string' && isIsoDate(a) && isIsoDate(b) && a > b)
      problems.push(`${labels[from].split(' ')[0]} date range (it ends before it starts)`)
  }
  return problems
}

/** The state with every default removed, as it appears in the URL. */
export function withoutDefaults(state: SearchState): Partial<SearchState> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined) continue
    const fallback = (searchDefaults as Record<string, unknown>)[key]
    if (fallback !== undefined && JSON.stringify(fallback) === JSON.stringify(value)) continue
    out[key] = value
  }
  return out as Partial<SearchState>
}

/** True when anything beyond paging is set. */
export const hasQuery = (s: SearchState) =>
  Boolean(
    s.q.trim() ||
    s.type ||
    s.status ||
    s.visibility ||
    s.createdFrom ||
    s.createdTo ||
    s.updatedFrom ||
    s.updatedTo ||
    s.filters.length ||
    s.sort.length,
  )

/**
 * The router rewrites a link it had to repair into its canonical form before the page renders, so the
 * page cannot see the broken parts in the URL any more. The route's validator notes them here (only when
 * there were any); the page reads the note for the state it was repaired into, then clears it.
 */
let repaired: { problems: string[]; state: string } | null = null

export const containersSearchValidator = {
  '~standard': {
    ...containersSearchQuery['~standard'],
    validate: (raw: unknown) => {
      const result = containersSearchQuery['~standard'].validate(raw)
      if (raw && typeof raw === 'object' && !(result instanceof Promise) && !result.issues) {
        const problems = searchParamProblems(raw as Record<string, unknown>)
        if (problems.length) repaired = { problems, state: JSON.stringify(withoutDefaults(result.value)) }
      }
      return result
    },
  },
} satisfies Pick<typeof containersSearchQuery, '~standard'>

/** The problems of the broken link that led to `state`, if the page was opened through one. */
export function repairedLinkProblems(state: SearchState): string[] {
  return repaired?.state === JSON.stringify(withoutDefaults(state)) ? repaired.problems : []
}
export function forgetRepairedLink() {
  repaired = null
}
