import { useQueryClient } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { Suspense, useEffect, useState } from 'react'
import { subscribeSession } from '@/lib/session'
import { isPageHeld } from '@/lib/session-hold'
import { lazyPart } from './lazy-part'

/**
 * Reacts to the end of a session. On a page with unsaved work the user signs in again in a dialog and
 * stays where they are; elsewhere they go to the sign-in page and come back afterwards.
 */
// Loaded only when a session ends on a page with unsaved work, so it stays out of every page's first load.
const ReauthDialog = lazyPart(() => import('./reauth-dialog').then((m) => m.ReauthDialog))

export function SessionGate() {
  const router = useRouter()
  const queryClient = useQueryClient()
  const [dialogOpen, setDialogOpen] = useState(false)

  useEffect(
    () =>
      subscribeSession((session, reason) => {
        if (session) return
        if (reason === 'expired' && isPageHeld()) {
          setDialogOpen(true)
          return
        }
        queryClient.clear()
        const here = router.state.location
        if (here.pathname === '/sign-in') return
        void router.navigate({
          to: '/sign-in',
          search: { redirect: here.href, reason: reason === 'expired' ? 'expired' : undefined },
        })
      }),
    [router, queryClient],
  )

  return dialogOpen ? (
    <Suspense fallback={null}>
      <ReauthDialog onSignedIn={() => setDialogOpen(false)} />
    </Suspense>
  ) : null
}
