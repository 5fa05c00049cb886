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
