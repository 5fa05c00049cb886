import { useId, useState } from 'react'
import { FIELDS, filterProblem, OPERATORS, type FilterProblem } from './search-model'
import {
  arityOf,
  fieldNames,
  normalizeFilter,
  type FilterOperator,
  type FilterSpec,
  type SearchField,
} from './search-rules'

/** One row being edited: every slot kept, so switching operators does not lose what was typed. */
type Row = {
  key: number
  field: SearchField
  operator: FilterOperator
  value: string
  from: string
  to: string
  picked: string[]
  listText: string
}

let nextKey = 1
const toRow = (f: FilterSpec): Row => ({
  key: nextKey++,
  field: f.field,
  operator: f.operator,
  value: f.value ?? '',
  from: f.values?.[0] ?? '',
  to: f.values?.[1] ?? '',
  picked: f.values ?? [],
  listText: (f.values ?? []).join('\n'),
})

export function toSpec(row: Row): FilterSpec {
  const base = { field: row.field, operator: row.operator }
  switch (arityOf(row.operator)) {
    case 'none':
      return normalizeFilter(base)
    case 'one':
      return normalizeFilter({ ...base, value: row.value })
    case 'two':
      return normalizeFilter({ ...base, values: [row.from, row.to] })
    case 'list':
      return normalizeFilter({
        ...base,
        values: FIELDS[row.field].kind === 'enum' ? row.picked : row.listText.split('\n'),
      })
  }
}

/**
 * The advanced filters: field, an operator valid for it, and value inputs fitting the operator. Nothing
 * reaches the URL (so no request is sent) until every row passes `filterProblem`; problems are shown at
 * the input they concern, and focus moves to the first one.
 */
export function FilterBuilder({
  filters,
  disabled,
  onApply,
}: {
  filters: FilterSpec[]
  disabled?: boolean
  onApply: (filters: FilterSpec[]) => void
}) {
  const [rows, setRows] = useState(() => filters.map(toRow))
  const appliedKey = JSON.stringify(filters)
  const [applied, setApplied] = useState(appliedKey)
  const [showErrors, setShowErrors] = useState(false)
  const baseId = useId()
  // The URL changed under us (a chip removed, back/forward): show what is applied now.
  if (applied !== appliedKey) {
    setApplied(appliedKey)
    setRows(filters.map(toRow))
    setShowErrors(false)
  }

  const specs = rows.map(toSpec)
  const problems = specs.map(filterProblem)
  const dirty = JSON.stringify(specs) !== appliedKey
  const idOf = (index: number, slot: FilterProblem['at']) => `${baseId}-${index}-${slot}`

  const update = (key: number, patch: Partial<Row>) =>
    setRows((list) =>
      list.map((r) => {
        if (r.key !== key) return r
        const next = { ...r, ...patch }
        if (patch.field && !FIELDS[patch.field].operators.includes(next.operator)) {
          next.operator = FIELDS[patch.field].operators[0]!
        }
        if (patch.field && patch.field !== r.field) {
          Object.assign(next, { value: '', from: '', to: '', picked: [], listText: '' })
        }
        return next
      }),
    )

  const apply = () => {
    const first = problems.findIndex(Boolean)
    if (first >= 0) {
      setShowErrors(true)
      document.getElementById(idOf(first, problems[first]!.at))?.focus()
      return
    }
    setShowErrors(false)
    onApply(specs)
  }

  return (
    <form
      className="filter-builder"
      aria-label="Advanced filters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        apply()
      }}
    >
      <fieldset disabled={disabled}>
        {rows.length === 0 ? (
          <p className="hint">
            No advanced filters. Each filter narrows the results further (they all apply).
          </p>
        ) : (
          <ol className="filter-rows">
            {rows.map((row, index) => (
              <FilterRow
                key={row.key}
                row={row}
                number={index + 1}
                problem={showErrors ? problems[index]! : null}
                idOf={(slot) => idOf(index, slot)}
                onChange={(patch) => update(row.key, patch)}
                onRemove={() => setRows((list) => list.filter((r) => r.key !== row.key))}
              />
            ))}
          </ol>
        )}
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              setRows((list) => [...list, toRow({ field: 'name', operator: 'like', value: '' })])
            }
          >
            Add filter
          </button>
          <button type="submit" className={dirty ? 'primary' : undefined}>
            Apply filters
          </button>
          {dirty ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setRows(filters.map(toRow))
                  setShowErrors(false)
                }}
              >
                Discard changes
              </button>
              <span className="hint" role="status">
                Changes not applied yet.
              </span>
            </>
          ) : null}
        </div>
      </fieldset>
    </form>
  )
}

function FilterRow({
  row,
  number,
  problem,
  idOf,
  onChange,
  onRemove,
}: {
  row: Row
  number: number
  problem: FilterProblem | null
  idOf: (slot: FilterProblem['at']) => string
  onChange: (patch: Partial<Row>) => void
  onRemove: () => void
}) {
  const field = FIELDS[row.field]
  const arity = arityOf(row.operator)
  const errorId = `${idOf('value')}-error`
  const invalid = (slot: FilterProblem['at']) =>
    problem?.at === slot ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {}
  const isDate = field.kind === 'date' || OPERATORS[row.operator].date

  return (
    <li className="filter-row">
      <fieldset>
        <legend className="visually-hidden">Filter {number}</legend>
        <div className="field">
          <label htmlFor={idOf('operator') + '-field'}>Field</label>
          <select
            id={idOf('operator') + '-field'}
            value={row.field}
            onChange={(e) => onChange({ field: e.target.value as SearchField })}
          >
            {fieldNames.map((f) => (
              <option key={f} value={f}>
                {FIELDS[f].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={idOf('operator')}>Operator</label>
          <select
            id={idOf('operator')}
            value={row.operator}
            onChange={(e) => onChange({ operator: e.target.value as FilterOperator })}
            {...invalid('operator')}
          >
            {field.operators.map((op) => (
              <option key={op} value={op}>
                {OPERATORS[op].label}
              </option>
            ))}
          </select>
        </div>

        {arity === 'none' ? (
          <p className="hint no-value">No value needed.</p>
        ) : arity === 'one' ? (
          <div className="field">
            <label htmlFor={idOf('value')}>{isDate ? 'Date' : 'Value'}</label>
            {field.kind === 'enum' ? (
              <select
                id={idOf('value')}
                value={row.value}
                onChange={(e) => onChange({ value: e.target.value })}
                {...invalid('value')}
              >
                <option value="">Choose…</option>
                {field.options!.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={idOf('value')}
                type={isDate ? 'date' : 'text'}
                inputMode={field.kind === 'integer' ? 'numeric' : undefined}
                value={row.value}
                onChange={(e) => onChange({ value: e.target.value })}
                {...invalid('value')}
              />
            )}
          </div>
        ) : arity === 'two' ? (
          <>
            <div className="field">
              <label htmlFor={idOf('from')}>From</label>
              <input
                id={idOf('from')}
                type="date"
                value={row.from}
                onChange={(e) => onChange({ from: e.target.value })}
                {...invalid('from')}
              />
            </div>
            <div className="field">
              <label htmlFor={idOf('to')}>To</label>
              <input
                id={idOf('to')}
                type="date"
                value={row.to}
                onChange={(e) => onChange({ to: e.target.value })}
                {...invalid('to')}
              />
            </div>
          </>
        ) : field.kind === 'enum' ? (
          <fieldset
            className="choices"
            {...(problem?.at === 'values' ? { 'aria-describedby': errorId } : {})}
          >
            <legend>Values</legend>
            {field.options!.map((o, i) => (
              <label key={o.value} className="inline-check">
                <input
                  type="checkbox"
                  id={i === 0 ? idOf('values') : undefined}
                  checked={row.picked.includes(o.value)}
                  onChange={(e) =>
                    onChange({
                      picked: e.target.checked
                        ? [...row.picked, o.value]
                        : row.picked.filter((v) => v !== o.value),
                    })
                  }
                />
                {o.label}
              </label>
            ))}
          </fieldset>
        ) : (
          <div className="field">
            <label htmlFor={idOf('values')}>Values, one per line</label>
            <textarea
              id={idOf('values')}
              rows={3}
              value={row.listText}
              onChange={(e) => onChange({ listText: e.target.value })}
              {...invalid('values')}
            />
          </div>
        )}

        <button type="button" className="remove" onClick={onRemove} aria-label={`Remove filter ${number}`}>
          Remove
        </button>
        {problem ? (
          <p className="error" id={errorId}>
            {problem.message}
          </p>
        ) : null}
      </fieldset>
    </li>
  )
}
