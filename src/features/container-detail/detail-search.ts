import type { ListVersionsParams } from '@/api/versions'
import { statusCodeOf, statusNames } from '@/api/enums'
import {
  coerced,
  number,
  object,
  oneOf,
  optionalKey,
  positiveInteger,
  refine,
  withFallback,
  type Infer,
} from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

/**
 * The container page's URL state: the active tab and the versions table's page, size, status filter and
 * sort. Invalid values fall back to their defaults, and defaults stay out of the URL.
 */
export const VERSION_PAGE_SIZES = [10, 20, 50] as const
export const DETAIL_TABS = ['overview', 'versions'] as const
export const VERSION_SORTS = ['newest', 'semver-desc', 'semver-asc'] as const

export type DetailTab = (typeof DETAIL_TABS)[number]
export type VersionSort = (typeof VERSION_SORTS)[number]

const readSearch = object({
  tab: oneOf(DETAIL_TABS, 'overview'),
  page: withFallback(coerced(positiveInteger), 1),
  size: withFallback(
    coerced(refine(number, (n) => (VERSION_PAGE_SIZES as readonly number[]).includes(n), 'a page size')),
    10,
  ),
  status: optionalKey(oneOf(statusNames)),
  sort: oneOf(VERSION_SORTS, 'newest'),
})

export type ContainerDetailSearch = Infer<typeof readSearch>
/** validateSearch of /containers/$containerId. Links may leave out any key. */
export const containerDetailSearch = searchValidator(readSearch)
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
