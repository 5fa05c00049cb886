import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { waitBriefly } from '@/app/loader-utils'
import { ContainerList } from '@/features/containers/container-list'
import { containersSearch, containersSearchDefaults, hidesDeleted } from '@/features/containers/list-search'

export const Route = createFileRoute('/containers/')({
  validateSearch: containersSearch,
  search: { middlewares: [stripSearchParams(containersSearchDefaults)] },
  loaderDeps: ({ search }) => ({ params: toListParams(search), hideDeleted: hidesDeleted(search) }),
  // Not awaited on a page change: the page keeps showing the previous rows (dimmed) while the next page
  // loads. On entering, the rows are waited for briefly, so they are in the first render.
  loader: ({ context: { queryClient }, deps, cause }) => {
    const load = queryClient.prefetchQuery(containerQueries.list(deps.params, deps.hideDeleted))
    return cause === 'enter' ? waitBriefly(load) : undefined
  },
  head: () => ({ meta: [{ title: 'Containers · RCABench' }] }),
  component: ContainerList,
})
