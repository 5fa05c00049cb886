import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query'
import { getRouteApi, Link, useRouterState } from '@tanstack/react-router'
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { containerKeys, containerQueries } from '@/api/containers'
import { LIST_PAGE_SIZES, toListParams } from '@/api/list-params'
import { isApiError } from '@/api/errors'
import type { Container, Page } from '@/api/wire'
import { PagedResult } from '@/components/ui/paged-result'
import { EmptyState } from '@/components/ui/states'
import { ContainerTableSkeleton } from '@/components/container-table'
import { usePainted } from '@/lib/after-paint'
import { formatCount } from '@/lib/format'
import { AppliedChips } from './applied-chips'
import { KeywordBox, QuickFilters } from './query-form'
import { ResultsTable } from './results-table'
import { isSearchMissing, markSearchMissing } from './search-capability'
import { repairedLinkProblems, searchParamProblems } from './link-problems'
import { SEARCH_PAGE_SIZES, type SearchQuery, type SearchState } from './search-params'
import { quickFiltersWithoutSearch } from './quick-filters'
import { toSearchRequest, unavailableWithoutSearch } from './search-request'
import { hasQuery } from './search-text'
import type { SortSpec } from './search-rules'
import { SlidersHorizontal } from '@/components/ui/page-icons'
import './search-page.css'
import { lazyPart } from '@/components/lazy-part'

const route = getRouteApi('/containers/search')

// The rail's panels render after the first paint (usePainted), so their code loads then too.
const QueryExtras = lazyPart(() => import('./query-extras').then((m) => m.QueryExtras))

/**
 * The search without its page, kept as the same object while only the page changes: the rail's controls
 * (memoized) take it, so paging re-renders the results and the pager, not them.
 */
function useQueryPart(search: SearchState): SearchQuery {
  const { page: _page, ...query } = search
  const key = JSON.stringify(query)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the query's content
  return useMemo(() => query, [key])
}

/** "a, b and c". */
const inWords = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')

export function SearchPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const rawSearch = useRouterState({ select: (s) => s.location.search as Record<string, unknown> })
  const href = useRouterState({ select: (s) => s.location.href })
  const [dismissed, setDismissed] = useState<string | null>(null)
  // The router repairs a broken link before this renders, so the URL no longer shows what was wrong; the
  // address the app was opened at still does, as long as this is its history entry (back/forward can also
  // land on a broken link, which the URL itself shows).
  const { landing } = route.useRouteContext()
  const entry = useRouterState({ select: (s) => s.location.state.__TSR_index })
  const fromUrl = searchParamProblems(rawSearch)
  const problems = fromUrl.length
    ? fromUrl
    : entry === landing.index && /\/containers\/search\/?$/.test(landing.pathname)
      ? repairedLinkProblems(landing.search, search)
      : []

  const [fallback, setFallback] = useState(() => isSearchMissing(queryClient))
  const body = toSearchRequest(search)
  const searchQuery = useQuery({ ...containerQueries.search(body), enabled: !fallback })
  const listQuery = useQuery({ ...containerQueries.list(toListParams(search)), enabled: fallback })
  const query = fallback ? listQuery : searchQuery

  // The server has no search endpoint: remember it, and use the list endpoint from now on.
  const noEndpoint = isApiError(searchQuery.error) && searchQuery.error.kind === 'no-endpoint'
  useEffect(() => {
    if (!noEndpoint) return
    markSearchMissing(queryClient)
    setFallback(true)
  }, [noEndpoint, queryClient])

  // A new query cancels the one still in flight (the query function hands React Query's signal to fetch).
  const currentHash = hashKey(containerKeys.search(body))
  useEffect(() => {
    void queryClient.cancelQueries({
      queryKey: [...containerKeys.all, 'search'],
      predicate: (q) => q.queryHash !== currentHash && q.state.fetchStatus === 'fetching',
    })
  }, [currentHash, queryClient])

  const update = useCallback(
    (patch: (s: SearchState) => Partial<SearchState>, replace = false) =>
      void navigate({ search: (prev) => ({ ...prev, page: 1, ...patch(prev) }), replace }),
    [navigate],
  )
  const commitKeyword = useCallback((q: string) => update(() => ({ q }), true), [update])
  const changeQuick = useCallback((patch: Partial<SearchQuery>) => update(() => patch), [update])
  const withoutPage = useQueryPart(search)
  // A column header sorts by that column alone: ascending, then descending, then the server's order.
  const sortBy = (field: SortSpec['field']) =>
    update((prev) => {
      const current = prev.sort.length === 1 && prev.sort[0]!.field === field ? prev.sort[0]!.direction : null
      return {
        sort:
          current === 'asc'
            ? [{ field, direction: 'desc' }]
            : current === 'desc'
              ? []
              : [{ field, direction: 'asc' }],
      }
    })
  const [filtersOpen, setFiltersOpen] = useState(false)
  const painted = usePainted()
  const clearAll = () => void navigate({ search: { size: search.size } })

  const applied = !fallback && searchQuery.data ? searchQuery.data : null
  const sizes = fallback
    ? LIST_PAGE_SIZES
    : (SEARCH_PAGE_SIZES as readonly number[]).includes(search.size)
      ? SEARCH_PAGE_SIZES
      : [...SEARCH_PAGE_SIZES, search.size].sort((a, b) => a - b)
  const missing = fallback ? unavailableWithoutSearch(search) : []

  return (
    <section aria-labelledby="search-title" className="search-page">
      <div className="page-header">
        <h1 id="search-title">Search containers</h1>
        <div className="actions">
          <Link className="button" to="/containers">
            Back to the list
          </Link>
        </div>
      </div>

      {problems.length > 0 && dismissed !== href ? (
        <div className="alert warn" role="alert">
          <p>
            <strong>Part of this link could not be read,</strong> so the defaults are used for:{' '}
            {problems.join(', ')}.
          </p>
          <button type="button" onClick={() => setDismissed(href)}>
            Dismiss
          </button>
        </div>
      ) : null}

      {fallback ? (
        <div className="alert warn" role="status">
          <p>
            <strong>This server has no search endpoint</strong> (it answered 404 to{' '}
            <code>POST /api/v2/containers/search</code>), so results come from the plain container list. Only
            the {inWords(quickFiltersWithoutSearch)} filters work there, with 10, 20 or 50 rows per page.
          </p>
          <p>
            {missing.length
              ? `Not applied: ${missing.join(', ')}.`
              : 'Unavailable: the name keyword, date ranges, advanced filters and sorting.'}
          </p>
        </div>
      ) : null}

      <div className="search-layout">
        <div className="search-rail">
          <div className="card query-card">
            {fallback ? null : <KeywordBox value={search.q} onCommit={commitKeyword} />}
            <button
              type="button"
              className="filters-toggle"
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              <SlidersHorizontal className="icon" aria-hidden="true" />
              {filtersOpen ? 'Hide filters' : 'Filters and sort'}
            </button>
            <div className={filtersOpen ? 'rail-more' : 'rail-more collapsed'}>
              <QuickFilters search={withoutPage} datesDisabled={fallback} onChange={changeQuick} />
            </div>
          </div>

          {/* After the first paint: the results come first, and these sit below the query, moving nothing. */}
          {fallback || !painted ? null : (
            <div className={filtersOpen ? 'query-extras rail-more' : 'query-extras rail-more collapsed'}>
              <Suspense fallback={null}>
                <QueryExtras query={withoutPage} body={body} update={update} />
              </Suspense>
            </div>
          )}
        </div>

        <div className="search-main">
          {applied ? (
            <AppliedChips
              search={search}
              filters={applied.applied_filters}
              sort={applied.applied_sort}
              onChange={(next) => void navigate({ search: next })}
            />
          ) : null}

          <PagedResult<Page<Container>>
            query={query}
            loading={
              query.fetchStatus === 'idle' && !fallback ? (
                <p className="hint">Waiting for the search…</p>
              ) : (
                <ContainerTableSkeleton rows={Math.min(search.size, 12)} />
              )
            }
            errorTitle={
              noEndpoint
                ? null
                : isApiError(query.error) && query.error.kind === 'validation'
                  ? 'The server rejected this search'
                  : 'The search failed'
            }
            staleErrorTitle="The latest search failed; the previous results are shown"
            empty={(data) => (
              <EmptyState
                title={
                  data.pagination.total > 0
                    ? 'This page is past the end of the results'
                    : hasQuery(search)
                      ? 'No containers match this search'
                      : 'No containers yet'
                }
              >
                {data.pagination.total > 0 ? (
                  <button type="button" onClick={() => update(() => ({}))}>
                    Go to the first page
                  </button>
                ) : hasQuery(search) ? (
                  <button type="button" onClick={clearAll}>
                    Clear the search
                  </button>
                ) : null}
              </EmptyState>
            )}
            pager={{
              sizes,
              noun: 'containers',
              onPage: (page) => void navigate({ search: (prev) => ({ ...prev, page }) }),
              onSize: (size) => update(() => ({ size })),
            }}
          >
            {(data) => (
              <ResultsTable
                items={data.items}
                stale={query.isPlaceholderData}
                busy={query.isFetching}
                caption={`Search results: ${formatCount(data.items.length)} containers on this page`}
                sort={fallback ? undefined : search.sort[0]}
                onSort={fallback ? undefined : sortBy}
              />
            )}
          </PagedResult>
        </div>
      </div>
    </section>
  )
}
