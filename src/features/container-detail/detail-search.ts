import * as z from 'zod/mini'
import type { ListVersionsParams } from '@/api/versions'
import { statusCodeOf, statusNames } from '@/api/enums'

/**
 * The container page's URL state: the active tab and the versions table's page, size, status filter and
 * sort. Invalid values fall back to their defaults, and defaults stay out of the URL.
 */
export const VERSION_PAGE_SIZES = [10, 20, 50] as const
export const DETAIL_TABS = ['overview', 'versions'] as const
export const VERSION_SORTS = ['newest', 'semver-desc', 'semver-asc'] as const

export type DetailTab = (typeof DETAIL_TABS)[number]
export type VersionSort = (typeof VERSION_SORTS)[number]

export const containerDetailSearch = z.object({
  tab: z._default(z.catch(z.enum(DETAIL_TABS), 'overview'), 'overview'),
  page: z._default(z.catch(z.coerce.number().check(z.int(), z.minimum(1)), 1), 1),
  size: z._default(
    z.catch(
      z.coerce.number().check(z.refine((n) => (VERSION_PAGE_SIZES as readonly number[]).includes(n))),
      10,
    ),
    10,
  ),
  status: z.catch(z.optional(z.enum(statusNames)), undefined),
  sort: z._default(z.catch(z.enum(VERSION_SORTS), 'newest'), 'newest'),
})

export type ContainerDetailSearch = z.output<typeof containerDetailSearch>
export const containerDetailSearchDefaults = {
  tab: 'overview',
  page: 1,
  size: 10,
  sort: 'newest',
} as const

export const versionSortLabels: Record<VersionSort, string> = {
  newest: 'Newest first',
  'semver-desc': 'Version, highest first',
  'semver-asc': 'Version, lowest first',
}

/** URL state → the query of list_container_versions. Note the capital S the server reads. */
export function toVersionListParams(search: ContainerDetailSearch): ListVersionsParams {
  return {
    page: search.page,
    size: search.size as 10 | 20 | 50,
    ...(search.status ? { Status: statusCodeOf(search.status) } : {}),
  }
}
