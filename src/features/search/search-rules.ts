import type { components } from '@/api/schema.gen'
import { containerTypes, statuses } from '@/api/enums'

/**
 * What the server's search can do, as rules without words: the real columns, the 18 operators with their
 * arity, which operators make sense for which column, and the checks a filter must pass before it is ever
 * sent. The search route's URL reading (search-params.ts, in the app's entry) needs only these; the labels
 * and messages a person reads are search-model.ts, which only the search page loads.
 */
export type SearchField = components['schemas']['SearchField']
export type FilterOperator = components['schemas']['FilterOperator']
export type SortDirection = components['schemas']['SortOption']['direction']

/** `none`: null/nnull; `one`: a value; `two`: dbetween's [from, to]; `list`: in/nin's values. */
export type Arity = 'none' | 'one' | 'two' | 'list'

const one = { arity: 'one' } as const
const date = { arity: 'one', date: true } as const
export const OPERATOR_RULES: Record<FilterOperator, { arity: Arity; date?: true }> = {
  eq: one,
  ne: one,
  gt: one,
  gte: one,
  lt: one,
  lte: one,
  like: one,
  starts: one,
  ends: one,
  nlike: one,
  in: { arity: 'list' },
  nin: { arity: 'list' },
  null: { arity: 'none' },
  nnull: { arity: 'none' },
  deq: date,
  dafter: date,
  dbefore: date,
  dbetween: { arity: 'two', date: true },
}
export const operatorNames = Object.keys(OPERATOR_RULES) as [FilterOperator, ...FilterOperator[]]
export const arityOf = (operator: FilterOperator): Arity => OPERATOR_RULES[operator].arity

export type FieldKind = 'integer' | 'text' | 'enum' | 'date'
export type FieldRule = {
  kind: FieldKind
  operators: readonly FilterOperator[]
  /** For enum columns: the string values the server compares with. */
  values?: readonly string[]
}

const textOps = ['like', 'nlike', 'starts', 'ends', 'eq', 'ne', 'in', 'nin', 'null', 'nnull'] as const
const dateOps = ['dbetween', 'deq', 'dafter', 'dbefore', 'null', 'nnull'] as const

/** The columns `containers` really has (anything else is a 500 "Unknown column"). */
export const FIELD_RULES: Record<SearchField, FieldRule> = {
  id: { kind: 'integer', operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'null', 'nnull'] },
  name: { kind: 'text', operators: textOps },
  type: {
    kind: 'enum',
    operators: ['eq', 'ne', 'in', 'nin'],
    values: containerTypes.map((t) => String(t.code)),
  },
  readme: { kind: 'text', operators: textOps },
  is_public: { kind: 'enum', operators: ['eq', 'ne'], values: ['1', '0'] },
  status: { kind: 'enum', operators: ['eq', 'ne', 'in', 'nin'], values: statuses.map((s) => String(s.code)) },
  created_at: { kind: 'date', operators: dateOps },
  updated_at: { kind: 'date', operators: dateOps },
}
export const fieldNames = Object.keys(FIELD_RULES) as [SearchField, ...SearchField[]]

/** A filter in the page's own terms: the wire's shape, with only the value slots its operator uses. */
export type FilterSpec = { field: SearchField; operator: FilterOperator; value?: string; values?: string[] }
export type SortSpec = { field: SearchField; direction: SortDirection }

/** Why a value cannot be sent: blank, not a date, not a whole number, not one of the column's values. */
export type ValueFault = 'blank' | 'date' | 'integer' | 'option'
/**
 * Why a filter cannot be sent, and where it belongs in the builder: the operator, the one value, a list
 * item (`item`), or a range end.
 */
export type FilterFault =
  | { at: 'operator'; code: 'field' | 'operator' }
  | { at: 'value' | 'from' | 'to'; code: ValueFault }
  | { at: 'to'; code: 'two-dates' | 'order' }
  | { at: 'values'; code: 'no-values' }
  | { at: 'values'; code: ValueFault; item: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** A real calendar date written YYYY-MM-DD (what `<input type="date">` produces). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === value
}

const INTEGER = /^-?\d{1,18}$/

function valueFault(field: FieldRule, operator: FilterOperator, value: string): ValueFault | null {
  if (value.trim() === '') return 'blank'
  if (OPERATOR_RULES[operator].date || field.kind === 'date') return isIsoDate(value) ? null : 'date'
  if (field.kind === 'integer' && !INTEGER.test(value.trim())) return 'integer'
  if (field.kind === 'enum' && !field.values?.includes(value)) return 'option'
  return null
}

/**
 * The first reason this filter must not be sent, or null. Stricter than the server (which only checks that
 * the value slots are filled), because a request the server accepts can still be meaningless: a date
 * operator on a non-date, `ID > abc`, a range that ends before it starts.
 */
export function filterFault(filter: FilterSpec): FilterFault | null {
  const field = FIELD_RULES[filter.field]
  if (!field) return { at: 'operator', code: 'field' }
  if (!field.operators.includes(filter.operator)) return { at: 'operator', code: 'operator' }
  switch (arityOf(filter.operator)) {
    case 'none':
      return null
    case 'one': {
      const code = valueFault(field, filter.operator, filter.value ?? '')
      return code ? { at: 'value', code } : null
    }
    case 'two': {
      const [from = '', to = ''] = filter.values ?? []
      const fromFault = valueFault(field, filter.operator, from)
      if (fromFault) return { at: 'from', code: fromFault }
      const toFault = valueFault(field, filter.operator, to)
      if (toFault) return { at: 'to', code: toFault }
      if ((filter.values?.length ?? 0) !== 2) return { at: 'to', code: 'two-dates' }
      return from > to ? { at: 'to', code: 'order' } : null
    }
    case 'list': {
      const values = filter.values ?? []
      if (values.length === 0) return { at: 'values', code: 'no-values' }
      for (const item of values) {
        const code = valueFault(field, filter.operator, item)
        if (code) return { at: 'values', code, item }
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
