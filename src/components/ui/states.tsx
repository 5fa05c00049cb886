import type { ReactNode } from 'react'
import { describeError, isApiError } from '@/api/errors'

/** "Nothing here" with what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="state" aria-live="polite">
      <h2>{title}</h2>
      {children}
    </section>
  )
}

/** What went wrong, in the server's words when it gave any, with details and a retry. */
export function ErrorState({
  error,
  title = 'This could not be loaded',
  onRetry,
}: {
  error: unknown
  title?: string
  onRetry?: () => void
}) {
  const details = isApiError(error) ? error.details : undefined
  const status = isApiError(error) && error.status > 0 ? ` (HTTP ${error.status})` : ''
  return (
    <div className="alert error" role="alert">
      <p>
        <strong>{title}.</strong> {describeError(error)}
        {status}
      </p>
      {details ? (
        <details>
          <summary>Details</summary>
          <pre>{details}</pre>
        </details>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  )
}

export function Skeleton({ width = '100%' }: { width?: string }) {
  return <span className="skeleton" style={{ width }} aria-hidden="true" />
}

/**
 * A table while its rows load: the real header (when given) and `rows` rows of bars, one per column with
 * the widths given (percent). `caption` names it for screen readers; `status` announces the wait.
 */
export function TableSkeleton({
  rows,
  widths,
  head,
  caption,
  status,
  className,
}: {
  rows: number
  widths: readonly number[]
  head?: ReactNode
  caption?: string
  status?: string
  className?: string
}) {
  return (
    <div className="table-wrap" aria-busy="true">
      {status ? (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      ) : null}
      <table className={className}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        {head}
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              {widths.map((w, j) => (
                <td key={j}>
                  <Skeleton width={`${w}%`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
