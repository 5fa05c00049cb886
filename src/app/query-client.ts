import { QueryClient } from '@tanstack/react-query'
import { isApiError, isRetryable } from '@/api/errors'

/**
 * Reads are cached for 30 s (so back-navigation costs no request), retried with backoff only when a retry
 * can help (5xx, network), and paused while offline. A timeout is not retried automatically: the user has
 * already waited REQUEST_TIMEOUT_MS, so they get the message and a retry button instead of three more
 * waits. Writes are never retried automatically.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        retry: (failureCount, error) =>
          failureCount < 3 && isRetryable(error) && !(isApiError(error) && error.kind === 'timeout'),
        retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 5_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
