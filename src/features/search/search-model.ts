import type { components } from '@/api/schema.gen'
import { containerTypes, statuses } from '@/api/enums'

/**
 * What the server's search can do, as data: the real columns, the 18 operators with their arity, which
 * operators make sense for which column, and the checks a filter must pass before it is ever sent.
 * Framework-free, shared by the URL schema, the body builder and the filter builder.
 */
export type SearchField = components['schemas']['SearchField']
export type FilterOperator = components['schemas']['FilterOperator']
export type SortDirection = components['schemas']['SortOption']['direction']

/** `none`: null/nnull; `one`: a value; `two`: dbetween's [from, to]; `list`: in/nin's values. */
export type Arity = 'none' | 'one' | 'two' | 'list'

export const OPERATORS: Record<FilterOperator, { label: string; arity: Arity; date?: true }> = {
  eq: { label: 'equals', arity: 'one' },
  ne: { label: 'does not equal', arity: 'one' },
  gt: { label: 'greater than', arity: 'one' },
  gte: { label: 'at least', arity: 'one' },
  lt: { label: 'less than', arity: 'one' },
  lte: { label: 'at most', arity: 'one' },
  like: { label: 'contains', arity: 'one' },
  starts: { label: 'starts with', arity: 'one' },
  ends: { label: 'ends with', arity: 'one' },
  nlike: { label: 'does not contain', arity: 'one' },
  in: { label: 'is one of', arity: 'list' },
  nin: { label: 'is none of', arity: 'list' },
  null: { label: 'is empty (null)', arity: 'none' },
  nnull: { label: 'is not empty (not null)', arity: 'none' },
  deq: { label: 'on the date', arity: 'one', date: true },
  dafter: { label: 'after the date', arity: 'one', date: true },
  dbefore: { label: 'before the date', arity: 'one', date: true },
  dbetween: { label: 'between the dates (inclusive)', arity: 'two', date: true },
}
export const operatorNames = Object.keys(OPERATORS) as [FilterOperator, ...FilterOperator[]]
export const arityOf = (operator: FilterOperator): Arity => OPERATORS[operator].arity

type FieldKind = 'integer' | 'text' | 'enum' | 'date'
export type FieldInfo = {
  label: string
  kind: FieldKind
  operators: readonly FilterOperator[]
  /** For enum columns: the string values the server compares with, and their names. */
  options?: readonly { value: string; label: string }[]
}

const textOps = ['like', 'nlike', 'starts', 'ends', 'eq', 'ne', 'in', 'nin', 'null', 'nnull'] as const
const dateOps = ['dbetween', 'deq', 'dafter', 'dbefore', 'null', 'nnull'] as const

/** The columns `containers` really has (anything else is a 500 "Unknown column"). */
export const FIELDS: Record<SearchField, FieldInfo> = {
  id: {
    label: 'ID',
    kind: 'integer',
    operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'null', 'nnull'],
  },
  name: { label: 'Name', kind: 'text', operators: textOps },
  type: {
    label: 'Type',
    kind: 'enum',
    operators: ['eq', 'ne', 'in', 'nin'],
    options: containerTypes.map((t) => ({ value: String(t.code), label: t.label })),
  },
  readme: { label: 'README', kind: 'text', operators: textOps },
  is_public: {
    label: 'Visibility',
    kind: 'enum',
    operators: ['eq', 'ne'],
    options: [
      { value: '1', label: 'Public' },
      { value: '0', label: 'Private' },
    ],
  },
  status: {
    label: 'Status',
    kind: 'enum',
    operators: ['eq', 'ne', 'in', 'nin'],
    options: statuses.map((s) => ({ value: String(s.code), label: s.label })),
  },
  created_at: { label: 'Created', kind: 'date', operators: dateOps },
  updated_at: { label: 'Updated', kind: 'date', operators: dateOps },
}
export const fieldNames = Object.keys(FIELDS) as [SearchField, ...SearchField[]]

/** A filter in the page's own terms: the wire's shape, with only the value slots its operator uses. */
export type FilterSpec = { field: SearchField; operator: FilterOperator; value?: string; values?: string[] }
export type SortSpec = { field: SearchField; direction: SortDirection }

/** Where a problem belongs in the builder: the operator, the one value, a list item, or a range end. */
export type FilterProblem = { at: 'operator' | 'value' | 'values' | 'from' | 'to'; message: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** A real calendar date written YYYY-MM-DD (what `<input type="date">` produces). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === value
}

const INTEGER = /^-?\d{1,18}$/

function valueProblem(field: FieldInfo, operator: FilterOperator, value: string): string | null {
  if (value.trim() === '') return 'Enter a value.'
  if (OPERATORS[operator].date || field.kind === 'date') {
    return isIsoDate(value) ? null : 'Enter a date as YYYY-MM-DD.'
  }
  if (field.kind === 'integer' && !INTEGER.test(value.trim())) return 'Enter a whole number.'
  if (field.kind === 'enum' && !field.options?.some((o) => o.value === value))
    return 'Choose one of the options.'
  return null
}

/**
 * The first reason this filter must not be sent, or null. Stricter than the server (which only checks that
 * the value slots are filled), because a request the server accepts can still be meaningless: a date
 * operator on a non-date, `ID > abc`, a range that ends before it starts.
 */
export function filterProblem(filter: FilterSpec): FilterProblem | null {
  const field = FIELDS[filter.field]
  if (!field) return { at: 'operator', message: 'Choose a field.' }
  if (!field.operators.includes(filter.operator))
    return {
      at: 'operator',
      message: `“${OPERATORS[filter.operator]?.label ?? filter.operator}” does not apply to ${field.label}.`,
    }
  switch (arityOf(filter.operator)) {
    case 'none':
      return null
    case 'one': {
      const message = valueProblem(field, filter.operator, filter.value ?? '')
      return message ? { at: 'value', message } : null
    }
    case 'two': {
      const [from = '', to = ''] = filter.values ?? []
      const fromProblem = valueProblem(field, filter.operator, from)
      if (fromProblem) return { at: 'from', message: fromProblem }
      const toProblem = valueProblem(field, filter.operator, to)
      if (toProblem) return { at: 'to', message: toProblem }
      if ((filter.values?.length ?? 0) !== 2) return { at: 'to', message: 'Enter exactly two dates.' }
      return from > to ? { at: 'to', message: 'The end date is before the start date.' } : null
    }
    case 'list': {
      const values = filter.values ?? []
      if (values.length === 0) return { at: 'values', message: 'Enter at least one value.' }
      for (const v of values) {
        const message = valueProblem(field, filter.operator, v)
        if (message) return { at: 'values', message: `“${v}”: ${message}` }
      }
      return null
    }
  }
}

/** Keeps only the value slots the operator uses, trimmed; lists lose blank and repeated entries. */
export function normalizeFilter(filter: FilterSpec): FilterSpec {
  const base = { field: filter.field, operator: filter.operator }
  switch (arityOf(filter.operator)) {
    case 'none':
      return base
    case 'one':
      return { ...base, value: (filter.value ?? '').trim() }
    case 'two':
      return { ...base, values: (filter.values ?? []).slice(0, 2).map((v) => v.trim()) }
    case 'list':
      return {
        ...base,
        values: [...new Set((filter.values ?? []).map((v) => v.trim()).filter(Boolean))],
      }
  }
}
