import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { waitBriefly } from '@/app/loader-utils'
import { SearchPage } from '@/features/search/search-page'
import { containersSearchValidator, searchDefaults } from '@/features/search/search-params'
import { isSearchMissing } from '@/features/search/search-capability'
import { toSearchRequest } from '@/features/search/search-request'

export const Route = createFileRoute('/containers/search')({
  validateSearch: containersSearchValidator,
  search: { middlewares: [stripSearchParams(searchDefaults)] },
  loaderDeps: ({ search }) => ({ search }),
  // Not awaited on a page change: the previous results stay on screen (dimmed) while the next ones load.
  // On entering, the results are waited for briefly, so they are in the first render.
  loader: ({ context: { queryClient }, deps: { search }, cause }) => {
    const load = isSearchMissing(queryClient)
      ? queryClient.prefetchQuery(containerQueries.list(toListParams(search)))
      : queryClient.prefetchQuery(containerQueries.search(toSearchRequest(search)))
    return cause === 'enter' ? waitBriefly(load) : undefined
  },
  head: () => ({ meta: [{ title: 'Search containers · RCABench' }] }),
  component: SearchPage,
})
