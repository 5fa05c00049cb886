import { FIELDS } from './search-model'
import type { SearchField } from './search-rules'
import { describeFilter } from './search-text'
import type { SearchState } from './search-params'
import { matchApplied } from './search-request'

type Applied = { field: string; operator: string; value?: string; values?: string[] | null }

/**
 * What the server says it applied (applied_filters, applied_sort), as chips. Removing a chip removes the
 * part of the query it came from.
 */
export function AppliedChips({
  search,
  filters,
  sort,
  onChange,
}: {
  search: SearchState
  filters: Applied[]
  sort: { field: string; direction: string }[]
  onChange: (next: SearchState) => void
}) {
  const matched = matchApplied(filters, search)
  const keyword = search.q.trim()
  return (
    <div className="applied" aria-label="Applied by the server" role="group">
      <ul className="chips">
        {keyword ? (
          <li className="chip">
            <span title={keyword} dir="auto">
              Name contains “{keyword}”
            </span>
            <button
              type="button"
              aria-label={`Remove keyword ${keyword}`}
              onClick={() => onChange({ ...search, q: '', page: 1 })}
            >
              ×
            </button>
          </li>
        ) : null}
        {matched.map(({ applied, origin }, i) => {
          const label = origin?.label ?? describeFilter(applied)
          return (
            <li className="chip" key={`f${i}`}>
              <span title={label} dir="auto">
                {label}
              </span>
              {origin ? (
                <button
                  type="button"
                  aria-label={`Remove filter: ${label}`}
                  onClick={() => onChange(origin.remove(search))}
                >
                  ×
                </button>
              ) : null}
            </li>
          )
        })}
        {sort.map((s, i) => {
          const field = FIELDS[s.field as SearchField]?.label ?? s.field
          const label = `Sorted by ${field} ${s.direction === 'asc' ? 'ascending' : 'descending'}`
          return (
            <li className="chip sort" key={`s${i}`}>
              <span>
                {sort.length > 1 ? `${i + 1}. ` : ''}
                {label}
              </span>
              <button
                type="button"
                aria-label={`Remove sort: ${label}`}
                onClick={() =>
                  onChange({ ...search, sort: search.sort.filter((x) => x.field !== s.field), page: 1 })
                }
              >
                ×
              </button>
            </li>
          )
        })}
        {sort.length === 0 ? (
          <li className="chip muted">Sorted by ID, highest first (no sort chosen)</li>
        ) : null}
      </ul>
    </div>
  )
}
