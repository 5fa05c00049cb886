import { Link } from '@tanstack/react-router'
import { useEffect } from 'react'
import { Time } from '@/components/ui/time'
import { buildHistory } from './build-history'
import { buildPhase, PHASE_LABEL, pushedImageRef, type BuildRecord } from './build-record'
import { useRecentBuilds, watchBuild } from './build-watch'

/** Builds submitted from this browser (no tokens are kept), with their last known state. */
export function RecentBuilds() {
  const builds = useRecentBuilds()
  const unfinished = builds
    .filter((b) => !b.finished)
    .map((b) => b.traceId)
    .join(',')
  // Keep following builds that have not finished, so their state here stays current.
  useEffect(() => {
    for (const traceId of unfinished.split(',').filter(Boolean).slice(0, 5)) watchBuild(traceId)
  }, [unfinished])
  return (
    <section aria-labelledby="recent-builds-title" className="recent-builds">
      <h2 id="recent-builds-title">Recent builds in this browser</h2>
      {builds.length === 0 ? (
        <p className="hint">
          None yet. Builds you submit here are listed with their state (tokens are never kept).
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Recent builds in this browser</caption>
              <thead>
                <tr>
                  <th scope="col">Repository</th>
                  <th scope="col">Image</th>
                  <th scope="col">State</th>
                  <th scope="col">Submitted</th>
                </tr>
              </thead>
              <tbody>
                {builds.map((b) => (
                  <RecentRow key={b.traceId} build={b} />
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                if (
                  window.confirm(
                    'Forget the recent builds of this browser? The builds themselves are not affected.',
                  )
                )
                  buildHistory.clear()
              }}
            >
              Forget this list
            </button>
          </p>
        </>
      )}
    </section>
  )
}

function RecentRow({ build }: { build: BuildRecord }) {
  const image = build.imageName ? `${build.imageName}:${build.tag || 'latest'}` : 'unknown image'
  const phase = buildPhase(build)
  return (
    <tr>
      <td className="wrap-anywhere" title={build.repository}>
        <span dir="auto">{build.repository || '—'}</span>
        {build.branch ? <span className="hint"> @ {build.branch}</span> : null}
      </td>
      <td className="wrap-anywhere" title={pushedImageRef(build) ?? image}>
        <Link to="/builds/$traceId" params={{ traceId: build.traceId }}>
          {image}
        </Link>
      </td>
      <td>
        <span className={`build-phase ${phase}`}>{PHASE_LABEL[phase]}</span>
      </td>
      <td>
        <Time value={new Date(build.submittedAt).toISOString()} />
      </td>
    </tr>
  )
}
