import type { SearchRequest } from '@/api/containers'
import { FilterBuilder } from './filter-builder'
import { RequestPreview } from './request-preview'
import { SavedSearchesPanel } from './saved-searches-panel'
import type { SearchState } from './search-params'
import { SortEditor } from './sort-editor'

/**
 * The search rail's panels below the query: advanced filters, sort, the request as sent, saved searches.
 * Loaded and rendered after the page's first paint (search-page.tsx), so the results come first.
 */
export function QueryExtras({
  search,
  body,
  update,
}: {
  search: SearchState
  body: SearchRequest
  update: (patch: (s: SearchState) => Partial<SearchState>) => void
}) {
  return (
    <>
      <details className="card" open={search.filters.length > 0 || undefined}>
        <summary>
          Advanced filters{search.filters.length ? ` (${search.filters.length} applied)` : ''}
        </summary>
        <FilterBuilder filters={search.filters} onApply={(filters) => update(() => ({ filters }))} />
      </details>
      <details className="card" open={search.sort.length > 0 || undefined}>
        <summary>
          Sort
          {search.sort.length ? ` (${search.sort.length} column${search.sort.length === 1 ? '' : 's'})` : ''}
        </summary>
        <SortEditor sort={search.sort} onChange={(sort) => update(() => ({ sort }))} />
      </details>
      <RequestPreview body={body} />
      <SavedSearchesPanel search={search} />
    </>
  )
}
