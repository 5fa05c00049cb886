import { memo } from 'react'
import type { ContainerVersion } from '@/api/wire'
import { RowLink } from '@/components/ui/row-link'
import { ImageRefCell } from '@/components/ui/image-ref'
import { TableSkeleton } from '@/components/ui/table-skeleton'
import { Time } from '@/components/ui/time'
import { formatCount, revealInvisible } from '@/lib/format'

/** One version row. Memoized: paging re-renders only rows whose data changed. */
export const VersionRow = memo(function VersionRow({
  containerId,
  version,
  isLatest,
}: {
  containerId: number
  version: ContainerVersion
  isLatest: boolean
}) {
  return (
    <tr>
      <td className="name">
        <RowLink
          link={{
            to: '/containers/$containerId/versions/$versionId',
            params: { containerId, versionId: version.id },
          }}
          title={revealInvisible(version.name)}
        >
          {revealInvisible(version.name)}
        </RowLink>
        {isLatest ? (
          <>
            {' '}
            <span className="badge enabled">Latest</span>
          </>
        ) : null}
      </td>
      <td className="ref">
        <ImageRefCell imageRef={version.image_ref} />
      </td>
      <td className="num" data-label="Usage">
        {formatCount(version.usage)}
      </td>
      <td data-label="Updated">
        <Time value={version.updated_at} />
      </td>
    </tr>
  )
})

export function VersionTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Image reference</th>
        <th scope="col" className="num">
          Usage
        </th>
        <th scope="col">Updated</th>
      </tr>
    </thead>
  )
}

export function VersionTableSkeleton({ rows }: { rows: number }) {
  return (
    <TableSkeleton
      rows={rows}
      widths={[40, 80, 20, 40]}
      head={<VersionTableHead />}
      caption="Loading versions"
    />
  )
}
