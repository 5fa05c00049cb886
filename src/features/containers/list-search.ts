import { z } from 'zod'
import type { ListContainersParams } from '@/api/containers'
import { statusCodeOf, statusNames, typeCodeOf, typeNames } from '@/api/enums'

/**
 * The container list's URL state. Names, not codes, so links read well; every key falls back to its
 * default when the URL holds something invalid, and defaults are kept out of the URL.
 */
export const PAGE_SIZES = [10, 20, 50] as const

export const containersSearch = z.object({
  page: z.coerce.number().int().min(1).catch(1).default(1),
  size: z.coerce
    .number()
    .refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(20)
    .default(20),
  type: z.enum(typeNames).optional().catch(undefined),
  status: z.enum(statusNames).optional().catch(undefined),
  visibility: z.enum(['public', 'private']).optional().catch(undefined),
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
