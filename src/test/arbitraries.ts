import fc from 'fast-check'
import { statusNames, typeNames } from '@/api/enums'
import { FIELDS } from '@/features/search/search-model'
import { fieldNames, type FilterSpec } from '@/features/search/search-rules'
import type { SearchState } from '@/features/search/search-params'

/** fast-check generators shared by property tests: valid search states, built from the search model. */
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '')

/** Valid filters for each field and operator, built from the model itself. */
export const filter: fc.Arbitrary<FilterSpec> = fc.constantFrom(...fieldNames).chain((field) => {
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

export const searchState: fc.Arbitrary<SearchState> = fc
  .record({
    page: fc.integer({ min: 1, max: 10_000 }),
    size: fc.integer({ min: 1, max: 1000 }),
    q: fc.string({ maxLength: 20 }),
    type: fc.option(fc.constantFrom(...typeNames), { nil: undefined }),
    status: fc.option(fc.constantFrom(...statusNames), { nil: undefined }),
    visibility: fc.option(fc.constantFrom('public' as const, 'private' as const), { nil: undefined }),
    deleted: fc.option(fc.constant('shown' as const), { nil: undefined }),
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
