import { memo } from 'react'
import type { Container } from '@/api/wire'
import { RowLink } from '@/components/ui/row-link'
import { StatusBadge, TypeBadge, VisibilityLabel } from '@/components/ui/badges'
import { SortHeader, type SortDirection } from '@/components/ui/sort-header'
import { TableSkeleton } from '@/components/ui/table-skeleton'
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
          <RowLink
            link={{ to: '/containers/$containerId', params: { containerId: container.id } }}
            title={name}
          >
            {name}
          </RowLink>
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
      <td data-label="Created" className="created">
        <Time value={container.created_at} />
      </td>
      <td data-label="Updated">
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

/** The columns, with the search field each one sorts by. */
export const CONTAINER_COLUMNS = [
  { label: 'Name', field: 'name' },
  { label: 'Type', field: 'type' },
  { label: 'Visibility', field: 'is_public' },
  { label: 'Status', field: 'status' },
  { label: 'Created', field: 'created_at' },
  { label: 'Updated', field: 'updated_at' },
] as const
export type ContainerColumnField = (typeof CONTAINER_COLUMNS)[number]['field']

/**
 * The header row. With `onSort` (the search endpoint sorts) every column header sorts; without it (the
 * list endpoint has no sort parameter: always newest first) Created shows that fixed order.
 */
export function ContainerTableHead({
  sort,
  onSort,
  rowIndex,
}: {
  sort?: { field: string; direction: SortDirection }
  onSort?: (field: ContainerColumnField) => void
  rowIndex?: number
} = {}) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {CONTAINER_COLUMNS.map((c) =>
          onSort ? (
            <SortHeader
              key={c.field}
              label={c.label}
              direction={sort?.field === c.field ? sort.direction : undefined}
              onSort={() => onSort(c.field)}
            />
          ) : (
            <SortHeader
              key={c.field}
              label={c.label}
              direction={c.field === 'created_at' ? 'desc' : undefined}
              fixedNote="The list is always newest first (its endpoint cannot sort); sort any column in Search."
            />
          ),
        )}
      </tr>
    </thead>
  )
}

export function ContainerTableSkeleton({ rows }: { rows: number }) {
  return (
    <TableSkeleton
      rows={rows}
      widths={[60, 30, 25, 25, 30, 30]}
      head={<ContainerTableHead />}
      caption="Loading containers"
    />
  )
}
