import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { login } from '@/api/auth'
import { routeTree } from '@/routeTree.gen'

/** Signs in against the Node mock server, as a user would. */
export async function signIn(username = 'admin', password = 'admin123') {
  await login({ username, password }, false)
}

/** Renders the real route tree at `url` over the MSW node server, with a fresh cache and no retries. */
export async function renderRoute(url: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  })
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: createMemoryHistory({ initialEntries: [url] }),
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
