import { memo } from 'react'
import type { SearchRequest } from '@/api/containers'
import { Disclosure } from '@/components/ui/disclosure'
import { FilterBuilder } from './filter-builder'
import { RequestPreview } from './request-preview'
import { SavedSearchesPanel } from './saved-searches-panel'
import type { FilterSpec, SortSpec } from './search-rules'
import type { SearchQuery, SearchState } from './search-params'
import { SortEditor } from './sort-editor'

type Update = (patch: (s: SearchState) => Partial<SearchState>) => void

/**
 * The search rail's panels below the query: advanced filters, sort, the request as sent, saved searches.
 * Loaded and rendered after the page's first paint (search-page.tsx), so the results come first. The
 * panels are memoized on the query (without its page): a page change re-renders only the request.
 */
export function QueryExtras({
  query,
  body,
  update,
}: {
  query: SearchQuery
  body: SearchRequest
  update: Update
}) {
  return (
    <>
      <FiltersPanel filters={query.filters} update={update} />
      <SortPanel sort={query.sort} update={update} />
      <RequestPreview body={body} />
      <SavedSearchesPanel search={query} />
    </>
  )
}

const FiltersPanel = memo(function FiltersPanel({
  filters,
  update,
}: {
  filters: FilterSpec[]
  update: Update
}) {
  return (
    <Disclosure
      className="card"
      open={filters.length > 0}
      summary={`Advanced filters${filters.length ? ` (${filters.length} applied)` : ''}`}
    >
      <FilterBuilder filters={filters} onApply={(next) => update(() => ({ filters: next }))} />
    </Disclosure>
  )
})

const SortPanel = memo(function SortPanel({ sort, update }: { sort: SortSpec[]; update: Update }) {
  return (
    <Disclosure
      className="card"
      open={sort.length > 0}
      summary={`Sort${sort.length ? ` (${sort.length} column${sort.length === 1 ? '' : 's'})` : ''}`}
    >
      <SortEditor sort={sort} onChange={(next) => update(() => ({ sort: next }))} />
    </Disclosure>
  )
})
