import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import fc from 'fast-check'
import { searchState } from '@/test/arbitraries'
import { repairedLinkProblems, searchParamProblems } from './link-problems'
import { containersSearchQuery, withoutDefaults, type SearchState } from './search-params'

/** What the router does to a URL: stringify the (default-stripped) state, then parse and validate it. */
const roundTrip = (s: SearchState) =>
  containersSearchQuery(defaultParseSearch(defaultStringifySearch(withoutDefaults(s))))

const defined = (s: SearchState) => JSON.parse(JSON.stringify(s)) as unknown

describe('search URL', () => {
  it('round-trips any valid query through the URL', () => {
    fc.assert(
      fc.property(searchState, (s) => {
        expect(defined(roundTrip(s))).toEqual(defined(s))
      }),
      { numRuns: 300 },
    )
  })

  it('names the repairs of a broken link only while the page shows what it was repaired into', () => {
    const raw = defaultParseSearch('?size=abc&status=enabled')
    const repaired = containersSearchQuery(raw)
    expect(repairedLinkProblems(raw, repaired)).toEqual(['page size (1–1,000)'])
    expect(repairedLinkProblems(raw, { ...repaired, status: 'disabled' })).toEqual([])
    expect(repairedLinkProblems(defaultParseSearch('?status=enabled'), repaired)).toEqual([])
  })

  it('keeps defaults out of the URL', () => {
    expect(defaultStringifySearch(withoutDefaults(containersSearchQuery({})))).toBe('')
  })

  it('falls back to defaults key by key for a broken URL, and says which', () => {
    const raw = defaultParseSearch(
      '?page=-2&size=5000&type=rocket&status=enabled&createdFrom=2025-02-30&filters=%5B%7B%22field%22%3A%22image%22%7D%5D&sort=oops',
    )
    const s = containersSearchQuery(raw)
    expect(s).toMatchObject({ page: 1, size: 20, type: undefined, status: 'enabled', filters: [], sort: [] })
    expect(s.createdFrom).toBeUndefined()
    expect(searchParamProblems(raw)).toEqual([
      'page number',
      'page size (1–1,000)',
      'type',
      'created from',
      'advanced filters',
      'sort',
    ])
    expect(searchParamProblems(defaultParseSearch('?q=x&size=1000'))).toEqual([])
  })

  it('rejects filters the server would reject or misread, and reversed ranges', () => {
    const bad = [
      [{ field: 'name', operator: 'in', values: [] }],
      [{ field: 'created_at', operator: 'dbetween', values: ['2025-01-01'] }],
      [{ field: 'name', operator: 'like' }],
      [{ field: 'user_id', operator: 'eq', value: '1' }],
    ]
    for (const filters of bad) {
      expect(containersSearchQuery({ filters }).filters).toEqual([])
      expect(searchParamProblems({ filters })).toEqual(['advanced filters'])
    }
    const reversed = { createdFrom: '2025-03-01', createdTo: '2025-01-01' }
    expect(containersSearchQuery(reversed)).toMatchObject({
      createdFrom: undefined,
      createdTo: undefined,
    })
    expect(searchParamProblems(reversed)).toEqual(['created date range (it ends before it starts)'])
  })

  it('rejects a sort that names a column twice', () => {
    const sort = [
      { field: 'id', direction: 'asc' },
      { field: 'id', direction: 'desc' },
    ]
    expect(containersSearchQuery({ sort }).sort).toEqual([])
    expect(containersSearchQuery({ sort: [{ field: 'id', direction: 'ASC' }] }).sort).toEqual([])
  })
})
