import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { NotFound } from '@/components/not-found'
import { Time } from '@/components/ui/time'
import { deletedContainer } from '@/lib/deleted-containers'
import { revealInvisible } from '@/lib/format'
import { parseId } from '@/app/loader-utils'

/**
 * What a container's address shows when the server does not serve it. The server answers a deleted
 * container exactly like a missing one, so the page says "deleted" only where the dashboard can know:
 * it was deleted from this browser, or the server still lists that id with the status "deleted".
 */
export function ContainerGone() {
  const params = useParams({ strict: false }) as { containerId?: string }
  const id = parseId(params.containerId ?? '')
  const local = id === null ? undefined : deletedContainer(id)
  const lookup = useQuery({
    ...containerQueries.search({
      page: 1,
      size: 1,
      filters: [{ field: 'id', operator: 'eq', value: String(id) }],
    }),
    enabled: id !== null && !local,
    retry: false,
  })
  const listed = lookup.data?.items.find((c) => c.id === id && c.status === 'deleted')

  if (local || listed) {
    const name = revealInvisible(local?.name ?? listed?.name ?? '')
    return (
      <NotFound title="Container deleted">
        <p>
          The container <strong dir="auto">{name}</strong> was deleted
          {local ? (
            <>
              {' '}
              from this browser <Time value={new Date(local.deletedAt).toISOString()} />
            </>
          ) : null}
          , together with all its versions. A deleted container cannot be restored.
        </p>
      </NotFound>
    )
  }
  if (id !== null && lookup.isPending)
    return (
      <section className="state" aria-busy="true">
        <p role="status">Looking up this container…</p>
      </section>
    )
  return (
    <NotFound title="Container not found">
      <p>No container has this id. It may have been deleted, or the link may be wrong.</p>
    </NotFound>
  )
}
