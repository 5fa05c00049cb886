import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { NotFound } from '@/components/not-found'
import { StatusBadge, TypeBadge, VisibilityLabel } from '@/components/ui/badges'
import { Time } from '@/components/ui/time'
import { ensureOrNotFound } from '@/lib/loader-utils'

export const Route = createFileRoute('/containers/$containerId/')({
  loader: ({ context: { queryClient }, params }) =>
    ensureOrNotFound(() => queryClient.ensureQueryData(containerQueries.detail(Number(params.containerId)))),
  notFoundComponent: () => (
    <NotFound title="Container not found">
      <p>No container has this id. It may have been deleted, or the link may be wrong.</p>
    </NotFound>
  ),
  component: ContainerDetailPage,
})

function ContainerDetailPage() {
  const { containerId } = Route.useParams()
  const { data: container } = useSuspenseQuery(containerQueries.detail(Number(containerId)))
  return (
    <article aria-labelledby="container-title">
      <h1 id="container-title" dir="auto">
        {container.name}
      </h1>
      <p>
        <TypeBadge type={container.type} /> <StatusBadge status={container.status} />{' '}
        <VisibilityLabel isPublic={container.is_public} /> · created <Time value={container.created_at} /> ·
        updated <Time value={container.updated_at} />
      </p>
      <h2>Versions ({container.versions.length})</h2>
      <ul>
        {container.versions.map((v) => (
          <li key={v.id}>
            {v.name} <code>{v.image_ref}</code>
          </li>
        ))}
      </ul>
    </article>
  )
}
