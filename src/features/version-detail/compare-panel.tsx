import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { getRouteApi } from '@tanstack/react-router'
import { versionQueries } from '@/api/versions'
import type { ContainerVersion, ContainerVersionDetail } from '@/api/wire'
import { ErrorState } from '@/components/ui/states'
import { TableSkeleton } from '@/components/ui/table-skeleton'
import { sortVersionsDesc } from '@/lib/semver'
import { lazyPart } from '@/components/lazy-part'

// Drawn only once another version is chosen: its code loads then (behind the same skeleton as the data).
const CompareTable = lazyPart(() => import('./compare-table').then((m) => m.CompareTable))

const route = getRouteApi('/containers/$containerId/versions/$versionId')

/** Pick another version of the same container; the two are shown side by side, differences marked. */
export function ComparePanel({
  containerId,
  current,
  versions,
}: {
  containerId: number
  current: ContainerVersionDetail
  versions: ContainerVersion[]
}) {
  const { compare } = route.useSearch()
  const navigate = route.useNavigate()
  const others = sortVersionsDesc(versions.filter((v) => v.id !== current.id))
  const target = others.find((v) => v.id === compare)
  const query = useQuery({
    ...versionQueries.detail(containerId, compare ?? 0),
    enabled: target !== undefined,
  })

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      {others.length === 0 ? (
        <p className="muted">
          This is the only version of the container, so there is nothing to compare it with.
        </p>
      ) : (
        <div className="field">
          <label htmlFor="compare-with">Compare with</label>
          <select
            id="compare-with"
            value={target ? String(target.id) : ''}
            onChange={(e) =>
              void navigate({
                search: { compare: e.target.value ? Number(e.target.value) : undefined },
                replace: true,
                resetScroll: false,
              })
            }
          >
            <option value="">Choose a version…</option>
            {others.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {compare !== undefined && !target ? (
        <p className="alert warn" role="status">
          The version chosen in the link is not another version of this container; choose one from the list.
        </p>
      ) : null}
      {!target ? null : query.isPending ? (
        <CompareSkeleton />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="The other version could not be loaded"
          onRetry={() => void query.refetch()}
        />
      ) : (
        <Suspense fallback={<CompareSkeleton />}>
          <CompareTable left={current} right={query.data} />
        </Suspense>
      )}
    </section>
  )
}

function CompareSkeleton() {
  return (
    <TableSkeleton
      rows={8}
      widths={[30, 60, 60]}
      status="Loading the other version…"
      className="compare-table"
    />
  )
}
