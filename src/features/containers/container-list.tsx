import { useQuery } from '@tanstack/react-query'
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router'
import { memo, useCallback, useId, useState } from 'react'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { FilterSelect, STATUS_OPTIONS, TYPE_OPTIONS, VISIBILITY_OPTIONS } from '@/components/ui/filter-select'
import { Plus, Search } from '@/components/ui/page-icons'
import { PagedResult, StaleTable } from '@/components/ui/paged-result'
import { ShowDeletedToggle } from '@/components/ui/show-deleted'
import { EmptyState } from '@/components/ui/states'
import { WriteLink } from '@/components/write-link'
import { formatCount } from '@/lib/format'
import { ContainerRow, ContainerTableHead, ContainerTableSkeleton } from '@/components/container-table'
import {
  hasFilters,
  hidesDeleted,
  PAGE_SIZES,
  type ContainerFilters,
  type ContainersSearch,
} from './list-search'

const route = getRouteApi('/containers/')

export function ContainerList() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const query = useQuery(containerQueries.list(toListParams(search), hidesDeleted(search)))

  // Stable, so the filters (memoized) are not rendered again when only the page changes.
  const update = useCallback(
    (patch: Partial<ContainersSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, page: 1, ...patch }) }),
    [navigate],
  )
  const clearFilters = useCallback(
    () => void navigate({ search: (prev) => ({ page: 1, size: prev.size }) }),
    [navigate],
  )

  return (
    <section aria-labelledby="containers-title">
      <div className="page-header">
        <h1 id="containers-title">Containers</h1>
        <div className="actions">
          <Link className="button" to="/containers/search">
            Advanced search
          </Link>
          <WriteLink className="button primary" to="/containers/new">
            <Plus className="icon" aria-hidden="true" />
            New container
          </WriteLink>
        </div>
      </div>

      <ListFilters
        type={search.type}
        visibility={search.visibility}
        status={search.status}
        deleted={search.deleted}
        update={update}
        clearFilters={clearFilters}
      />

      <PagedResult
        query={query}
        loading={<ContainerTableSkeleton rows={Math.min(search.size, 20)} />}
        errorTitle="Containers could not be loaded"
        empty={(data) =>
          data.pagination.total > 0 ? (
            <EmptyState title="This page is past the end of the list">
              <p>
                {formatCount(data.pagination.total)} containers match, on{' '}
                {formatCount(data.pagination.total_pages)} pages.{' '}
                <Link to="/containers" search={(prev) => ({ ...prev, page: data.pagination.total_pages })}>
                  Go to the last page
                </Link>
              </p>
            </EmptyState>
          ) : (
            <EmptyState
              title={hasFilters(search) ? 'No containers match these filters' : 'No containers yet'}
            >
              {hasFilters(search) ? (
                <button type="button" onClick={clearFilters}>
                  Clear filters
                </button>
              ) : (
                <p>
                  <Link to="/containers/new">Register the first container</Link>
                </p>
              )}
            </EmptyState>
          )
        }
        pager={{
          sizes: PAGE_SIZES,
          noun: 'containers',
          onPage: (page) => void navigate({ search: (prev) => ({ ...prev, page }) }),
          onSize: (size) => update({ size: size as ContainersSearch['size'] }),
        }}
      >
        {(data) => (
          <>
            {hidesDeleted(search) && !data.deletedHidden ? (
              <p className="hint" role="status">
                This server cannot leave deleted containers out of the list, so they are shown and marked.
              </p>
            ) : null}
            <StaleTable query={query}>
              <table>
                <caption className="visually-hidden">Containers, newest first</caption>
                <ContainerTableHead />
                <tbody>
                  {data.items.map((c) => (
                    <ContainerRow key={c.id} container={c} />
                  ))}
                </tbody>
              </table>
            </StaleTable>
          </>
        )}
      </PagedResult>
    </section>
  )
}

/** The name box and filters above the list. Memoized on the filters: a page change does not render them. */
const ListFilters = memo(function ListFilters({
  update,
  clearFilters,
  ...filters
}: ContainerFilters & { update: (patch: Partial<ContainersSearch>) => void; clearFilters: () => void }) {
  return (
    <div className="toolbar" role="search" aria-label="Filter containers">
      <NameFilter filters={filters} />
      <FilterSelect
        label="Type"
        value={filters.type}
        options={TYPE_OPTIONS}
        onChange={(type) => update({ type })}
      />
      <FilterSelect
        label="Visibility"
        value={filters.visibility}
        options={VISIBILITY_OPTIONS}
        onChange={(visibility) => update({ visibility })}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        options={STATUS_OPTIONS}
        onChange={(status) => update({ status })}
      />
      {filters.status ? null : (
        <ShowDeletedToggle
          shown={filters.deleted === 'shown'}
          onChange={(shown) => update({ deleted: shown ? 'shown' : undefined })}
        />
      )}
      {hasFilters(filters) ? (
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  )
})

/**
 * The name box above the list. The list endpoint cannot filter by name (only by type, visibility
 * and status only), so the box hands the name, with the filters already chosen, to the search page, whose
 * endpoint can.
 */
function NameFilter({ filters }: { filters: ContainerFilters }) {
  const id = useId()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  return (
    <form
      className="field grow"
      onSubmit={(e) => {
        e.preventDefault()
        void navigate({
          to: '/containers/search',
          search: {
            q: name.trim(),
            type: filters.type,
            status: filters.status,
            visibility: filters.visibility,
          },
        })
      }}
    >
      <label htmlFor={id}>Name</label>
      <span className="input-icon">
        <Search className="icon" aria-hidden="true" />
        <input
          id={id}
          type="search"
          value={name}
          placeholder="Filter by name, then Enter"
          onChange={(e) => setName(e.target.value)}
          enterKeyHint="search"
        />
      </span>
    </form>
  )
}
