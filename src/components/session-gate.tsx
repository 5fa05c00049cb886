import { useQueryClient } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { subscribeSession } from '@/lib/session'
import { isPageHeld } from '@/lib/session-hold'

/**
 * Reacts to the end of a session. On a page with unsaved work the user signs in again in a dialog and
 * stays where they are; elsewhere they go to the sign-in page and come back afterwards.
 */
// Loaded only when a session actually ends, so the form code stays out of every page's first load.
const SignInForm = lazy(() => import('./sign-in-form').then((m) => ({ default: m.SignInForm })))

export function SessionGate() {
  const router = useRouter()
  const queryClient = useQueryClient()
  const [dialogOpen, setDialogOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)

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

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (dialogOpen && !dialog.open) dialog.showModal()
    if (!dialogOpen && dialog.open) dialog.close()
  }, [dialogOpen])

  return (
    <dialog ref={dialogRef} aria-labelledby="reauth-title" onCancel={(e) => e.preventDefault()}>
      {dialogOpen ? (
        <>
          <h2 id="reauth-title">Your session has ended</h2>
          <p>Sign in again to continue. Nothing you typed has been lost; you can send it again afterwards.</p>
          <Suspense fallback={<p>Loading the sign-in form…</p>}>
            <SignInForm idPrefix="reauth" onSignedIn={() => setDialogOpen(false)} />
          </Suspense>
        </>
      ) : null}
    </dialog>
  )
}
