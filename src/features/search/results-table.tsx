import { useEffect, useState } from 'react'
import { afterNextPaint } from '@/lib/after-paint'
import type { Container } from '@/api/wire'
import type { SortDirection } from '@/components/ui/sort-header'
import { ContainerTableHead, type ContainerColumnField } from '@/components/container-table'
import { ResultRow, ROW_HEIGHT, Spacer } from './result-rows'
import type { VirtualRows as VirtualRowsType } from './virtual-rows'

type VirtualRowsComponent = typeof VirtualRowsType

let loading: Promise<VirtualRowsComponent> | undefined

/**
 * Starts loading the virtualizer (once). The search route calls it as soon as its URL asks for a long
 * page, so the chunk downloads with the page's code and data instead of after the first render.
 */
export function preloadVirtualRows(): Promise<VirtualRowsComponent> {
  loading ??= import('./virtual-rows').then(
    (m) => m.VirtualRows,
    (error: unknown) => {
      // Not kept: the next long page tries again (until then, its first screen of rows shows).
      loading = undefined
      throw error
    },
  )
  return loading
}

/**
 * The virtualizer, loaded with the first long page. Held in state rather than React.lazy: a Suspense retry
 * renders in slices, and a scroll between its render and its commit made the virtualizer put the window
 * back where it was at render time (the top, for a user who scrolled while it loaded). A state update from
 * the loaded import renders and commits in one go. Even when preloaded it comes in after the first paint:
 * a screen of plain rows paints sooner than a virtualized first render, whose measuring lays the page out
 * and renders again before anything shows.
 */
function useVirtualRows(wanted: boolean): VirtualRowsComponent | null {
  const [loaded, setLoaded] = useState<{ VirtualRows: VirtualRowsComponent } | null>(null)
  useEffect(() => {
    if (!wanted || loaded) return
    let cancel = () => {}
    let live = true
    preloadVirtualRows().then(
      (VirtualRows) => {
        // After the next frame, so the first screen of rows is painted before the virtualizer measures.
        if (live) cancel = afterNextPaint(() => setLoaded({ VirtualRows }))
      },
      () => undefined,
    )
    return () => {
      live = false
      cancel()
    }
  }, [wanted, loaded])
  return loaded?.VirtualRows ?? null
}

/** Pages up to this long (the default 20, 50, 100) render every row; longer ones are virtualized. */
export const PLAIN_ROWS = 100

/**
 * Until the virtualizer arrives, a long page shows a window's height of rows (more than fit below the page's
 * header): each row rendered costs time before the first one shows, and is replaced once the virtualizer is
 * there.
 */
const firstScreenRows = () => Math.max(20, Math.ceil(window.innerHeight / ROW_HEIGHT))

/**
 * The results as one real table. A long page (250–1,000 rows) is virtualized against the window
 * (virtual-rows.tsx, loaded with the first such page; until then its first screen of rows shows), so only
 * the rows in view are in the DOM. aria-rowcount/aria-rowindex tell assistive technology where each rendered row sits
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

  const firstScreen = firstScreenRows()
  // Rows are keyed by their place on the page (here and in the virtualizer): a next page updates the rows
  // in place rather than replacing them all. Their cells hold no state to carry over.
  const plainRows = (list: Container[]) =>
    list.map((container, index) => <ResultRow key={index} container={container} index={index} />)

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
                {plainRows(items.slice(0, firstScreen))}
                {/* The full page's height, so the window can scroll to where the rows will be. */}
                <Spacer height={Math.max(0, items.length - firstScreen) * ROW_HEIGHT} />
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
