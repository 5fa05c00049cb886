import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { versionQueries } from '@/api/versions'
import type { ContainerVersion, ContainerVersionDetail } from '@/api/wire'
import { ErrorState } from '@/components/ui/states'
import { TableSkeleton } from '@/components/ui/table-skeleton'
import { sortVersionsDesc } from '@/lib/semver'
import { compareRows } from './compare-rows'

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
        <CompareTable left={current} right={query.data} />
      )}
    </section>
  )
}

function CompareTable({ left, right }: { left: ContainerVersionDetail; right: ContainerVersionDetail }) {
  const rows = compareRows(left, right)
  const differing = rows.filter((r) => r.differs).length
  return (
    <>
      <p aria-live="polite">
        {differing === 0
          ? 'These two versions have the same image, command and Helm config.'
          : `${differing} of ${rows.length} fields differ; they are highlighted.`}
      </p>
      <div className="table-wrap">
        <table className="compare-table">
          <caption className="visually-hidden">
            Version {left.name} compared with version {right.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col" dir="auto">
                {left.name} (this version)
              </th>
              <th scope="col" dir="auto">
                {right.name}
              </th>
            </tr>
          </thead>
          {(['Image', 'Run', 'Helm config'] as const).map((group) => (
            <tbody key={group}>
              <tr className="group">
                <th scope="colgroup" colSpan={3}>
                  {group}
                </th>
              </tr>
              {rows
                .filter((r) => r.group === group)
                .map((r) => (
                  <tr key={r.label} className={r.differs ? 'differs' : undefined}>
                    <th scope="row">
                      {r.label}
                      {r.differs ? (
                        <>
                          {' '}
                          <span className="diff-mark">(differs)</span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      <span className="wrap">{r.left}</span>
                    </td>
                    <td>
                      <span className="wrap">{r.right}</span>
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
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
