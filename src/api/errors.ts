/**
 * The one error type of the API layer. Every failed call (HTTP error, network drop, timeout, or a body
 * the dashboard cannot read) becomes an ApiError with a `kind` the UI can branch on.
 */
export type ApiErrorKind =
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'conflict' // 409 (only a duplicate container name on this server)
  | 'not-found' // 404, or the server's 500 "... record not found"
  | 'validation' // 400: the message is the server's text, kept verbatim
  | 'server' // any other 5xx
  | 'no-endpoint' // a plain-text 404 "404 page not found": the server has no such route
  | 'network' // fetch rejected: offline, DNS, connection reset
  | 'timeout' // aborted by the client after REQUEST_TIMEOUT_MS
  | 'unexpected' // a 2xx whose body is not the envelope the contract describes

export class ApiError extends Error {
  readonly status: number
  readonly kind: ApiErrorKind
  /** Extra text for "show details": the raw body or the schema problem. Never contains the token. */
  readonly details?: string

  constructor(status: number, message: string, kind?: ApiErrorKind, details?: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.kind = kind ?? classifyStatus(status, message)
    this.details = details
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

/** Maps a status and the envelope message to a kind, following the server's real behaviour. */
export function classifyStatus(status: number, message: string): ApiErrorKind {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 409) return 'conflict'
  if (status === 400) return 'validation'
  if (status === 404) return 'not-found'
  if (status >= 500 && /record not found\s*$/i.test(message)) return 'not-found'
  if (status >= 500) return 'server'
  return 'unexpected'
}

/** A sentence for people, used when a component has nothing more specific to say. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Something went wrong.'
  switch (error.kind) {
    case 'unauthenticated':
      return 'Your session has ended. Sign in again to continue.'
    case 'forbidden':
      return 'Your account is not allowed to do this (the server answered "Insufficient permissions").'
    case 'network':
      return 'The server could not be reached. Check your connection; the request can be retried.'
    case 'timeout':
      return 'The server took too long to answer, so the request was stopped.'
    case 'unexpected':
      return 'The server sent an unexpected response.'
    case 'no-endpoint':
      return 'This server does not offer this operation.'
    default:
      return error.message || `The server answered with status ${error.status}.`
  }
}

/** Reads (GETs) may be retried; writes never are. Client errors are final. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false
  return error.kind === 'server' || error.kind === 'network' || error.kind === 'timeout'
}
