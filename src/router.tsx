import type { QueryClient } from '@tanstack/react-query'
import { createBrowserHistory, createRouter } from '@tanstack/react-router'
import { landingOf } from './lib/url-search'
import { routeTree } from './routeTree.gen'

export function createAppRouter(queryClient: QueryClient) {
  const history = createBrowserHistory()
  return createRouter({
    routeTree,
    history,
    // Vite's `base` (VITE_BASE_PATH at build time): app URLs live under it, /api does not.
    basepath: import.meta.env.BASE_URL,
    context: { queryClient, landing: landingOf(history) },
    defaultPreload: 'intent',
    // Preloads go through React Query, which owns freshness.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultPendingMs: 150,
    defaultPendingMinMs: 200,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
