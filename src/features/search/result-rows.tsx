import { memo } from 'react'
import type { Container } from '@/api/wire'
import { ContainerCells } from '@/components/container-table'

/** The rows of the search results, used by the plain table (results-table.tsx) and the virtualizer (virtual-rows.tsx). */

/**
 * A table row's height: --row-h (2.25rem) at the 14 px root size, its bottom border inside it (collapsed
 * borders). The virtualizer does not measure table rows (e2e/search.spec.ts checks this figure).
 */
export const ROW_HEIGHT = 31.5
const COLUMNS = 6

export function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  )
}

/** The list page's row (same cells as ContainerRow), plus its position on the page. */
export const ResultRow = memo(function ResultRow({
  container,
  index,
}: {
  container: Container
  index: number
}) {
  return (
    <tr data-index={index} aria-rowindex={index + 2}>
      <ContainerCells container={container} />
    </tr>
  )
})
