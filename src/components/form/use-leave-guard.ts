import { useBlocker } from '@tanstack/react-router'
import { useEffect } from 'react'
import { holdPageOnExpiry } from '@/lib/session-hold'
import { holdUnsavedWork } from '@/lib/unsaved-work'

/**
 * While `dirty`, leaving the page asks first (in-app navigation, tab close and signing out), and an
 * expired session is renewed in a dialog instead of navigating away.
 */
export function useLeaveGuard(dirty: boolean) {
  useBlocker({
    shouldBlockFn: ({ next }) => {
      if (!dirty || next.pathname === '/sign-in') return false
      return !window.confirm('Leave this page? Your draft is saved and will be here when you come back.')
    },
    enableBeforeUnload: () => dirty,
  })
  useEffect(() => holdPageOnExpiry(), [])
  // Signing out is not a navigation the blocker sees in time (it ends the session and removes drafts):
  // the shell asks through this.
  useEffect(() => (dirty ? holdUnsavedWork() : undefined), [dirty])
}
