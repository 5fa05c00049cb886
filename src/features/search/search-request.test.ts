import fc from 'fast-check'
import { toListParams } from '@/api/list-params'
import { db } from '@/mocks/db'
import { searchContainers } from '@/mocks/search'
import { searchState } from '@/test/arbitraries'
import { FIELDS, filterProblem, OPERATORS } from './search-model'
import { operatorNames, type FilterSpec } from './search-rules'
import { containersSearchQuery, type SearchInput } from './search-params'
import { matchApplied, shellQuote, toCurl, toSearchRequest, unavailableWithoutSearch } from './search-request'

// Most tests are about other parts of the body: they show deleted containers, so no status filter is added.
const state = (input: SearchInput = {}) => containersSearchQuery({ deleted: 'shown', ...input })
const NEVER = [
  'image',
  'tag',
  'command',
  'is_active',
  'user_id',
  'project_id',
  'status',
  'created_at',
  'updated_at',
]

/** A valid sample for each operator, on a field that accepts it. */
const samples: Record<(typeof operatorNames)[number], FilterSpec> = {
  eq: { field: 'name', operator: 'eq', value: 'ts' },
  ne: { field: 'id', operator: 'ne', value: '4' },
  gt: { field: 'id', operator: 'gt', value: '10' },
  gte: { field: 'id', operator: 'gte', value: '10' },
  lt: { field: 'id', operator: 'lt', value: '10' },
  lte: { field: 'id', operator: 'lte', value: '10' },
  like: { field: 'name', operator: 'like', value: 'trace' },
  starts: { field: 'name', operator: 'starts', value: 'ts' },
  ends: { field: 'readme', operator: 'ends', value: '.' },
  nlike: { field: 'name', operator: 'nlike', value: 'x' },
  in: { field: 'status', operator: 'in', values: ['1', '0'] },
  nin: { field: 'type', operator: 'nin', values: ['2'] },
  null: { field: 'readme', operator: 'null' },
  nnull: { field: 'readme', operator: 'nnull' },
  deq: { field: 'created_at', operator: 'deq', value: '2025-01-02' },
  dafter: { field: 'created_at', operator: 'dafter', value: '2025-01-02' },
  dbefore: { field: 'updated_at', operator: 'dbefore', value: '2025-01-02' },
  dbetween: { field: 'updated_at', operator: 'dbetween', values: ['2025-01-01', '2025-01-31'] },
}

describe('toSearchRequest', () => {
  it('always sends page and size, and nothing else for an empty query', () => {
    expect(toSearchRequest(state())).toEqual({ page: 1, size: 20 })
    expect(toSearchRequest(state({ page: 7, size: 1000 }))).toEqual({ page: 7, size: 1000 })
  })

  it('maps the keyword (trimmed as Go does) and the type as a numeric string', () => {
    expect(toSearchRequest(state({ q: '  trace\u00a0', type: 'benchmark' }))).toEqual({
      page: 1,
      size: 20,
      keyword: 'trace',
      type: '1',
    })
    expect(toSearchRequest(state({ q: '   ' }))).not.toHaveProperty('keyword')
  })

  it('sends status and visibility as string filters, never the status field', () => {
    const body = toSearchRequest(state({ status: 'deleted', visibility: 'private' }))
    expect(body.filters).toEqual([
      { field: 'status', operator: 'eq', value: '-1' },
      { field: 'is_public', operator: 'eq', value: '0' },
    ])
    expect(toSearchRequest(state({ status: 'enabled', visibility: 'public' })).filters).toEqual([
      { field: 'status', operator: 'eq', value: '1' },
      { field: 'is_public', operator: 'eq', value: '1' },
    ])
  })

  it('sends a two-ended date range as an explicit dbetween, never the shortcut', () => {
    const body = toSearchRequest(state({ createdFrom: '2025-01-01', createdTo: '2025-01-31' }))
    expect(body.filters).toEqual([
      { field: 'created_at', operator: 'dbetween', values: ['2025-01-01', '2025-01-31'] },
    ])
    expect(body).not.toHaveProperty('created_at')
  })

  it('sends one-ended ranges as dafter/dbefore, moved a day so the chosen date stays included', () => {
    expect(toSearchRequest(state({ createdFrom: '2025-03-01' })).filters).toEqual([
      { field: 'created_at', operator: 'dafter', value: '2025-02-28' },
    ])
    expect(toSearchRequest(state({ updatedTo: '2024-12-31' })).filters).toEqual([
      { field: 'updated_at', operator: 'dbefore', value: '2025-01-01' },
    ])
  })

  it.each(operatorNames)('sends %s with exactly the value slots its arity needs', (operator) => {
    const filter = samples[operator]
    expect(filterProblem(filter)).toBeNull()
    const [sent] = toSearchRequest(state({ filters: [filter] })).filters!
    const arity = OPERATORS[operator].arity
    expect(sent).toEqual(filter)
    expect('value' in sent!).toBe(arity === 'one')
    expect('values' in sent!).toBe(arity === 'two' || arity === 'list')
    if (arity === 'two') expect(sent!.values).toHaveLength(2)
    if (arity === 'list') expect(sent!.values!.length).toBeGreaterThan(0)
  })

  it('drops value slots an operator does not use', () => {
    const s = state({ filters: [{ field: 'readme', operator: 'null', value: 'x', values: ['y'] }] })
    expect(toSearchRequest(s).filters).toEqual([{ field: 'readme', operator: 'null' }])
  })

  it('sends sort in order with lowercase directions', () => {
    const body = toSearchRequest(
      state({
        sort: [
          { field: 'type', direction: 'asc' },
          { field: 'created_at', direction: 'desc' },
        ],
      }),
    )
    expect(body.sort).toEqual([
      { field: 'type', direction: 'asc' },
      { field: 'created_at', direction: 'desc' },
    ])
  })

  it('never sends a field that breaks the server, whatever the state', () => {
    const everything = state({
      q: 'a',
      type: 'pedestal',
      status: 'enabled',
      visibility: 'public',
      createdFrom: '2025-01-01',
      createdTo: '2025-02-01',
      updatedFrom: '2025-01-01',
      filters: Object.values(samples),
      sort: [{ field: 'name', direction: 'asc' }],
    })
    const body = toSearchRequest(everything)
    for (const key of NEVER) expect(body).not.toHaveProperty(key)
    expect(Object.keys(body).sort()).toEqual(['filters', 'keyword', 'page', 'size', 'sort', 'type'])
  })

  it('builds bodies the server (the mock that implements it) accepts for every operator and quick filter', () => {
    const rows = [...db.containers.values()]
    for (const filter of Object.values(samples)) {
      const result = searchContainers(rows, toSearchRequest(state({ filters: [filter] })))
      expect(result, JSON.stringify(filter)).not.toHaveProperty('status')
    }
    const body = toSearchRequest(
      state({ status: 'enabled', visibility: 'public', createdFrom: '2020-01-01', createdTo: '2030-01-01' }),
    )
    const result = searchContainers(rows, body)
    expect(result).toHaveProperty('items')
    // And the shortcut the page avoids really fails.
    expect(
      searchContainers(rows, {
        page: 1,
        size: 20,
        created_at: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
      }),
    ).toMatchObject({ status: 400 })
  })
})

describe('filterProblem', () => {
  it('flags a missing value, a bad date, a bad number, an empty list and a reversed range', () => {
    expect(filterProblem({ field: 'name', operator: 'like', value: ' ' })).toMatchObject({ at: 'value' })
    expect(filterProblem({ field: 'created_at', operator: 'deq', value: '2025-02-30' })).toMatchObject({
      at: 'value',
      message: 'Enter a date as YYYY-MM-DD.',
    })
    expect(filterProblem({ field: 'id', operator: 'gt', value: 'abc' })).toMatchObject({ at: 'value' })
    expect(filterProblem({ field: 'name', operator: 'in', values: [] })).toMatchObject({ at: 'values' })
    expect(
      filterProblem({ field: 'created_at', operator: 'dbetween', values: ['2025-02-01', '2025-01-01'] }),
    ).toMatchObject({ at: 'to' })
    expect(
      filterProblem({ field: 'created_at', operator: 'dbetween', values: ['2025-02-01'] }),
    ).toMatchObject({
      at: 'to',
    })
    expect(filterProblem({ field: 'is_public', operator: 'like', value: '1' })).toMatchObject({
      at: 'operator',
    })
    expect(filterProblem({ field: 'status', operator: 'eq', value: '7' })).toMatchObject({ at: 'value' })
  })

  it('offers every one of the 18 operators on some column', () => {
    const offered = new Set(Object.values(FIELDS).flatMap((f) => f.operators))
    expect([...offered].sort()).toEqual([...operatorNames].sort())
    expect(operatorNames).toHaveLength(18)
  })
})

describe('chips, curl and the fallback', () => {
  it('pairs applied filters with the part of the query they came from', () => {
    const s = state({ type: 'algorithm', status: 'enabled', filters: [samples.like] })
    const body = toSearchRequest(s)
    const applied = [...body.filters!, { field: 'type', operator: 'eq', value: '0' }]
    const matched = matchApplied(applied, s)
    expect(matched.map((m) => m.origin?.label)).toEqual([
      'Status is Enabled',
      'Name contains trace',
      'Type is Algorithm',
    ])
    expect(matched[1]!.origin!.remove(s).filters).toEqual([])
    expect(matched[2]!.origin!.remove(s).type).toBeUndefined()
    expect(matchApplied([{ field: 'id', operator: 'eq', value: '1' }], s)[0]!.origin).toBeNull()
  })

  it('quotes the body for the shell and reads the token from a variable', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`)
    const curl = toCurl(toSearchRequest(state({ q: `O'Brien` })), 'https://rcabench.example')
    expect(curl).toContain(`'https://rcabench.example/api/v2/containers/search'`)
    expect(curl).toContain(`-H "Authorization: Bearer $RCABENCH_TOKEN"`)
    expect(curl).toContain(`--data-raw '{"page":1,"size":20,"keyword":"O'\\''Brien"}'`)
  })

  it('falls back to the list filters and names what it cannot do', () => {
    const s = state({
      q: 'x',
      type: 'pedestal',
      status: 'disabled',
      visibility: 'public',
      size: 1000,
      sort: [{ field: 'id', direction: 'asc' }],
    })
    expect(toListParams(s)).toEqual({ page: 1, size: 50, type: 2, status: 0, is_public: true })
    expect(unavailableWithoutSearch(s)).toEqual(['keyword “x”', 'sort order', 'page size 1000'])
  })
})

/** What a POSIX shell makes of one single-quoted word built by shellQuote. */
const shellUnquote = (word: string) => word.slice(1, -1).replaceAll(`'\\''`, `'`)

describe('deleted containers', () => {
  it('are left out by default with a status filter the server honours, and a chip that shows them', () => {
    const s = containersSearchQuery({})
    const body = toSearchRequest(s)
    expect(body.filters).toEqual([{ field: 'status', operator: 'ne', value: '-1' }])
    const rows = [...db.containers.values()]
    const found = searchContainers(rows, { ...body, size: 1000 }) as { pagination: { total: number } }
    expect(found.pagination.total).toBe(rows.filter((r) => r.status !== -1).length)
    expect(rows.some((r) => r.status === -1)).toBe(true)
    const [chip] = matchApplied(body.filters!, s)
    expect(chip!.origin!.label).toBe('Deleted containers hidden')
    expect(chip!.origin!.remove(s).deleted).toBe('shown')
  })

  it('come back with deleted=shown, or when a status is chosen', () => {
    expect(toSearchRequest(containersSearchQuery({ deleted: 'shown' })).filters).toBeUndefined()
    expect(toSearchRequest(containersSearchQuery({ status: 'deleted' })).filters).toEqual([
      { field: 'status', operator: 'eq', value: '-1' },
    ])
  })
})

describe('search body properties', () => {
  it('reads any URL value without throwing, and builds a body from it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (raw) => {
        const body = toSearchRequest(containersSearchQuery(raw))
        expect(body.page).toBeGreaterThanOrEqual(1)
        expect(body.size).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })

  it('builds, for any valid query, a body the server accepts, without the fields that crash it', () => {
    const rows = [...db.containers.values()]
    fc.assert(
      fc.property(searchState, (s) => {
        const body = toSearchRequest(s)
        for (const key of NEVER) expect(body).not.toHaveProperty(key)
        expect(searchContainers(rows, body)).not.toHaveProperty('status')
        // Every filter chip of the page maps to exactly one filter sent.
        expect(body.filters ?? []).toHaveLength(
          s.filters.length +
            [
              s.status,
              !s.status && s.deleted !== 'shown', // deleted containers hidden
              s.visibility,
              s.createdFrom ?? s.createdTo,
              s.updatedFrom ?? s.updatedTo,
            ].filter(Boolean).length,
        )
      }),
      { numRuns: 100 },
    )
  })

  it('pairs every filter the server echoes back with the part of the query it came from', () => {
    fc.assert(
      fc.property(searchState, (s) => {
        const body = toSearchRequest(s)
        const applied = body.filters ?? []
        expect(matchApplied(applied, s).every((m) => m.origin !== null)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('quotes any text so the shell reads back exactly the body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(shellUnquote(shellQuote(text))).toBe(text)
        const body = toSearchRequest(containersSearchQuery({ q: text }))
        const data = toCurl(body, 'https://rcabench.example').split('--data-raw ')[1]!
        expect(JSON.parse(shellUnquote(data))).toEqual(body)
      }),
      { numRuns: 300 },
    )
  })
})
