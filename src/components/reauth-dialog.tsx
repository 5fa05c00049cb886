import { Suspense, useEffect, useRef } from 'react'
import { lazyPart } from './lazy-part'

// Loaded only when a session actually ends, so the form code stays out of every page's first load.
const SignInForm = lazyPart(() => import('./sign-in-form').then((m) => m.SignInForm))

/**
 * Sign in again without leaving a page that holds unsaved work: a modal dialog, open while it is mounted.
 * SessionGate loads it only when a session ends there, so it is no part of any page's first load.
 */
export function ReauthDialog({ onSignedIn }: { onSignedIn: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog ref={dialogRef} aria-labelledby="reauth-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="reauth-title">Your session has ended</h2>
      <p>Sign in again to continue. Nothing you typed has been lost; you can send it again afterwards.</p>
      <Suspense fallback={<p>Loading the sign-in form…</p>}>
        <SignInForm
          idPrefix="reauth"
          onSignedIn={() => {
            // Closed before it unmounts, so focus goes back where it was.
            dialogRef.current?.close()
            onSignedIn()
          }}
        />
      </Suspense>
    </dialog>
  )
}
