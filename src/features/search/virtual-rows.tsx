import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { Container } from '@/api/wire'
import { ResultRow, ROW_HEIGHT, Spacer } from './result-rows'

/** Below this width the rows are cards (styles.css `.cards-on-mobile`), each as tall as its content. */
const CARDS = '(max-width: 760px)'
const cardQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(CARDS) : null)
const subscribeCards = (onChange: () => void) => {
  const query = cardQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}
const isCards = () => cardQuery()?.matches ?? false
/** A card's usual height (two lines of cells at 390 px); each card is measured as it renders. */
const CARD_ESTIMATE = 61

/**
 * A long page of results (loaded with it, so short pages do not carry the virtualizer), virtualized against
 * the window: the page scrolls as a whole (no box in a box), and only the rows in view (plus a margin) are
 * in the DOM, so a 1,000-row page scrolls smoothly. Spacer rows keep the height.
 */
export function VirtualRows({ items, table }: { items: Container[]; table: HTMLTableElement | null }) {
  // Where the table starts in the document: the virtualizer counts window scroll from there. Read again
  // whenever the page's layout changes size (new rows, chips or alerts above it come or go, a resize), from
  // a ResizeObserver: its callback runs after the browser's own layout, so reading the position forces
  // none (measuring in an effect on each new page laid the whole page out twice before it painted).
  const [scrollMargin, setScrollMargin] = useState(0)
  useEffect(() => {
    if (!table) return
    const observer = new ResizeObserver(() =>
      setScrollMargin(table.getBoundingClientRect().top + window.scrollY),
    )
    observer.observe(document.documentElement)
    observer.observe(table)
    return () => observer.disconnect()
  }, [table])

  // Table rows are all ROW_HEIGHT tall, so they are not measured (measuring each new row made the browser
  // lay the page out as it rendered them); cards are measured. Switching forgets what was measured.
  const cards = useSyncExternalStore(subscribeCards, isCards, () => false)
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => (cards ? CARD_ESTIMATE : ROW_HEIGHT),
    overscan: 3,
    scrollMargin,
    initialRect: { width: 1000, height: 800 },
    // The virtualizer only hears scroll events from its mount on: a page already scrolled (while this
    // chunk loaded, or by a restored position) must start from where the window is, not from the top.
    initialOffset: () => window.scrollY,
  })

  const layout = useRef(cards)
  useEffect(() => {
    if (layout.current === cards) return
    layout.current = cards
    virtualizer.measure()
  }, [cards, virtualizer])

  const rows = virtualizer.getVirtualItems()
  const total = virtualizer.getTotalSize()
  const before = rows.length ? rows[0]!.start - scrollMargin : 0
  const after = rows.length ? total - (rows[rows.length - 1]!.end - scrollMargin) : 0

  return (
    <>
      {before > 0 ? <Spacer height={before} /> : null}
      {rows.map((row) => (
        <ResultRow
          key={row.key}
          container={items[row.index]!}
          index={row.index}
          measure={cards ? virtualizer.measureElement : undefined}
        />
      ))}
      {after > 0 ? <Spacer height={after} /> : null}
    </>
  )
}
