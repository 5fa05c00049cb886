import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
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
  // Where the table starts in the document: the virtualizer counts window scroll from there.
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

  // Table rows are all ROW_HEIGHT tall, so they are not measured (measuring each new row made the browser
  // lay the page out as it rendered them); cards are measured. Switching forgets what was measured.
  const cards = useSyncExternalStore(subscribeCards, isCards, () => false)
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => (cards ? CARD_ESTIMATE : ROW_HEIGHT),
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
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
