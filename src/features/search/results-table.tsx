import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useState } from 'react'
import type { Container } from '@/api/wire'
import type { SortDirection } from '@/components/ui/sort-header'
import {
  ContainerCells,
  ContainerTableHead,
  type ContainerColumnField,
} from '@/features/containers/container-table'

/** Matches --row-h plus the cell border; measured rows correct any difference. */
const ROW_HEIGHT = 33
const COLUMNS = 6

/**
 * The results as one real table, virtualized against the window: the page scrolls as a whole (no box in
 * a box), and only the rows in view (plus a margin) are in the DOM, so a 1,000-row page scrolls smoothly.
 * Spacer rows keep the height; aria-rowcount/aria-rowindex tell assistive technology where each rendered
 * row sits in the full page of results.
 */
export function ResultsTable({
  items,
  stale,
  busy,
  caption,
  sort,
  onSort,
}: {
  items: Container[]
  stale: boolean
  busy: boolean
  caption: string
  sort?: { field: string; direction: SortDirection }
  onSort?: (field: ContainerColumnField) => void
}) {
  // Where the table starts in the document: the virtualizer counts window scroll from there.
  const [table, setTable] = useState<HTMLTableElement | null>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const measureTop = useCallback(() => {
    if (table) setScrollMargin(table.getBoundingClientRect().top + window.scrollY)
  }, [table])
  // Re-measured when the rows change (chips and alerts above may have come or gone) and on resize.
  useEffect(() => {
    measureTop()
    window.addEventListener('resize', measureTop)
    return () => window.removeEventListener('resize', measureTop)
  }, [measureTop, items])

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
    initialRect: { width: 1000, height: 800 },
  })

  // A new page starts at its top: if the window is scrolled past the table's start, go back to it.
  useEffect(() => {
    if (table && table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: 'start' })
  }, [items, table])

  const rows = virtualizer.getVirtualItems()
  const total = virtualizer.getTotalSize()
  const before = rows.length ? rows[0]!.start - scrollMargin : 0
  const after = rows.length ? total - (rows[rows.length - 1]!.end - scrollMargin) : 0

  return (
    <div
      className={`table-wrap search-results cards-on-mobile${stale ? ' is-stale' : ''}`}
      role="region"
      aria-label={caption}
      aria-busy={busy}
    >
      <table ref={setTable} aria-rowcount={items.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <ContainerTableHead sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          {before > 0 ? <Spacer height={before} /> : null}
          {rows.map((row) => (
            <ResultRow
              key={row.key}
              container={items[row.index]!}
              index={row.index}
              measure={virtualizer.measureElement}
            />
          ))}
          {after > 0 ? <Spacer height={after} /> : null}
        </tbody>
      </table>
    </div>
  )
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  )
}

/** The list page's row (same cells as ContainerRow), plus its position for virtualization. */
const ResultRow = memo(function ResultRow({
  container,
  index,
  measure,
}: {
  container: Container
  index: number
  measure: (node: Element | null) => void
}) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <ContainerCells container={container} />
    </tr>
  )
})
