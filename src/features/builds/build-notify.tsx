import { useEffect, useRef, useSyncExternalStore } from 'react'
import { buildPhase, PHASE_LABEL, type BuildRecord } from './build-record'

/**
 * An opt-in browser notification when a followed build ends, so a user in another tab or window hears
 * about it. The choice is kept in this browser; the browser asks for permission the first time.
 */
const KEY = 'rcabench.build-notifications'
const listeners = new Set<() => void>()
const supported = () => typeof window !== 'undefined' && 'Notification' in window

function optedIn(): boolean {
  try {
    return supported() && localStorage.getItem(KEY) === '1' && Notification.permission === 'granted'
  } catch {
    return false
  }
}

function setOptIn(on: boolean) {
  try {
    if (on) localStorage.setItem(KEY, '1')
    else localStorage.removeItem(KEY)
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Returns the opt-in control (while the build is followed), and notifies once when `record` ends while the
 * page is open.
 */
export function useBuildNotification(record: BuildRecord | undefined, following: boolean) {
  const on = useSyncExternalStore(subscribe, optedIn, () => false)
  const wasFinished = useRef(record?.finished ?? true)
  const finished = record?.finished ?? false
  useEffect(() => {
    if (wasFinished.current || !finished || !record) {
      wasFinished.current = finished
      return
    }
    wasFinished.current = true
    if (!optedIn()) return
    const image = record.imageName ? `${record.imageName}:${record.tag || 'latest'}` : 'the image'
    new Notification(`Build ${PHASE_LABEL[buildPhase(record)].toLowerCase()}: ${image}`, {
      body: record.outcome === 'failed' ? (record.error ?? '') : record.repository,
      tag: `build-${record.traceId}`,
    })
  }, [finished, record])

  if (!supported() || !record || !following) return null
  return (
    <p className="build-notify">
      {on ? (
        <>
          You will get a browser notification when this build ends.{' '}
          <button type="button" className="link" onClick={() => setOptIn(false)}>
            Stop notifications
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() =>
            void Notification.requestPermission().then((permission) => setOptIn(permission === 'granted'))
          }
        >
          Notify me when it ends
        </button>
      )}
    </p>
  )
}
