import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, HeadContent, redirect } from '@tanstack/react-router'
import { getSession } from '@/api/session'
import { AppShell } from '@/components/app-shell'
import { NotFound } from '@/components/not-found'
import { RouteError } from '@/components/route-error'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  beforeLoad: ({ location }) => {
    if (location.pathname === '/sign-in') return
    if (!getSession()) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
  },
  errorComponent: RouteError,
  notFoundComponent: () => <NotFound />,
  // HeadContent renders the matched routes' `head()` title (React puts it in the document head), so each
  // tab and history entry says which page it is.
  component: () => (
    <>
      <HeadContent />
      <AppShell />
    </>
  ),
})
