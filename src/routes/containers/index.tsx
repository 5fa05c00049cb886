import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { ContainerList } from '@/features/containers/container-list'
import { containersSearch, containersSearchDefaults, hidesDeleted } from '@/features/containers/list-search'

export const Route = createFileRoute('/containers/')({
  validateSearch: containersSearch,
  search: { middlewares: [stripSearchParams(containersSearchDefaults)] },
  loaderDeps: ({ search }) => ({ params: toListParams(search), hideDeleted: hidesDeleted(search) }),
  // Not awaited: the page keeps showing the previous rows (dimmed) while the next page loads.
  loader: ({ context: { queryClient }, deps }) => {
    void queryClient.prefetchQuery(containerQueries.list(deps.params, deps.hideDeleted))
  },
  head: () => ({ meta: [{ title: 'Containers · RCABench' }] }),
  component: ContainerList,
})
