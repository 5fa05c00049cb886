import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useRef } from 'react'
import type { Container } from '@/api/wire'
import { ContainerCells } from '@/features/containers/container-table'

/** Matches --row-h plus the cell border; measured rows correct any difference. */
const ROW_HEIGHT = 41
const COLUMNS = 6

/**
 * The results as one real table, virtualized: only the rows in view (plus a margin) are in the DOM, so a
 * 1,000-row page scrolls smoothly. Spacer rows keep the scroll height; aria-rowcount/aria-rowindex tell
 * assistive technology where each rendered row sits in the full page of results.
 */
export function ResultsTable({
  items,
  stale,
  busy,
  caption,
}: {
  items: Container[]
  stale: boolean
  busy: boolean
  caption: string
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => items[index]?.id ?? index,
    initialRect: { width: 1000, height: 600 },
  })

  // A new page starts at its top.
  useEffect(() => {
    virtualizer.scrollToOffset(0)
  }, [items, virtualizer])

  const rows = virtualizer.getVirtualItems()
  const total = virtualizer.getTotalSize()
  const before = rows[0]?.start ?? 0
  const after = rows.length ? total - rows[rows.length - 1]!.end : 0

  return (
    <div
      ref={scrollRef}
      className={`table-wrap search-results${stale ? ' is-stale' : ''}`}
      role="region"
      aria-label={caption}
      aria-busy={busy}
      // Scrollable, so reachable by keyboard (arrow keys and Page Down scroll it).
      tabIndex={0}
    >
      <table aria-rowcount={items.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {['Name', 'Type', 'Visibility', 'Status', 'Created', 'Updated'].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
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
