import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import { login } from '@/api/auth'
import { landingOf } from '@/lib/url-search'
import { routeTree } from '@/routeTree.gen'

/**
 * For a test that shows a route's error page on purpose: React and the router log the error in
 * development builds. Returns the spies, so the test can check what was logged.
 */
export function expectLoggedErrors() {
  return {
    error: vi.spyOn(console, 'error').mockImplementation(() => {}),
    warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
  }
}

export function setActEnvironment(on: boolean) {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on
}

/** Signs in against the Node mock server, as a user would. */
export async function signIn(username = 'admin', password = 'admin123') {
  await login({ username, password }, false)
}

/** Renders the real route tree at `url` over the MSW node server, with a fresh cache and no retries. */
export async function renderRoute(url: string) {
  // A route test runs like the browser: the router and the queries update the page whenever a response
  // arrives, and the test waits for what a user would see (findBy*). Those updates cannot be wrapped in
  // act(), so React is told this is not an act environment (Testing Library still uses act for render
  // and events); React's other warnings still fail the test (see setup.ts). Reset after each test.
  setActEnvironment(false)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  })
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createRouter({
    routeTree,
    context: { queryClient, landing: landingOf(history) },
    history,
    defaultPendingMs: 0,
  })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  await router.load()
  return { ...view, router, queryClient }
}
