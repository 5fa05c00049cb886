import { Link } from '@tanstack/react-router'
import { batchSummary, type BatchRow } from './batch-run'
import { buildPhase, PHASE_LABEL } from './build-record'
import { useBuildRecord } from './build-watch'
import type { BuildRequestDraft } from './lib/batch-file'
import type { Batch } from './use-build-batch'

const STATUS_LABEL: Record<BatchRow['status'], string> = {
  invalid: 'Not valid: not sent',
  waiting: 'Waiting',
  submitting: 'Submitting…',
  submitted: 'Submitted',
  failed: 'Failed',
}

/** A list of build requests from a file, submitted one by one with a status per item. */
export function BatchPanel({
  batch,
  onStart,
  onClear,
  onLoad,
}: {
  batch: Batch
  onStart: () => Promise<void>
  onClear: () => void
  onLoad: (request: BuildRequestDraft) => void
}) {
  const summary = batchSummary(batch.rows)
  const done = !batch.running && summary.waiting === 0
  return (
    <section className="card build-batch" aria-labelledby="build-batch-title">
      <h2 id="build-batch-title" className="wrap-anywhere">
        Batch from <span dir="auto">{batch.name}</span>
      </h2>
      <p role="status" aria-live="polite">
        {summary.total} build requests: {summary.submitted} submitted, {summary.failed} failed,{' '}
        {summary.invalid} not valid, {summary.waiting} waiting
        {batch.running ? ' — submitting one by one…' : '.'}
      </p>
      <p className="hint">
        Each valid request is sent on its own; one that fails does not stop the others. The GitHub token in
        the form (if any) is used for all of them and cleared afterwards.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Build requests of {batch.name}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Repository</th>
              <th scope="col">Image</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {batch.rows.map((row) => (
              <tr key={row.index} data-status={row.status}>
                <td>{row.index + 1}</td>
                <td className="wrap-anywhere" title={row.request?.github_repository}>
                  {row.request?.github_repository ?? '—'}
                </td>
                <td className="wrap-anywhere" title={row.request?.image_name}>
                  {row.request ? `${row.request.image_name}:${row.request.tag ?? 'latest'}` : '—'}
                </td>
                <td>
                  <RowStatus row={row} />
                  {row.messages.length ? (
                    <ul className="batch-messages">
                      {row.messages.map((m, i) => (
                        <li key={i} className="wrap-anywhere">
                          {m}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>
                  {row.traceId ? (
                    <Link to="/builds/$traceId" params={{ traceId: row.traceId }}>
                      Open build {row.index + 1}
                    </Link>
                  ) : null}
                  {row.request && (row.status === 'failed' || row.status === 'waiting') ? (
                    <button type="button" className="link" onClick={() => onLoad(row.request!)}>
                      Edit item {row.index + 1} in the form
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        {summary.waiting > 0 ? (
          <button type="button" className="primary" disabled={batch.running} onClick={() => void onStart()}>
            {batch.running
              ? 'Submitting…'
              : `Submit ${summary.waiting} build${summary.waiting === 1 ? '' : 's'}`}
          </button>
        ) : null}
        {!batch.running ? (
          <button type="button" onClick={onClear}>
            {done ? 'Close the batch' : 'Discard the batch'}
          </button>
        ) : null}
      </div>
    </section>
  )
}

/** A submitted row follows its build: it shows Running, then Succeeded or Failed, as the build goes. */
function RowStatus({ row }: { row: BatchRow }) {
  const record = useBuildRecord(row.traceId ?? '')
  if (row.status === 'submitted' && record) {
    const phase = buildPhase(record)
    if (phase !== 'submitted')
      return <span className={`batch-status build-phase ${phase}`}>{PHASE_LABEL[phase]}</span>
  }
  return <span className={`batch-status ${row.status}`}>{STATUS_LABEL[row.status]}</span>
}
