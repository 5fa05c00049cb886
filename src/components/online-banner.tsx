import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

/** Says when the browser is offline; reads pause meanwhile and resume when the connection returns. */
export function OnlineBanner() {
  const online = useSyncExternalStore(
    (cb) => onlineManager.subscribe(cb),
    () => onlineManager.isOnline(),
    () => true,
  )
  if (online) return null
  return (
    <div className="banner offline" role="status">
      You are offline. Loading is paused and will resume when the connection returns; drafts are kept.
    </div>
  )
}
