import { createFileRoute } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { RouteError } from '@/components/route-error'
import { EditContainerPage } from '@/features/container-form/edit-container-form'
import { ContainerGone } from '@/features/container-manage/container-gone'
import { revealInvisible } from '@/lib/format'
import { ensureOrNotFound } from '@/app/loader-utils'

export const Route = createFileRoute('/containers/$containerId/edit')({
  loader: async ({ context: { queryClient }, params }) => {
    const id = params.containerId
    const container = await ensureOrNotFound(() => queryClient.ensureQueryData(containerQueries.detail(id)))
    return { title: revealInvisible(container.name) }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: loaderData ? `Edit ${loaderData.title} · RCABench` : 'Edit container · RCABench' }],
  }),
  errorComponent: RouteError,
  notFoundComponent: ContainerGone,
  component: EditContainerPage,
})
