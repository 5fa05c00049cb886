// The smallest app on this project's fixed stack (react-dom, TanStack Router, TanStack Query): one route
// with search params, a loader and a query-backed table. `npm run bench` builds it to show how much of the
// first load the stack itself costs before any of the dashboard's own code.
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query'
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { createRoot } from 'react-dom/client'

const queryClient = new QueryClient()
const rows = queryOptions({
  queryKey: ['rows'],
  queryFn: () => fetch('/api/v2/containers').then((r) => r.json() as Promise<{ id: number }[]>),
})

const rootRoute = createRootRoute({
  component: () => (
    <main>
      <Link to="/">Home</Link>
      <Outlet />
    </main>
  ),
})

function Table() {
  const { data = [] } = useQuery(rows)
  return (
    <table>
      <tbody>
        {data.map((row) => (
          <tr key={row.id}>
            <td>{row.id}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>) => ({ page: Number(search.page) || 1 }),
  loader: () => queryClient.ensureQueryData(rows),
  component: Table,
})

const router = createRouter({ routeTree: rootRoute.addChildren([indexRoute]) })

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={queryClient}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
)
