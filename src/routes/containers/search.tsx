import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { preloadVirtualRows, PLAIN_ROWS } from '@/features/search/results-table'
import { SearchPage } from '@/features/search/search-page'
import { containersSearchValidator, searchDefaults } from '@/features/search/search-params'
import { isSearchMissing } from '@/features/search/search-capability'
import { toSearchRequest } from '@/features/search/search-request'

export const Route = createFileRoute('/containers/search')({
  validateSearch: containersSearchValidator,
  search: { middlewares: [stripSearchParams(searchDefaults)] },
  loaderDeps: ({ search }) => ({ search }),
  // Not awaited: the previous results stay on screen (dimmed) while the next ones load.
  loader: ({ context: { queryClient }, deps: { search } }) => {
    // A long page needs the virtualizer: fetched with the data, not after the first render.
    if (search.size > PLAIN_ROWS) void preloadVirtualRows()
    if (isSearchMissing(queryClient))
      void queryClient.prefetchQuery(containerQueries.list(toListParams(search)))
    else void queryClient.prefetchQuery(containerQueries.search(toSearchRequest(search)))
  },
  head: () => ({ meta: [{ title: 'Search containers · RCABench' }] }),
  component: SearchPage,
})
