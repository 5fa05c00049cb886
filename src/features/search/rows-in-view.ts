/** Rows drawn beyond each edge of the window, so a scroll shows drawn rows while the next ones render. */
export const OVERSCAN = 3

/**
 * Which rows of a list the window shows: rows `start` (included) to `end` (excluded), plus OVERSCAN on
 * each side. The rows are `pitch` px apart and the first one's top is at `listTop` (document px); the
 * window is `viewHeight` tall, scrolled to `scrollY`.
 */
export function rowsInView({
  count,
  pitch,
  listTop,
  scrollY,
  viewHeight,
}: {
  count: number
  pitch: number
  listTop: number
  scrollY: number
  viewHeight: number
}): { start: number; end: number } {
  const clamp = (n: number) => Math.min(count, Math.max(0, n))
  const top = scrollY - listTop
  const start = clamp(Math.floor(top / pitch) - OVERSCAN)
  const end = clamp(Math.ceil((top + viewHeight) / pitch) + OVERSCAN)
  return { start, end: Math.max(start, end) }
}
