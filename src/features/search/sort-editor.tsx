import { useId } from 'react'
import { FIELDS } from './search-model'
import { fieldNames, type SearchField, type SortSpec } from './search-rules'

/** An ordered list of sort columns; each change applies at once (every choice here is valid). */
export function SortEditor({
  sort,
  disabled,
  onChange,
}: {
  sort: SortSpec[]
  disabled?: boolean
  onChange: (sort: SortSpec[]) => void
}) {
  const id = useId()
  const used = new Set(sort.map((s) => s.field))
  const free = fieldNames.filter((f) => !used.has(f))
  const replace = (index: number, patch: Partial<SortSpec>) =>
    onChange(sort.map((s, i) => (i === index ? { ...s, ...patch } : s)))
  const move = (index: number, by: -1 | 1) => {
    const next = [...sort]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item!)
    onChange(next)
  }

  return (
    <fieldset className="sort-editor" disabled={disabled}>
      <legend className="visually-hidden">Sort order</legend>
      {sort.length === 0 ? (
        <p className="hint">No sort chosen: the server orders by ID, highest first.</p>
      ) : (
        <ol className="sort-rows">
          {sort.map((s, index) => (
            <li key={s.field}>
              <span className="sort-rank" aria-hidden="true">
                {index + 1}.
              </span>
              <label className="visually-hidden" htmlFor={`${id}-${index}-field`}>
                Sort column {index + 1}
              </label>
              <select
                id={`${id}-${index}-field`}
                value={s.field}
                onChange={(e) => replace(index, { field: e.target.value as SearchField })}
              >
                {fieldNames
                  .filter((f) => f === s.field || !used.has(f))
                  .map((f) => (
                    <option key={f} value={f}>
                      {FIELDS[f].label}
                    </option>
                  ))}
              </select>
              <label className="visually-hidden" htmlFor={`${id}-${index}-dir`}>
                Direction of sort column {index + 1}
              </label>
              <select
                id={`${id}-${index}-dir`}
                value={s.direction}
                onChange={(e) => replace(index, { direction: e.target.value as SortSpec['direction'] })}
              >
                <option value="asc">Ascending</option>
                <option value="desc">Descending</option>
              </select>
              <button
                type="button"
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`Move ${FIELDS[s.field].label} up`}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(index, 1)}
                disabled={index === sort.length - 1}
                aria-label={`Move ${FIELDS[s.field].label} down`}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => onChange(sort.filter((_, i) => i !== index))}
                aria-label={`Remove sort by ${FIELDS[s.field].label}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        disabled={free.length === 0}
        onClick={() => onChange([...sort, { field: free[0]!, direction: 'asc' }])}
      >
        Add sort column
      </button>
    </fieldset>
  )
}
