import type { ReactNode } from 'react'
import type { Page } from '@/api/wire'
import { Pager } from './pager'
import { ErrorState } from './states'

/** What a paged table needs to know of its query (a React Query result, or one shaped like it). */
export type PagedQuery<D extends Page<unknown>> = {
  data: D | undefined
  isPending: boolean
  isError: boolean
  error: unknown
  isPlaceholderData: boolean
  isFetching: boolean
  refetch: () => unknown
}

/**
 * One page of results, in the order every paged table shows its states: `loading` until the first answer,
 * the error when there is nothing to show (`errorTitle`; null when the page explains it elsewhere), the
 * `empty` state, then the table (`children`, which may dim it with StaleTable while the next page loads
 * over it) with the error of a later page above it and the pager below.
 */
export function PagedResult<D extends Page<unknown>>({
  query,
  loading,
  errorTitle,
  staleErrorTitle = 'The next page could not be loaded',
  empty,
  pager,
  children,
}: {
  query: PagedQuery<D>
  loading: ReactNode
  errorTitle: string | null
  staleErrorTitle?: string
  empty: (data: D) => ReactNode
  pager: {
    sizes: readonly number[]
    noun: string
    onPage: (page: number) => void
    onSize: (size: number) => void
  }
  children: (data: D) => ReactNode
}) {
  const retry = () => void query.refetch()
  if (query.isPending) return loading
  const { data } = query
  if (!data)
    return query.isError && errorTitle !== null ? (
      <ErrorState error={query.error} title={errorTitle} onRetry={retry} />
    ) : null
  if (data.items.length === 0) return empty(data)
  const { pagination } = data
  return (
    <>
      {query.isError ? <ErrorState error={query.error} title={staleErrorTitle} onRetry={retry} /> : null}
      {children(data)}
      <Pager
        page={pagination.page}
        size={pagination.size}
        total={pagination.total}
        totalPages={pagination.total_pages}
        {...pager}
      />
    </>
  )
}

/** A paged table's frame: dimmed while the rows shown are the previous page's, busy while fetching. */
export function StaleTable({ query, children }: { query: PagedQuery<Page<unknown>>; children: ReactNode }) {
  return (
    <div
      className={`table-wrap cards-on-mobile${query.isPlaceholderData ? ' is-stale' : ''}`}
      aria-busy={query.isFetching}
    >
      {children}
    </div>
  )
}
