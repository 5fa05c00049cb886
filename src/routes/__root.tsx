import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, redirect, useRouterState } from '@tanstack/react-router'
import { getSession } from '@/lib/session'
import { AppShell } from '@/components/app-shell'
import { NotFound } from '@/components/not-found'
import { RouteError } from '@/components/route-error'
import type { Landing } from '@/lib/url-search'

/**
 * The deepest matched route's `head()` title, as a <title> that React puts in the document head, so each
 * tab and history entry says which page it is. The routes only set titles: the router's HeadContent (which
 * also renders meta, link, style and script tags) cost every page's first load ~1.5 KiB gzip for nothing.
 */
function RouteTitle() {
  const title = useRouterState({
    select: (s) => s.matches.flatMap((match) => match.meta ?? []).findLast((meta) => meta?.title)?.title,
  })
  return title ? <title>{title}</title> : null
}

export const Route = createRootRouteWithContext<{ queryClient: QueryClient; landing: Landing }>()({
  beforeLoad: ({ location }) => {
    if (location.pathname === '/sign-in') return
    if (!getSession()) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
  },
  errorComponent: RouteError,
  notFoundComponent: () => <NotFound />,
  component: () => (
    <>
      <RouteTitle />
      <AppShell />
    </>
  ),
})
