import { useBlocker } from '@tanstack/react-router'
import { useEffect } from 'react'
import { holdPageOnExpiry } from '@/lib/session-hold'

/**
 * While `dirty`, leaving the page asks first (in-app navigation and tab close), and an expired session
 * is renewed in a dialog instead of navigating away.
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
}
