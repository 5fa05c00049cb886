import { containerTypes, statuses } from '@/api/enums'
import {
  FIELD_RULES,
  filterFault,
  fieldNames,
  OPERATOR_RULES,
  operatorNames,
  type Arity,
  type FieldRule,
  type FilterFault,
  type FilterOperator,
  type FilterSpec,
  type SearchField,
  type ValueFault,
} from './search-rules'

/**
 * The search's rules (search-rules.ts) in words: the columns' and operators' names, the enum columns'
 * options, and what a person is told when a filter cannot be sent. Only the search page loads this.
 */

const OPERATOR_LABELS: Record<FilterOperator, string> = {
  eq: 'equals',
  ne: 'does not equal',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  like: 'contains',
  starts: 'starts with',
  ends: 'ends with',
  nlike: 'does not contain',
  in: 'is one of',
  nin: 'is none of',
  null: 'is empty (null)',
  nnull: 'is not empty (not null)',
  deq: 'on the date',
  dafter: 'after the date',
  dbefore: 'before the date',
  dbetween: 'between the dates (inclusive)',
}

export const OPERATORS = Object.fromEntries(
  operatorNames.map((op) => [op, { ...OPERATOR_RULES[op], label: OPERATOR_LABELS[op] }]),
) as Record<FilterOperator, { label: string; arity: Arity; date?: true }>

export type FieldInfo = Omit<FieldRule, 'values'> & {
  label: string
  /** For enum columns: the string values the server compares with, and their names. */
  options?: readonly { value: string; label: string }[]
}

const FIELD_LABELS: Record<SearchField, string> = {
  id: 'ID',
  name: 'Name',
  type: 'Type',
  readme: 'README',
  is_public: 'Visibility',
  status: 'Status',
  created_at: 'Created',
  updated_at: 'Updated',
}

/** The names of the enum columns' values (by the string the server compares with). */
const OPTION_LABELS: Partial<Record<SearchField, Record<string, string>>> = {
  type: Object.fromEntries(containerTypes.map((t) => [String(t.code), t.label])),
  is_public: { 1: 'Public', 0: 'Private' },
  status: Object.fromEntries(statuses.map((s) => [String(s.code), s.label])),
}

export const FIELDS = Object.fromEntries(
  fieldNames.map((name) => {
    const { values, ...rule } = FIELD_RULES[name]
    const options = values?.map((value) => ({ value, label: OPTION_LABELS[name]?.[value] ?? value }))
    return [name, { ...rule, label: FIELD_LABELS[name], ...(options ? { options } : {}) }]
  }),
) as Record<SearchField, FieldInfo>

/** Where a problem belongs in the builder, and what the user is told there. */
export type FilterProblem = { at: FilterFault['at']; message: string }

const MESSAGES: Record<ValueFault | 'field' | 'two-dates' | 'order' | 'no-values', string> = {
  field: 'Choose a field.',
  blank: 'Enter a value.',
  date: 'Enter a date as YYYY-MM-DD.',
  integer: 'Enter a whole number.',
  option: 'Choose one of the options.',
  'two-dates': 'Enter exactly two dates.',
  order: 'The end date is before the start date.',
  'no-values': 'Enter at least one value.',
}

/** The first reason this filter must not be sent (search-rules.ts `filterFault`), in words; or null. */
export function filterProblem(filter: FilterSpec): FilterProblem | null {
  const fault = filterFault(filter)
  if (!fault) return null
  if (fault.code === 'operator')
    return {
      at: fault.at,
      message: `“${OPERATORS[filter.operator]?.label ?? filter.operator}” does not apply to ${FIELDS[filter.field].label}.`,
    }
  const message = MESSAGES[fault.code]
  return { at: fault.at, message: 'item' in fault ? `“${fault.item}”: ${message}` : message }
}
