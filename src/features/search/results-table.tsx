import { useState } from 'react'
import type { Container } from '@/api/wire'
import type { SortDirection } from '@/components/ui/sort-header'
import { ContainerTableHead, type ContainerColumnField } from '@/components/container-table'
import { ResultRow } from './result-rows'
import { VirtualRows } from './virtual-rows'

/** Pages up to this long (the default 20, 50, 100) render every row; longer ones are virtualized. */
export const PLAIN_ROWS = 100

/**
 * The results as one real table. A long page (250–1,000 rows) is virtualized against the window
 * (virtual-rows.tsx), so only the rows in view are in the DOM. aria-rowcount/aria-rowindex tell assistive
 * technology where each rendered row sits in the full page of results.
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
  const [table, setTable] = useState<HTMLTableElement | null>(null)

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
          {items.length > PLAIN_ROWS ? (
            <VirtualRows items={items} table={table} />
          ) : (
            // Keyed by place on the page (as in the virtualizer): a next page updates the rows in place
            // rather than replacing them all. Their cells hold no state to carry over.
            items.map((container, index) => <ResultRow key={index} container={container} index={index} />)
          )}
        </tbody>
      </table>
    </div>
  )
}
