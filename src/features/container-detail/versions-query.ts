import {
  keepPreviousData,
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query'
import { versionKeys, versionQueries, type ListVersionsParams } from '@/api/versions'
import type { ContainerVersion, Page } from '@/api/wire'
import { sortVersionsDesc } from '@/lib/semver'
import { toVersionListParams, type ContainerDetailSearch } from './detail-search'

const FETCH_ALL_SIZE = 50

/**
 * Every version matching the status filter, read through list_container_versions 50 at a time (the server
 * can only order by creation time, so semantic order needs the whole list). Each page lands in the same
 * cache entries the paged table uses.
 */
export const allVersionsQuery = (
  queryClient: QueryClient,
  containerId: number,
  status: ListVersionsParams['Status'],
) =>
  queryOptions({
    queryKey: [...versionKeys.all(containerId), 'all', { Status: status }] as const,
    queryFn: async (): Promise<ContainerVersion[]> => {
      const params = (page: number): ListVersionsParams => ({
        page,
        size: FETCH_ALL_SIZE,
        ...(status === undefined ? {} : { Status: status }),
      })
      const first = await queryClient.fetchQuery(versionQueries.list(containerId, params(1)))
      const pages = Array.from({ length: Math.max(first.pagination.total_pages - 1, 0) }, (_, i) => i + 2)
      const rest = await Promise.all(
        pages.map((page) => queryClient.fetchQuery(versionQueries.list(containerId, params(page)))),
      )
      return [first, ...rest].flatMap((p) => p.items)
    },
    placeholderData: keepPreviousData,
  })

/** One page of an already-complete list, shaped like the server's page. */
export function pageLocally<T>(items: T[], page: number, size: number): Page<T> {
  return {
    items: items.slice((page - 1) * size, page * size),
    pagination: { page, size, total: items.length, total_pages: Math.ceil(items.length / size) },
  }
}

/** Versions in the order the user picked: the server's (newest created first) or semantic order. */
export function sortVersions(
  items: ContainerVersion[],
  sort: ContainerDetailSearch['sort'],
): ContainerVersion[] {
  if (sort === 'newest') return items
  const desc = sortVersionsDesc(items)
  return sort === 'semver-desc' ? desc : desc.reverse()
}

export type VersionRowsState = {
  data: Page<ContainerVersion> | undefined
  isPending: boolean
  isError: boolean
  error: unknown
  isPlaceholderData: boolean
  isFetching: boolean
  refetch: () => void
}

/** The rows of the versions table for the URL state, with the query's loading and error state. */
export function useVersionRows(containerId: number, search: ContainerDetailSearch): VersionRowsState {
  const queryClient = useQueryClient()
  const params = toVersionListParams(search)
  const bySemver = search.sort !== 'newest'
  const paged = useQuery({ ...versionQueries.list(containerId, params), enabled: !bySemver })
  const all = useQuery({ ...allVersionsQuery(queryClient, containerId, params.Status), enabled: bySemver })
  const query = bySemver ? all : paged
  return {
    data: bySemver
      ? all.data && pageLocally(sortVersions(all.data, search.sort), search.page, search.size)
      : paged.data,
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    isPlaceholderData: query.isPlaceholderData,
    isFetching: query.isFetching,
    refetch: () => void query.refetch(),
  }
}

/** Starts loading the versions table for this URL state (errors surface when the table renders). */
export function prefetchVersionRows(
  queryClient: QueryClient,
  containerId: number,
  search: Pick<ContainerDetailSearch, 'page' | 'size' | 'status' | 'sort'>,
) {
  const params = toVersionListParams({ ...search, tab: 'versions' })
  void (search.sort === 'newest'
    ? queryClient.prefetchQuery(versionQueries.list(containerId, params))
    : queryClient.prefetchQuery(allVersionsQuery(queryClient, containerId, params.Status)))
}
