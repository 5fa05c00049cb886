import * as z from 'zod/mini'
import type { ListContainersParams } from '@/api/containers'
import { statusCodeOf, statusNames, typeCodeOf, typeNames } from '@/api/enums'

/**
 * The container list's URL state. Names, not codes, so links read well; every key falls back to its
 * default when the URL holds something invalid, and defaults are kept out of the URL.
 */
export const PAGE_SIZES = [10, 20, 50] as const

export const containersSearch = z.object({
  page: z._default(z.catch(z.coerce.number().check(z.int(), z.minimum(1)), 1), 1),
  size: z._default(
    z.catch(z.coerce.number().check(z.refine((n) => (PAGE_SIZES as readonly number[]).includes(n))), 20),
    20,
  ),
  type: z.catch(z.optional(z.enum(typeNames)), undefined),
  status: z.catch(z.optional(z.enum(statusNames)), undefined),
  visibility: z.catch(z.optional(z.enum(['public', 'private'])), undefined),
})

export type ContainersSearch = z.output<typeof containersSearch>
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
