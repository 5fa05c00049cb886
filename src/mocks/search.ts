import { goTrimSpace } from './go-parsers'
import type { ContainerRow } from './db'
import { type Rejection } from './rules'
import { goDate, goTimeString } from './time'

/**
 * search_containers as the server runs it: binding checks, filter validation, shortcut filters (with their
 * bugs), SQL-like evaluation, and the 500s that fields without a column produce.
 */
type Filter = { field: string; operator: string; value?: string; values?: string[] }
type Sort = { field: string; direction: string }

const COLUMNS = ['id', 'name', 'type', 'readme', 'is_public', 'status', 'created_at', 'updated_at'] as const
type Column = (typeof COLUMNS)[number]
const NUMERIC: Column[] = ['id', 'type', 'is_public', 'status']
const BROKEN_FIELDS: Record<string, string> = {
  image: 'image',
  tag: 'tag',
  command: 'command',
  is_active: 'is_active',
  user_id: 'user_id',
  project_id: 'project_id',
}

const unknownColumn = (column: string): Rejection => ({
  status: 500,
  message: `Failed to search containers: failed to count records: Error 1054 (42S22): Unknown column '${column}' in 'where clause'`,
})
const invalid = (message: string): Rejection => ({
  status: 400,
  message: `Invalid search parameters: ${message}`,
})
const format = (message: string): Rejection => ({
  status: 400,
  message: `Invalid request format: ${message}`,
})

const cleanField = (field: string) => field.replace(/;|--|\/\*|\*\//g, '').trim()

function columnValue(row: ContainerRow, column: Column): string | number {
  switch (column) {
    case 'is_public':
      return row.is_public ? 1 : 0
    case 'created_at':
    case 'updated_at':
      return row[column]
    default:
      return row[column]
  }
}

const like = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.toLowerCase())

function matches(row: ContainerRow, filter: Filter, column: Column): boolean {
  const raw = columnValue(row, column)
  const isDate = column === 'created_at' || column === 'updated_at'
  const text = isDate ? goDate(raw as number) : String(raw)
  const value = filter.value ?? ''
  const values = filter.values ?? []
  const cmp = (other: string) => {
    if (NUMERIC.includes(column)) return Number(raw) - Number(other)
    if (isDate) return text < other.slice(0, 10) ? -1 : text > other.slice(0, 10) ? 1 : 0
    return text < other ? -1 : text > other ? 1 : 0
  }
  switch (filter.operator) {
    case 'eq':
      return NUMERIC.includes(column)
        ? Number(raw) === Number(value)
        : text.toLowerCase() === value.toLowerCase()
    case 'ne':
      return NUMERIC.includes(column)
        ? Number(raw) !== Number(value)
        : text.toLowerCase() !== value.toLowerCase()
    case 'gt':
      return cmp(value) > 0
    case 'gte':
      return cmp(value) >= 0
    case 'lt':
      return cmp(value) < 0
    case 'lte':
      return cmp(value) <= 0
    case 'like':
      return like(text, value)
    case 'nlike':
      return !like(text, value)
    case 'starts':
      return text.toLowerCase().startsWith(value.toLowerCase())
    case 'ends':
      return text.toLowerCase().endsWith(value.toLowerCase())
    case 'in':
      return values.some((v) => cmp(v) === 0)
    case 'nin':
      return !values.some((v) => cmp(v) === 0)
    case 'null':
      return raw === null || raw === undefined
    case 'nnull':
      return raw !== null && raw !== undefined
    case 'deq':
      return goDate(raw as number) === value.slice(0, 10)
    case 'dafter':
      return goDate(raw as number) > value.slice(0, 10)
    case 'dbefore':
      return goDate(raw as number) < value.slice(0, 10)
    case 'dbetween':
      return (
        goDate(raw as number) >= (values[0] ?? '').slice(0, 10) &&
        goDate(raw as number) <= (values[1] ?? '').slice(0, 10)
      )
    default:
      return true // an unknown operator passes validation and is then ignored
  }
}

function validateFilter(f: Filter): string | null {
  if (!f.field) return 'filter field cannot be empty'
  if (!f.operator) return 'filter operator cannot be empty'
  if (f.operator === 'in' || f.operator === 'nin')
    return f.values?.length ? null : `'${f.operator}' operator requires values array`
  if (f.operator === 'dbetween')
    return f.values?.length === 2 ? null : "'dbetween' operator requires exactly 2 values"
  if (f.operator === 'null' || f.operator === 'nnull') return null
  return f.value ? null : `'${f.operator}' operator requires a value`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const kind = (v: unknown) =>
  Array.isArray(v)
    ? 'array'
    : v === null
      ? 'null'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'boolean'
          ? 'bool'
          : typeof v

export function searchContainers(rows: ContainerRow[], input: unknown) {
  if (!isObject(input)) return format('json: cannot unmarshal into Go value of type dto.SearchContainerReq')
  const body = input
  const typeOf: Record<string, string> = {
    page: 'int',
    size: 'int',
    status: 'int',
    user_id: 'int',
    project_id: 'int',
    keyword: 'string',
    name: 'string',
    type: 'string',
    image: 'string',
    tag: 'string',
    command: 'string',
    is_active: 'bool',
  }
  for (const [field, goType] of Object.entries(typeOf)) {
    const v = body[field]
    if (v === undefined || v === null) continue
    const okType =
      goType === 'int'
        ? typeof v === 'number' && Number.isInteger(v)
        : goType === 'bool'
          ? typeof v === 'boolean'
          : typeof v === 'string'
    if (!okType)
      return format(
        `json: cannot unmarshal ${kind(v)} into Go struct field SearchContainerReq.${field} of type ${goType}`,
      )
  }
  for (const field of ['filters', 'sort']) {
    if (body[field] != null && !Array.isArray(body[field]))
      return format(
        `json: cannot unmarshal ${kind(body[field])} into Go struct field SearchContainerReq.${field}`,
      )
  }
  const page = (body.page as number | undefined) ?? 0
  const size = (body.size as number | undefined) ?? 0
  const binding: string[] = []
  if (page < 1)
    binding.push(
      "Key: 'SearchContainerReq.AdvancedSearchReq.SearchReq.Page' Error:Field validation for 'Page' failed on the 'min' tag",
    )
  if (size < 1)
    binding.push(
      "Key: 'SearchContainerReq.AdvancedSearchReq.SearchReq.Size' Error:Field validation for 'Size' failed on the 'min' tag",
    )
  if (size > 1000)
    binding.push(
      "Key: 'SearchContainerReq.AdvancedSearchReq.SearchReq.Size' Error:Field validation for 'Size' failed on the 'max' tag",
    )
  if (binding.length) return format(binding.join('\n'))

  const filters: Filter[] = ((body.filters as unknown[] | undefined) ?? []).map((f) => {
    const o = isObject(f) ? f : {}
    return {
      field: typeof o.field === 'string' ? o.field : '',
      operator: typeof o.operator === 'string' ? o.operator : '',
      value: typeof o.value === 'string' ? o.value : undefined,
      values: Array.isArray(o.values) ? o.values.map(String) : undefined,
    }
  })
  const sort: Sort[] = ((body.sort as unknown[] | undefined) ?? []).map((s) => {
    const o = isObject(s) ? s : {}
    return {
      field: typeof o.field === 'string' ? o.field : '',
      direction: typeof o.direction === 'string' ? o.direction : '',
    }
  })
  // Shortcut fields become filters, appended after the explicit ones.
  if (typeof body.name === 'string' && body.name)
    filters.push({ field: 'name', operator: 'like', value: body.name })
  if (typeof body.type === 'string' && body.type)
    filters.push({ field: 'type', operator: 'eq', value: body.type })
  for (const field of ['created_at', 'updated_at'] as const) {
    const range = body[field]
    if (!isObject(range)) continue
    const from = typeof range.from === 'string' && range.from ? goTimeString(range.from) : ''
    const to = typeof range.to === 'string' && range.to ? goTimeString(range.to) : ''
    // The server's shortcut puts a range with both ends into `value`, so dbetween never gets its 2 values.
    if (from && to) filters.push({ field, operator: 'dbetween', value: `${from},${to}` })
    else if (from) filters.push({ field, operator: 'dafter', value: from })
    else if (to) filters.push({ field, operator: 'dbefore', value: to })
  }
  for (const [field, column] of Object.entries(BROKEN_FIELDS)) {
    const v = body[field]
    if (v !== undefined && v !== null && v !== '' && v !== 0 && v !== false)
      filters.push({ field: column, operator: 'eq', value: String(v) })
  }
  for (const f of filters) {
    const problem = validateFilter(f)
    if (problem) return invalid(problem)
  }
  for (const s of sort) {
    if (!s.field) return invalid('sort field cannot be empty')
    if (s.direction !== 'asc' && s.direction !== 'desc')
      return invalid("sort direction must be 'asc' or 'desc'")
  }
  const resolved: { filter: Filter; column: Column }[] = []
  for (const f of filters) {
    const column = cleanField(f.field)
    if (!(COLUMNS as readonly string[]).includes(column)) return unknownColumn(column)
    resolved.push({ filter: f, column: column as Column })
  }
  const sortColumns: { column: Column; desc: boolean }[] = []
  for (const s of sort) {
    const column = cleanField(s.field)
    if (!(COLUMNS as readonly string[]).includes(column))
      return {
        status: 500,
        message: `Failed to search containers: failed to find records: Error 1054 (42S22): Unknown column '${column}' in 'order clause'`,
      }
    sortColumns.push({ column: column as Column, desc: s.direction === 'desc' })
  }
  if (!sortColumns.length) sortColumns.push({ column: 'id', desc: true })

  const keyword = typeof body.keyword === 'string' ? goTrimSpace(body.keyword) : ''
  const hits = rows.filter(
    (row) =>
      (!keyword || like(row.name, keyword)) &&
      resolved.every(({ filter, column }) => matches(row, filter, column)),
  )
  hits.sort((a, b) => {
    for (const { column, desc } of sortColumns) {
      const x = columnValue(a, column)
      const y = columnValue(b, column)
      const diff = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
      if (diff !== 0) return desc ? -diff : diff
    }
    return 0
  })
  const start = (page - 1) * size
  const items = hits.slice(start, start + size)
  return {
    items: items.length ? items : null,
    pagination: { page, size, total: hits.length, total_pages: Math.ceil(hits.length / size) },
    ...(filters.length ? { applied_filters: filters } : {}),
    ...(sort.length ? { applied_sort: sort } : {}),
  }
}
