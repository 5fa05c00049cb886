import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import fc from 'fast-check'
import { statusNames, typeNames } from '@/api/enums'
import { FIELDS, fieldNames, type FilterSpec } from './search-model'
import {
  containersSearchQuery,
  searchParamProblems,
  withoutDefaults,
  type SearchState,
} from './search-params'

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '')

/** Valid filters for each field and operator, built from the model itself. */
const filter: fc.Arbitrary<FilterSpec> = fc.constantFrom(...fieldNames).chain((field) => {
  const info = FIELDS[field]
  const one =
    info.kind === 'date'
      ? date
      : info.kind === 'integer'
        ? fc.integer({ min: -5, max: 99999 }).map(String)
        : info.kind === 'enum'
          ? fc.constantFrom(...info.options!.map((o) => o.value))
          : word
  return fc.constantFrom(...info.operators).chain((operator): fc.Arbitrary<FilterSpec> => {
    if (operator === 'null' || operator === 'nnull') return fc.constant({ field, operator })
    if (operator === 'dbetween')
      return fc.tuple(date, date).map(([a, b]) => ({ field, operator, values: a <= b ? [a, b] : [b, a] }))
    if (operator === 'in' || operator === 'nin')
      return fc
        .uniqueArray(one, { minLength: 1, maxLength: 4 })
        .map((values) => ({ field, operator, values }))
    if (['deq', 'dafter', 'dbefore'].includes(operator))
      return date.map((value) => ({ field, operator, value }))
    return one.map((value) => ({ field, operator, value }))
  })
})

const range = fc
  .option(fc.tuple(date, date), { nil: undefined })
  .map((r) => (r ? (r[0] <= r[1] ? r : [r[1], r[0]]) : []))

const searchState: fc.Arbitrary<SearchState> = fc
  .record({
    page: fc.integer({ min: 1, max: 10_000 }),
    size: fc.integer({ min: 1, max: 1000 }),
    q: fc.string({ maxLength: 20 }),
    type: fc.option(fc.constantFrom(...typeNames), { nil: undefined }),
    status: fc.option(fc.constantFrom(...statusNames), { nil: undefined }),
    visibility: fc.option(fc.constantFrom('public' as const, 'private' as const), { nil: undefined }),
    created: range,
    updated: range,
    filters: fc.array(filter, { maxLength: 4 }),
    sort: fc.uniqueArray(
      fc.record({
        field: fc.constantFrom(...fieldNames),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      { maxLength: 4, selector: (s) => s.field },
    ),
  })
  .map(({ created, updated, ...rest }) => ({
    ...rest,
    createdFrom: created[0],
    createdTo: created[1],
    updatedFrom: updated[0],
    updatedTo: updated[1],
  }))

/** What the router does to a URL: stringify the (default-stripped) state, then parse and validate it. */
const roundTrip = (s: SearchState) =>
  containersSearchQuery.parse(defaultParseSearch(defaultStringifySearch(withoutDefaults(s))))

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

  it('keeps defaults out of the URL', () => {
    expect(defaultStringifySearch(withoutDefaults(containersSearchQuery.parse({})))).toBe('')
  })

  it('falls back to defaults key by key for a broken URL, and says which', () => {
    const raw = defaultParseSearch(
      '?page=-2&size=5000&type=rocket&status=enabled&createdFrom=2025-02-30&filters=%5B%7B%22field%22%3A%22image%22%7D%5D&sort=oops',
    )
    const s = containersSearchQuery.parse(raw)
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
      expect(containersSearchQuery.parse({ filters }).filters).toEqual([])
      expect(searchParamProblems({ filters })).toEqual(['advanced filters'])
    }
    const reversed = { createdFrom: '2025-03-01', createdTo: '2025-01-01' }
    expect(containersSearchQuery.parse(reversed)).toMatchObject({
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
    expect(containersSearchQuery.parse({ sort }).sort).toEqual([])
    expect(containersSearchQuery.parse({ sort: [{ field: 'id', direction: 'ASC' }] }).sort).toEqual([])
  })
})
