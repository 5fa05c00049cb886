import { describe, expect, it } from 'vitest'
import { OVERSCAN, rowsInView } from './rows-in-view'

const page = { count: 1000, pitch: 30, listTop: 300, viewHeight: 900 }

describe('rowsInView', () => {
  it('at the top of the page: the rows below the header that fit, and the overscan after them', () => {
    // The window shows document px 0–900, the rows 300–900: rows 0–19.
    expect(rowsInView({ ...page, scrollY: 0 })).toEqual({ start: 0, end: 20 + OVERSCAN })
  })

  it('scrolled into the list: the rows in the window and the overscan on both sides', () => {
    // Window 3300–4200 → rows 100 to 129 (130 excluded).
    expect(rowsInView({ ...page, scrollY: 3300 })).toEqual({ start: 100 - OVERSCAN, end: 130 + OVERSCAN })
    // Half a row further: row 100 is half hidden but still drawn, and row 130 comes in.
    expect(rowsInView({ ...page, scrollY: 3315 })).toEqual({ start: 100 - OVERSCAN, end: 131 + OVERSCAN })
  })

  it('at the end: stops at the last row', () => {
    expect(rowsInView({ ...page, scrollY: 300 + 1000 * 30 - 600 })).toEqual({
      start: 980 - OVERSCAN,
      end: 1000,
    })
  })

  it('past the list (a page shorter than where the window was) or before it: an empty or clamped range', () => {
    expect(rowsInView({ ...page, count: 394, scrollY: 20_000 })).toEqual({ start: 394, end: 394 })
    expect(rowsInView({ ...page, listTop: 5000, scrollY: 0 })).toEqual({ start: 0, end: 0 })
    expect(rowsInView({ ...page, count: 0, scrollY: 0 })).toEqual({ start: 0, end: 0 })
  })
})
