import { Link } from '@tanstack/react-router'
import { memo } from 'react'
import type { Container } from '@/api/wire'
import { StatusBadge, TypeBadge, VisibilityLabel } from '@/components/ui/badges'
import { Skeleton } from '@/components/ui/states'
import { Time } from '@/components/ui/time'
import { revealInvisible } from '@/lib/format'

/** The six cells of a container row, shared by the list and the search results. */
export function ContainerCells({ container }: { container: Container }) {
  const name = revealInvisible(container.name)
  return (
    <>
      <td className="name">
        {container.status === 'deleted' ? (
          // A deleted container has no page to open: its name is not a link.
          <span title={`${name} (deleted)`} dir="auto">
            {name}
          </span>
        ) : (
          <Link
            to="/containers/$containerId"
            params={{ containerId: String(container.id) }}
            title={name}
            dir="auto"
          >
            {name}
          </Link>
        )}
      </td>
      <td>
        <TypeBadge type={container.type} />
      </td>
      <td>
        <VisibilityLabel isPublic={container.is_public} />
      </td>
      <td>
        <StatusBadge status={container.status} />
      </td>
      <td>
        <Time value={container.created_at} />
      </td>
      <td>
        <Time value={container.updated_at} />
      </td>
    </>
  )
}

/** One container row. Memoized: paging re-renders only rows whose data changed. */
export const ContainerRow = memo(function ContainerRow({ container }: { container: Container }) {
  return (
    <tr className={container.status === 'deleted' ? 'is-deleted' : undefined}>
      <ContainerCells container={container} />
    </tr>
  )
})

export function ContainerTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Type</th>
        <th scope="col">Visibility</th>
        <th scope="col">Status</th>
        <th scope="col">Created</th>
        <th scope="col">Updated</th>
      </tr>
    </thead>
  )
}

export function ContainerTableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="table-wrap" aria-busy="true">
      <table>
        <caption className="visually-hidden">Loading containers</caption>
        <ContainerTableHead />
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              {[60, 30, 25, 25, 30, 30].map((w, j) => (
                <td key={j}>
                  <Skeleton width={`${w}%`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
