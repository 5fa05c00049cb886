import { useEffect, useState, useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'
import type { Container } from '@/api/wire'
import { ResultRow, ROW_HEIGHT, Spacer } from './result-rows'
import { rowsInView } from './rows-in-view'

/** Below this width the rows are cards (styles.css `.cards-on-mobile`). */
const CARDS = '(max-width: 760px)'
const cardQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(CARDS) : null)
const subscribeCards = (onChange: () => void) => {
  const query = cardQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}
const isCards = () => cardQuery()?.matches ?? false
/** A card's usual distance from the next at 390 px (two lines of cells), until the drawn ones are measured. */
const CARD_ESTIMATE = 69

const sameRange = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start === b.start && a.end === b.end

/**
 * A long page of results, virtualized against the window: the page scrolls as a whole (no box in a box),
 * and only the rows in view (plus a few) are in the DOM, with spacer rows for the rest of the height.
 *
 * Table rows are all ROW_HEIGHT tall, so which rows are in view is arithmetic on the window's scroll
 * (rows-in-view.ts): nothing is measured as rows render, and a scroll that stays within the same rows
 * renders nothing. Cards (phones) wrap to their content, so their spacing is read from the drawn cards.
 * Hand-written rather than @tanstack/react-virtual: with rows of one height this is all of the work, and
 * the library cost the 1,000-row page 0.18 MiB of heap and 10 KiB of gzip.
 */
export function VirtualRows({ items, table }: { items: Container[]; table: HTMLTableElement | null }) {
  const cards = useSyncExternalStore(subscribeCards, isCards, () => false)
  const [cardPitch, setCardPitch] = useState(CARD_ESTIMATE)
  const pitch = cards ? cardPitch : ROW_HEIGHT
  const count = items.length
  // Until the table is laid out, the window's height in rows from the top.
  const [range, setRange] = useState(() =>
    rowsInView({ count, pitch, listTop: 0, scrollY: 0, viewHeight: window.innerHeight }),
  )

  useEffect(() => {
    const body = table?.tBodies[0]
    if (!body) return
    // Where the rows start in the document, read from a ResizeObserver whenever the page's layout changes
    // size (new rows, chips or alerts above them, a resize): its callback runs after the browser's own
    // layout, so reading positions (and the scroll position: window.scrollY lays out a changed page too)
    // there forces none.
    let listTop = 0
    const place = () => {
      const next = rowsInView({
        count,
        pitch,
        listTop,
        scrollY: window.scrollY,
        viewHeight: window.innerHeight,
      })
      setRange((current) => (sameRange(current, next) ? current : next))
    }
    const observer = new ResizeObserver(() => {
      listTop = body.getBoundingClientRect().top + window.scrollY
      if (cards) {
        const drawn = body.querySelectorAll('tr[data-index]')
        if (drawn.length > 1) {
          const first = drawn[0]!.getBoundingClientRect().top
          const last = drawn[drawn.length - 1]!.getBoundingClientRect().top
          const measured = (last - first) / (drawn.length - 1)
          setCardPitch((current) => (Math.abs(current - measured) < 0.5 ? current : measured))
        }
      }
      place()
    })
    observer.observe(document.documentElement)
    observer.observe(table)
    // Rendered before the browser paints the scrolled frame, so a scroll never shows an empty spacer.
    const onScroll = () => flushSync(place)
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', place)
    // Not placed here: reading the scroll position now would lay the page out before its first paint. The
    // observer reports once the browser has (it always does once observing starts), and places the rows.
    return () => {
      observer.disconnect()
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', place)
    }
  }, [table, count, pitch, cards])

  // A shorter page than the range was placed for (the last page) renders what it has until placed again.
  const start = Math.min(range.start, count)
  const end = Math.min(range.end, count)
  return (
    <>
      {start > 0 ? <Spacer height={start * pitch} /> : null}
      {items.slice(start, end).map((container, i) => (
        // Keyed by place on the page, like the plain rows: a next page updates rows in place.
        <ResultRow key={start + i} container={container} index={start + i} />
      ))}
      {end < count ? <Spacer height={(count - end) * pitch} /> : null}
    </>
  )
}
