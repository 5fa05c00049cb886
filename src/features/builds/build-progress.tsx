import { Link } from '@tanstack/react-router'
import { useEffect } from 'react'
import { CopyButton } from '@/components/ui/copy-button'
import { Time } from '@/components/ui/time'
import { dockerPullCommand } from '@/lib/image-ref'
import { PHASE_LABEL, type BuildRecord, type BuildStep, type BuildStepState } from './build-record'
import { unwatchBuild, useBuildRecord, useWatchState, watchBuild, type WatchState } from './build-watch'
import { RegisterVersion } from './register-version'
import './builds.css'

/**
 * `/builds/$traceId`: the build's live timeline from its trace stream. The stream is followed outside the
 * page (build-watch.ts), so leaving and coming back shows the current state and resumes where it stopped.
 */
export function BuildProgress({ traceId }: { traceId: string }) {
  const record = useBuildRecord(traceId)
  const watch = useWatchState(traceId)
  useEffect(() => watchBuild(traceId), [traceId])

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
      <Timeline record={record} />
      {record?.phase === 'failed' ? (
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
      {record?.phase === 'completed' && record.imageRef ? (
        <BuiltImage record={record} imageRef={record.imageRef} />
      ) : null}
    </section>
  )
}

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
  const phase = record ? PHASE_LABEL[record.phase] : 'Waiting for the first event'
  let line: string
  switch (watch.status) {
    case 'connecting':
      line = 'Connecting to the build’s event stream…'
      break
    case 'open':
      line = 'Live: following the build’s events.'
      break
    case 'reconnecting':
      line = `The connection dropped; resuming from the last event (attempt ${watch.attempt})…`
      break
    case 'error':
      line = watch.message
      break
    default:
      line = record?.finished ? 'The build has finished.' : ''
  }
  return (
    <div className={watch.status === 'error' ? 'alert error build-connection' : 'build-connection'}>
      <p role="status" aria-live="polite">
        <strong>State: {phase}.</strong> {line}
      </p>
      {watch.status === 'error' ? (
        <button
          type="button"
          onClick={() => {
            unwatchBuild(traceId)
            watchBuild(traceId)
          }}
        >
          Try again
        </button>
      ) : null}
    </div>
  )
}

const ORDER: BuildStepState[] = ['Pending', 'Running']

function Timeline({ record }: { record: BuildRecord | undefined }) {
  const steps = record?.steps ?? []
  const last: BuildStepState = steps.some((s) => s.state === 'Error') ? 'Error' : 'Completed'
  const rows = [...ORDER, last].map((state) => ({ state, step: steps.find((s) => s.state === state) }))
  const reached = rows.filter((r) => r.step).length
  const startedAt = record?.submittedAt
  return (
    <ol className="build-timeline" aria-label="Build timeline">
      {rows.map(({ state, step }, i) => {
        const status = step ? 'done' : i === reached && !record?.finished ? 'current' : 'upcoming'
        return (
          <li
            key={state}
            className={`step ${status} ${state.toLowerCase()}`}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className="step-name">{state}</span>{' '}
            <span className="step-when">
              {step ? (
                <StepTime step={step} startedAt={startedAt} />
              ) : status === 'current' ? (
                'waiting…'
              ) : (
                'not yet'
              )}
            </span>
            {step?.message ? (
              <span className="step-message wrap-anywhere" dir="auto">
                {step.message}
              </span>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}

const clock = new Intl.DateTimeFormat('en', { timeStyle: 'medium' })

function StepTime({ step, startedAt }: { step: BuildStep; startedAt: number | undefined }) {
  const date = new Date(step.at)
  const elapsed =
    startedAt && step.at >= startedAt ? ` (+${((step.at - startedAt) / 1000).toFixed(1)} s)` : ''
  return (
    <time dateTime={date.toISOString()}>
      at {clock.format(date)}
      {elapsed}
    </time>
  )
}

function BuiltImage({ record, imageRef }: { record: BuildRecord; imageRef: string }) {
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
      <RegisterVersion imageRef={imageRef} containerId={record.containerId} />
    </>
  )
}
