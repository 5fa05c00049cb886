import { createFileRoute, stripSearchParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { RouteError } from '@/components/route-error'
import { ContainerDetailPage } from '@/features/container-detail/container-detail-page'
import { ContainerDetailSkeleton } from '@/features/container-detail/container-detail-skeleton'
import {
  containerDetailSearch,
  containerDetailSearchDefaults,
} from '@/features/container-detail/detail-search'
import { prefetchVersionRows } from '@/features/container-detail/versions-query'
import { ContainerGone } from '@/features/container-manage/container-gone'
import { ContainerManageActions } from '@/features/container-manage/manage-actions'
import { ensureOrNotFound } from '@/app/loader-utils'
import { revealInvisible } from '@/lib/format'

export const Route = createFileRoute('/containers/$containerId/')({
  validateSearch: containerDetailSearch,
  search: { middlewares: [stripSearchParams(containerDetailSearchDefaults)] },
  loaderDeps: ({ search: { page, size, status, sort } }) => ({ page, size, status, sort }),
  loader: async ({ context: { queryClient }, params, deps }) => {
    const id = params.containerId
    // Not awaited: the versions tab is ready by the time it is opened, and never holds up the page.
    prefetchVersionRows(queryClient, id, deps)
    const container = await ensureOrNotFound(() => queryClient.ensureQueryData(containerQueries.detail(id)))
    return { title: revealInvisible(container.name) }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: loaderData ? `${loaderData.title} · Containers · RCABench` : 'Container · RCABench' }],
  }),
  pendingComponent: ContainerDetailSkeleton,
  errorComponent: RouteError,
  notFoundComponent: ContainerGone,
  component: ContainerRoute,
})

function ContainerRoute() {
  return <ContainerDetailPage actions={<ContainerManageActions />} />
}
