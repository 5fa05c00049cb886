import { useEffect, useState } from 'react'
import type { Container } from '@/api/wire'
import type { SortDirection } from '@/components/ui/sort-header'
import { ContainerTableHead, type ContainerColumnField } from '@/components/container-table'
import { ResultRow, ROW_HEIGHT, Spacer } from './result-rows'
import type { VirtualRows as VirtualRowsType } from './virtual-rows'

type VirtualRowsComponent = typeof VirtualRowsType

/**
 * The virtualizer, loaded with the first long page. Held in state rather than React.lazy: a Suspense retry
 * renders in slices, and a scroll between its render and its commit made the virtualizer put the window
 * back where it was at render time (the top, for a user who scrolled while it loaded). A state update from
 * the loaded import renders and commits in one go.
 */
function useVirtualRows(wanted: boolean): VirtualRowsComponent | null {
  const [loaded, setLoaded] = useState<{ VirtualRows: VirtualRowsComponent } | null>(null)
  useEffect(() => {
    if (!wanted || loaded) return
    let live = true
    void import('./virtual-rows').then((m) => {
      if (live) setLoaded({ VirtualRows: m.VirtualRows })
    })
    return () => {
      live = false
    }
  }, [wanted, loaded])
  return loaded?.VirtualRows ?? null
}

/** Pages up to this long (the default 20, 50, 100) render every row; longer ones are virtualized. */
const PLAIN_ROWS = 100

/**
 * The results as one real table. A long page (250–1,000 rows) is virtualized against the window
 * (virtual-rows.tsx, loaded with the first such page; until then its first rows show), so only the rows in
 * view are in the DOM. aria-rowcount/aria-rowindex tell assistive technology where each rendered row sits
 * in the full page of results.
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
  const VirtualRows = useVirtualRows(items.length > PLAIN_ROWS)

  // A new page starts at its top: if the window is scrolled past the table's start, go back to it.
  useEffect(() => {
    if (table && table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: 'start' })
  }, [items, table])

  const plainRows = (list: Container[]) =>
    list.map((container, index) => <ResultRow key={container.id} container={container} index={index} />)

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
            VirtualRows ? (
              <VirtualRows items={items} table={table} />
            ) : (
              <>
                {plainRows(items.slice(0, PLAIN_ROWS))}
                {/* The full page's height, so the window can scroll to where the rows will be. */}
                <Spacer height={(items.length - PLAIN_ROWS) * ROW_HEIGHT} />
              </>
            )
          ) : (
            plainRows(items)
          )}
        </tbody>
      </table>
    </div>
  )
}
