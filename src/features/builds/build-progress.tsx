import { Link, useNavigate, useRouterState } from '@tanstack/react-router'
import { Suspense, useEffect, useState } from 'react'
import { TRACE_EVENTS } from '@/api/trace-stream'
import { CopyButton } from '@/components/ui/copy-button'
import { Time } from '@/components/ui/time'
import { dockerPullCommand } from '@/lib/image-ref'
import { useBuildNotification } from './build-notify'
import { buildPhase, PHASE_LABEL, pushedImageRef, type BuildEvent, type BuildRecord } from './build-record'
import { unwatchBuild, useBuildRecord, useWatchState, watchBuild, type WatchState } from './build-watch'
import './builds.css'
import { lazyPart } from '@/components/lazy-part'

// Offered once a build has pushed its image: its code (and the version parser) is not in the page's first load.
const RegisterVersion = lazyPart(() => import('./register-version').then((m) => m.RegisterVersion))

/**
 * `/builds/$traceId`: the build's live timeline from its trace stream. The stream is followed outside the
 * page (build-watch.ts), so leaving and coming back shows the current state and resumes where it stopped.
 */
export function BuildProgress({ traceId }: { traceId: string }) {
  const record = useBuildRecord(traceId)
  const watch = useWatchState(traceId)
  useEffect(() => watchBuild(traceId), [traceId])
  useResultTitle(record)
  useClearSubmittedBanner(traceId, record?.finished === true)
  // Waiting for more only makes sense while the stream is followed (or about to be).
  const waiting = !record?.finished && !['unavailable', 'lost', 'error'].includes(watch.status)
  const notify = useBuildNotification(record, waiting)

  if (!record && watch.status === 'error' && watch.kind === 'not-found') {
    return (
      <section aria-labelledby="build-title">
        <h1 id="build-title">Build not found</h1>
        <div className="state">
          <p className="wrap-anywhere">
            The server has no build with the trace id <code>{traceId}</code>. It may be mistyped, or the build
            may be older than the server keeps.
          </p>
          <p>
            <Link to="/builds/new">Start a new build</Link>
          </p>
        </div>
      </section>
    )
  }

  const image = record?.imageName ? `${record.imageName}:${record.tag || 'latest'}` : null
  const ref = record ? pushedImageRef(record) : undefined
  return (
    <section aria-labelledby="build-title" className="build-progress">
      <p className="breadcrumb">
        <Link to="/builds/new">← Builds</Link>
      </p>
      <h1 id="build-title" className="wrap-anywhere" title={image ?? traceId}>
        {image ? (
          <>
            Build of <span dir="auto">{image}</span>
          </>
        ) : (
          'Build'
        )}
      </h1>
      <BuildFacts traceId={traceId} record={record} />
      <ConnectionLine traceId={traceId} watch={watch} record={record} />
      {notify}
      {watch.status === 'unavailable' || watch.status === 'lost' ? (
        <ProgressUnavailable traceId={traceId} watch={watch} imageRef={ref} />
      ) : null}
      <Timeline record={record} waiting={waiting} />
      {record?.outcome === 'failed' ? (
        <div className="alert error" role="alert">
          <p>
            <strong>The build failed.</strong>
          </p>
          <pre className="wrap-anywhere">{record.error ?? 'The server gave no reason.'}</pre>
          <p>
            <Link to="/builds/new">Fix the request and build again</Link>
          </p>
        </div>
      ) : null}
      {record?.outcome === 'succeeded' ? <BuiltImage record={record} imageRef={ref} /> : null}
    </section>
  )
}

/** The tab's title carries the result, so a build followed in a background tab shows how it ended. */
function useResultTitle(record: BuildRecord | undefined) {
  const phase = record ? buildPhase(record) : 'submitted'
  const image = record?.imageName ? `${record.imageName}:${record.tag || 'latest'}` : 'image'
  useEffect(() => {
    const before = document.title
    const badge = phase === 'succeeded' ? '✓ ' : phase === 'failed' || phase === 'cancelled' ? '✗ ' : ''
    document.title = `${badge}${PHASE_LABEL[phase]} · Build of ${image} · RCABench`
    return () => {
      document.title = before
    }
  }, [phase, image])
}

/** The green "Build of … submitted." banner is about the submission: it goes once a result is in. */
function useClearSubmittedBanner(traceId: string, finished: boolean) {
  const announce = useRouterState({ select: (s) => s.location.state.announce })
  const navigate = useNavigate()
  useEffect(() => {
    if (finished && announce)
      void navigate({
        to: '/builds/$traceId',
        params: { traceId },
        replace: true,
        state: {},
        ignoreBlocker: true,
      })
  }, [finished, announce, navigate, traceId])
}

/** Seconds since `from`, ticking every second while `running`. */
function useElapsed(from: number | undefined, running: boolean): number | undefined {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])
  return from === undefined ? undefined : Math.max(0, Math.floor((now - from) / 1000))
}

const duration = (seconds: number) =>
  seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`

function BuildFacts({ traceId, record }: { traceId: string; record: BuildRecord | undefined }) {
  return (
    <dl className="build-facts">
      {record?.repository ? (
        <div>
          <dt>Repository</dt>
          <dd className="wrap-anywhere" dir="auto">
            <a href={`https://github.com/${record.repository}`} target="_blank" rel="noreferrer noopener">
              {record.repository}
            </a>
            {record.branch ? ` @ ${record.branch}` : ''}
            {record.commit ? ` (commit ${record.commit})` : ''}
            {record.subPath ? ` · ${record.subPath}` : ''}
          </dd>
        </div>
      ) : null}
      {record?.submittedAt ? (
        <div>
          <dt>Submitted</dt>
          <dd>
            <Time value={new Date(record.submittedAt).toISOString()} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Trace id</dt>
        <dd className="mono wrap-anywhere">{traceId}</dd>
      </div>
    </dl>
  )
}

function ConnectionLine({
  traceId,
  watch,
  record,
}: {
  traceId: string
  watch: WatchState
  record: BuildRecord | undefined
}) {
  const phase = record ? PHASE_LABEL[buildPhase(record)] : 'Waiting for the first event'
  const following =
    watch.status === 'connecting' || watch.status === 'open' || watch.status === 'reconnecting'
  const started = record?.submittedAt || record?.events[0]?.at
  const elapsed = useElapsed(started, following && !record?.finished)
  let line: string
  switch (watch.status) {
    case 'connecting':
      line = 'Connecting to the build’s event stream…'
      break
    case 'open':
      line = 'Live: following the build’s events.'
      break
    case 'reconnecting':
      line = `The event stream closed before the build finished; reconnecting… (attempt ${watch.attempt})`
      break
    case 'unavailable':
    case 'lost':
      line = 'Progress unavailable.'
      break
    case 'error':
      line = watch.message
      break
    default:
      line = record?.finished ? 'The build has ended.' : ''
  }
  return (
    <div className={watch.status === 'error' ? 'alert error build-connection' : 'build-connection'}>
      <p role="status" aria-live="polite" data-testid="build-state">
        <strong>State: {phase}.</strong> {line}
      </p>
      {following && !record?.finished && elapsed !== undefined ? (
        <p className="hint" data-testid="build-elapsed">
          {/* Not live: a ticking clock would be read out every second. */}
          Elapsed: {duration(elapsed)}
        </p>
      ) : null}
      {watch.status === 'error' ? <CheckAgain traceId={traceId} label="Try again" /> : null}
    </div>
  )
}

function CheckAgain({ traceId, label }: { traceId: string; label: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        unwatchBuild(traceId)
        watchBuild(traceId)
      }}
    >
      {label}
    </button>
  )
}

/**
 * The server accepted the build but its stream cannot say how it goes (v1.1.45 ends every build stream
 * before the first update), or the stream kept closing. Never "finished": the build may well be running.
 */
function ProgressUnavailable({
  traceId,
  watch,
  imageRef,
}: {
  traceId: string
  watch: Extract<WatchState, { status: 'unavailable' | 'lost' }>
  imageRef: string | undefined
}) {
  return (
    <div className="alert warn" role="alert">
      <p>
        <strong>
          {watch.status === 'unavailable'
            ? 'This server could not report progress for this build.'
            : 'The connection to this build’s progress was lost.'}
        </strong>{' '}
        The server accepted it, so it may still be running: building and pushing an image can take several
        minutes. Nothing here means it has finished or failed.
      </p>
      {watch.detail ? <p className="hint wrap-anywhere">The server said: “{watch.detail}”.</p> : null}
      <p>
        What you can do: come back later and check again, or try to pull the image once it should be ready:
      </p>
      {imageRef ? (
        <p className="image-line">
          <code className="wrap-anywhere">{dockerPullCommand(imageRef)}</code>{' '}
          <CopyButton value={dockerPullCommand(imageRef)} label="Copy docker pull command" />
        </p>
      ) : (
        <p className="hint">
          The image reference is not known in this browser (set the registry prefix on the build form).
        </p>
      )}
      <CheckAgain traceId={traceId} label="Check again" />
    </div>
  )
}

const clock = new Intl.DateTimeFormat('en', { timeStyle: 'medium' })

const eventLabel = (event: BuildEvent) => {
  if (event.name === 'task.state.update') return `State: ${event.state ?? 'unknown'}`
  const known = (TRACE_EVENTS as Record<string, { label: string }>)[event.name]
  return known?.label ?? event.name
}

const eventTone = (event: BuildEvent) =>
  event.state === 'Error' || event.name === 'task.retry.status'
    ? 'error'
    : event.name === 'image.build.succeed' || event.state === 'Completed'
      ? 'ok'
      : ''

/** Every event the stream sent, in order, with its time and message; unknown events under their own name. */
function Timeline({ record, waiting }: { record: BuildRecord | undefined; waiting: boolean }) {
  const events = record?.events ?? []
  const startedAt = record?.submittedAt
  if (events.length === 0 && !waiting) return null
  return (
    <ol className="build-timeline" aria-label="Build timeline">
      {events.map((event, i) => (
        <li key={event.id ?? i} className={`step done ${eventTone(event)}`} data-event={event.name}>
          <span className="step-name">{eventLabel(event)}</span>{' '}
          <span className="step-when">
            <EventTime at={event.at} startedAt={startedAt} />
          </span>
          {event.name in TRACE_EVENTS ? null : <span className="hint">({event.name})</span>}
          {event.message ? (
            <span className="step-message wrap-anywhere" dir="auto">
              {event.message}
            </span>
          ) : null}
          {event.source ? <span className="step-source hint wrap-anywhere">{event.source}</span> : null}
        </li>
      ))}
      {waiting ? (
        <li className="step current" aria-current="step">
          <span className="step-name">{events.length ? 'Next event' : 'First event'}</span>{' '}
          <span className="step-when">waiting…</span>
        </li>
      ) : null}
    </ol>
  )
}

function EventTime({ at, startedAt }: { at: number; startedAt: number | undefined }) {
  const date = new Date(at)
  const elapsed = startedAt && at >= startedAt ? ` (+${((at - startedAt) / 1000).toFixed(1)} s)` : ''
  return (
    <time dateTime={date.toISOString()}>
      at {clock.format(date)}
      {elapsed}
    </time>
  )
}

function BuiltImage({ record, imageRef }: { record: BuildRecord; imageRef: string | undefined }) {
  if (!imageRef)
    return (
      <section className="card build-result" aria-labelledby="build-result-title">
        <h2 id="build-result-title">Image built and pushed</h2>
        <p>
          The server does not say where it pushed the image (its stream carries no reference). It is{' '}
          <code>
            &lt;registry prefix&gt;/{record.imageName || '<image name>'}:{record.tag || 'latest'}
          </code>
          ; set the registry prefix on the build form to see it in full next time.
        </p>
      </section>
    )
  const pull = dockerPullCommand(imageRef)
  return (
    <>
      <section className="card build-result" aria-labelledby="build-result-title">
        <h2 id="build-result-title">Pushed image</h2>
        <p className="image-line">
          <code className="wrap-anywhere" data-testid="built-image-ref">
            {imageRef}
          </code>{' '}
          <CopyButton value={imageRef} label="Copy image reference" />
        </p>
        <p className="image-line">
          <code className="wrap-anywhere">{pull}</code>{' '}
          <CopyButton value={pull} label="Copy docker pull command" />
        </p>
      </section>
      <Suspense fallback={<p role="status">Loading the form to register this image as a version…</p>}>
        <RegisterVersion imageRef={imageRef} record={record} />
      </Suspense>
    </>
  )
}
