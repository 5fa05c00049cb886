import type { SearchSchemaInput } from '@tanstack/react-router'
import type { ListContainersParams } from '@/api/containers'
import { statusCodeOf, statusNames, typeCodeOf, typeNames } from '@/api/enums'
import { coerced, integer, object, oneOf, optional, refine, withFallback, type Infer } from '@/lib/decode'

/**
 * The container list's URL state. Names, not codes, so links read well; every key falls back to its
 * default when the URL holds something invalid, and defaults are kept out of the URL.
 */
export const PAGE_SIZES = [10, 20, 50] as const

const readSearch = object({
  page: withFallback(coerced(refine(integer, (n) => n >= 1, 'a page number')), 1),
  size: withFallback(
    coerced(refine(integer, (n) => (PAGE_SIZES as readonly number[]).includes(n), 'a page size')),
    20,
  ),
  type: withFallback(optional(oneOf(typeNames)), undefined),
  status: withFallback(optional(oneOf(statusNames)), undefined),
  visibility: withFallback(optional(oneOf(['public', 'private'])), undefined),
})

export type ContainersSearch = Infer<typeof readSearch>
/** validateSearch of /containers. Links may leave out any key. */
export const containersSearch = (search: Partial<ContainersSearch> & SearchSchemaInput): ContainersSearch =>
  readSearch(search)
export const containersSearchDefaults = { page: 1, size: 20 } as const

/** URL state → the server's query (integer enum codes, booleans). */
export function toListParams(search: ContainersSearch): ListContainersParams {
  return {
    page: search.page,
    size: search.size as 10 | 20 | 50,
    ...(search.type ? { type: typeCodeOf(search.type) } : {}),
    ...(search.status ? { status: statusCodeOf(search.status) } : {}),
    ...(search.visibility ? { is_public: search.visibility === 'public' } : {}),
  }
}

export const hasFilters = (s: ContainersSearch) => Boolean(s.type || s.status || s.visibility)
