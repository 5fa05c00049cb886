import type { QueryClient } from '@tanstack/react-query'

/**
 * Whether this server turned out to have no search endpoint (a plain-text 404). Kept in the query cache,
 * so it lasts as long as the session's cache and the loader stops asking for a search it cannot get.
 */
const key = ['containers', 'search-capability'] as const

export const isSearchMissing = (queryClient: QueryClient) => queryClient.getQueryData(key) === 'missing'
export const markSearchMissing = (queryClient: QueryClient) => queryClient.setQueryData(key, 'missing')
