import { useRouterState } from '@tanstack/react-router'

declare module '@tanstack/history' {
  interface HistoryState {
    /** A one-line outcome to show and announce on the page navigated to, e.g. "Container x was created." */
    announce?: string
  }
}

/**
 * Shows and announces (role=status) the `announce` message that a navigation carried in its history
 * state: `navigate({ to, state: { announce: '…' } })`. The live region is always in the page, so screen
 * readers hear the text when it arrives; it belongs to that history entry only.
 */
export function RouteAnnouncer() {
  const message = useRouterState({ select: (s) => s.location.state.announce })
  return (
    <div role="status" className={message ? 'alert ok route-announcement' : 'visually-hidden'}>
      {message}
    </div>
  )
}
