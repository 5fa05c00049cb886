import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router'
import { Suspense, useEffect, useState, useSyncExternalStore } from 'react'
import { endSession, getSession, subscribeSession } from '@/lib/session'
import { clearAccountDrafts } from '@/lib/account-drafts'
import { hasUnsavedWork } from '@/lib/unsaved-work'
import { OnlineBanner } from './online-banner'
import { Boxes, Menu, X } from './ui/icons'
import { ThemeSwitch } from './ui/theme-switch'
import { RouteAnnouncer } from './route-announcer'
import { SessionGate } from './session-gate'
import { ReadOnlyBanner, WriteLink } from './write-link'
import { lazyPart } from './lazy-part'

// Toasts only ever report background work (builds), so their code loads after the first paint.
const Toaster = lazyPart(
  () => import('./ui/toast').then((m) => m.Toaster),
  () => null,
)

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
  // On narrow screens the navigation folds into a menu, closed again after each navigation.
  const [menuOpen, setMenuOpen] = useState(false)
  const path = useRouterState({ select: (s) => s.location.pathname })
  useEffect(() => setMenuOpen(false), [path])
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className={`shell-header${menuOpen ? ' open' : ''}`}>
        <div className="inner">
          <Link to="/containers" className="brand">
            <Boxes className="icon" aria-hidden="true" />
            RCABench Containers
          </Link>
          {session ? (
            <button
              type="button"
              className="icon-only menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              aria-label="Menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {menuOpen ? (
                <X className="icon" aria-hidden="true" />
              ) : (
                <Menu className="icon" aria-hidden="true" />
              )}
            </button>
          ) : null}
          {session ? (
            <nav className="shell-nav" aria-label="Main" id="main-nav">
              {navItems.map((item) => {
                const NavLink = item.to === '/containers/new' ? WriteLink : Link
                return (
                  <NavLink
                    key={item.to}
                    to={item.to}
                    activeOptions={{ exact: item.exact, includeSearch: false }}
                  >
                    {item.label}
                  </NavLink>
                )
              })}
            </nav>
          ) : null}
          {session ? (
            <div className="shell-user">
              <ThemeSwitch />
              <span>
                Signed in as <strong>{session.username}</strong>
              </span>
              <button
                type="button"
                className="small"
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
          ) : (
            <div className="shell-user signed-out">
              <ThemeSwitch />
            </div>
          )}
        </div>
      </header>
      <OnlineBanner />
      <ReadOnlyBanner />
      <main id="main" tabIndex={-1}>
        <RouteAnnouncer />
        <Outlet />
      </main>
      <SessionGate />
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </>
  )
}
