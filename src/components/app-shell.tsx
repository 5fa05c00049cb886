import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useRouter } from '@tanstack/react-router'
import { useSyncExternalStore } from 'react'
import { endSession, getSession, subscribeSession } from '@/api/session'
import { clearAccountDrafts } from '@/lib/drafts'
import { hasUnsavedWork } from '@/lib/unsaved-work'
import { OnlineBanner } from './online-banner'
import { RouteAnnouncer } from './route-announcer'
import { SessionGate } from './session-gate'
import { ReadOnlyBanner, WriteLink } from './write-link'

const navItems = [
  { to: '/containers', label: 'Containers', exact: true },
  { to: '/containers/search', label: 'Search', exact: true },
  { to: '/containers/new', label: 'New container', exact: true },
  { to: '/builds/new', label: 'Build image', exact: false },
] as const

function useSession() {
  return useSyncExternalStore(
    (cb) => subscribeSession(cb),
    () => getSession(),
    () => null,
  )
}

export function AppShell() {
  const session = useSession()
  const router = useRouter()
  const queryClient = useQueryClient()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <div className="inner">
          <Link to="/containers" className="brand">
            RCABench Containers
          </Link>
          {session ? (
            <nav className="shell-nav" aria-label="Main">
              {navItems.map((item) =>
                item.to === '/containers/new' ? (
                  <WriteLink
                    key={item.to}
                    to={item.to}
                    activeOptions={{ exact: item.exact, includeSearch: false }}
                  >
                    {item.label}
                  </WriteLink>
                ) : (
                  <Link
                    key={item.to}
                    to={item.to}
                    activeOptions={{ exact: item.exact, includeSearch: false }}
                  >
                    {item.label}
                  </Link>
                ),
              )}
            </nav>
          ) : null}
          {session ? (
            <div className="shell-user">
              <span>
                Signed in as <strong>{session.username}</strong>
              </span>
              <button
                type="button"
                onClick={() => {
                  if (
                    hasUnsavedWork() &&
                    !window.confirm(
                      'Sign out? What you typed in this form will be lost: signing out removes drafts.',
                    )
                  )
                    return
                  // Nothing of this account stays behind: its drafts, its session, what it has loaded.
                  clearAccountDrafts(session.username)
                  endSession('signed-out')
                  void router.navigate({ to: '/sign-in' }).then(() => queryClient.clear())
                }}
              >
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      <OnlineBanner />
      <ReadOnlyBanner />
      <main id="main" tabIndex={-1}>
        <RouteAnnouncer />
        <Outlet />
      </main>
      <SessionGate />
    </>
  )
}
