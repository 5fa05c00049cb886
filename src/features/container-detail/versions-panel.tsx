import { getRouteApi, Link } from '@tanstack/react-router'
import { statuses } from '@/api/enums'
import { FilterSelect, STATUS_OPTIONS } from '@/components/ui/filter-select'
import { PagedResult, StaleTable } from '@/components/ui/paged-result'
import { EmptyState } from '@/components/ui/states'
import {
  VERSION_PAGE_SIZES,
  VERSION_SORTS,
  versionSortLabels,
  type ContainerDetailSearch,
} from './detail-search'
import { useVersionRows } from './versions-query'
import { VersionRow, VersionTableHead, VersionTableSkeleton } from './versions-table'
import { VersionActionsNote } from '@/components/version-actions-note'

const route = getRouteApi('/containers/$containerId/')

/** The versions tab: status filter and sort, then one page of list_container_versions. */
export function VersionsPanel({ containerId, latestId }: { containerId: number; latestId?: number }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const query = useVersionRows(containerId, search)

  const update = (patch: Partial<ContainerDetailSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: 1, ...patch }) })
  const statusLabel = statuses.find((s) => s.name === search.status)?.label.toLowerCase()

  return (
    <>
      <div className="toolbar" role="search" aria-label="Filter versions">
        <FilterSelect
          label="Status"
          value={search.status}
          options={STATUS_OPTIONS}
          onChange={(status) => update({ status })}
        />
        <div className="field">
          <label htmlFor="versions-sort">Sort</label>
          <select
            id="versions-sort"
            value={search.sort}
            onChange={(e) => update({ sort: e.target.value as ContainerDetailSearch['sort'] })}
          >
            {VERSION_SORTS.map((s) => (
              <option key={s} value={s}>
                {versionSortLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <PagedResult
        query={query}
        loading={<VersionTableSkeleton rows={Math.min(search.size, 10)} />}
        errorTitle="Versions could not be loaded"
        empty={() => (
          <EmptyState
            title={
              search.status
                ? `No ${statusLabel} versions`
                : search.page > 1
                  ? 'This page is past the end of the list'
                  : 'No versions yet'
            }
          >
            {search.status ? (
              <button type="button" onClick={() => update({ status: undefined })}>
                Show all versions
              </button>
            ) : search.page > 1 ? (
              <button type="button" onClick={() => update({})}>
                Go to the first page
              </button>
            ) : (
              <p>
                <Link to="/containers/$containerId/versions/new" params={{ containerId }}>
                  Add the first version
                </Link>
              </p>
            )}
          </EmptyState>
        )}
        pager={{
          sizes: VERSION_PAGE_SIZES,
          noun: 'versions',
          onPage: (page) => void navigate({ search: (prev) => ({ ...prev, page }) }),
          onSize: (size) => update({ size: size as ContainerDetailSearch['size'] }),
        }}
      >
        {(data) => (
          <>
            <StaleTable query={query}>
              <table>
                <caption className="visually-hidden">
                  Versions, {versionSortLabels[search.sort].toLowerCase()}
                </caption>
                <VersionTableHead />
                <tbody>
                  {data.items.map((v) => (
                    <VersionRow
                      key={v.id}
                      containerId={containerId}
                      version={v}
                      isLatest={v.id === latestId}
                    />
                  ))}
                </tbody>
              </table>
            </StaleTable>
            <VersionActionsNote />
          </>
        )}
      </PagedResult>
    </>
  )
}
