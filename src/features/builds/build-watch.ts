import { showToast } from '@/components/ui/toast'
import { useSyncExternalStore } from 'react'
import { apiBaseUrl } from '@/api/client'
import { endSession, getSession, subscribeSession } from '@/api/session'
import { buildHistory } from './build-history'
import { applyTraceEvent, markFinished, type BuildRecord } from './build-record'
import { streamTrace, TraceStreamError } from './lib/sse'

/**
 * Follows builds' trace streams outside of any component, so a build keeps being followed while the user
 * is on another page, and coming back shows where it is (the history store holds every event's effect).
 * A stream resumes from the last event id seen, after a dropped connection or a reload.
 */
export type WatchState =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'open' }
  | { status: 'reconnecting'; attempt: number }
  | { status: 'ended' }
  | { status: 'error'; kind: 'expired' | 'not-found' | 'other'; message: string }

const IDLE: WatchState = { status: 'idle' }
const states = new Map<string, WatchState>()
const controllers = new Map<string, AbortController>()
const listeners = new Set<() => void>()

function setState(traceId: string, state: WatchState) {
  states.set(traceId, state)
  for (const listener of listeners) listener()
}

let sessionHooked = false
function hookSession() {
  if (sessionHooked) return
  sessionHooked = true
  subscribeSession((session) => {
    if (session) return
    for (const [traceId, controller] of controllers) {
      controller.abort()
      setState(traceId, IDLE)
    }
    controllers.clear()
  })
}

function placeholder(traceId: string): BuildRecord {
  const now = Date.now()
  return {
    traceId,
    repository: '',
    imageName: '',
    tag: '',
    submittedAt: now,
    phase: 'submitted',
    steps: [],
    finished: false,
    updatedAt: now,
  }
}

/** Starts following a build unless it is already followed or finished. */
export function watchBuild(traceId: string): void {
  hookSession()
  if (controllers.has(traceId)) return
  const known = buildHistory.get(traceId)
  if (known?.finished) {
    setState(traceId, { status: 'ended' })
    return
  }
  const token = getSession()?.token
  if (!token) {
    setState(traceId, {
      status: 'error',
      kind: 'expired',
      message: 'Your session has ended. Sign in again to follow this build.',
    })
    return
  }
  const controller = new AbortController()
  controllers.set(traceId, controller)
  setState(traceId, { status: 'connecting' })
  const update = (change: (record: BuildRecord) => BuildRecord) => {
    if (!buildHistory.get(traceId)) buildHistory.put(placeholder(traceId))
    buildHistory.update(traceId, change)
  }
  void streamTrace({
    traceId,
    token,
    lastId: known?.lastId ?? '0',
    baseUrl: apiBaseUrl(),
    signal: controller.signal,
    onOpen: () => setState(traceId, { status: 'open' }),
    onEvent: (event, meta) => update((record) => applyTraceEvent(record, event, meta)),
    retryDelayMs: (attempt) => {
      setState(traceId, { status: 'reconnecting', attempt: attempt + 1 })
      return Math.min(500 * 2 ** attempt, 8000)
    },
  })
    .then((result) => {
      if (result.reason === 'end') {
        update((record) => markFinished(record))
        setState(traceId, { status: 'ended' })
        announceFinished(traceId)
      }
    })
    .catch((error: unknown) => {
      if (controller.signal.aborted) return
      const status = error instanceof TraceStreamError ? error.status : undefined
      const message = error instanceof Error ? error.message : String(error)
      if (status === 401) {
        endSession('expired')
        setState(traceId, {
          status: 'error',
          kind: 'expired',
          message: 'Your session has ended. Sign in again to follow this build.',
        })
      } else if (/no tasks found/i.test(message)) {
        setState(traceId, { status: 'error', kind: 'not-found', message })
      } else {
        setState(traceId, { status: 'error', kind: 'other', message })
      }
    })
    .finally(() => {
      if (controllers.get(traceId) === controller) controllers.delete(traceId)
    })
}

/** Background work finished: a toast, unless the user is looking at that build's own page. */
function announceFinished(traceId: string) {
  const record = buildHistory.get(traceId)
  if (!record || window.location.pathname === `/builds/${traceId}`) return
  const name = `${record.imageName}:${record.tag}`
  if (record.phase === 'failed') showToast(`The build of ${name} failed.`, 'error')
  else showToast(`The build of ${name} finished.`)
}

/** Stops following a build (the history keeps what was seen). */
export function unwatchBuild(traceId: string): void {
  controllers.get(traceId)?.abort()
  controllers.delete(traceId)
  setState(traceId, IDLE)
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useWatchState(traceId: string): WatchState {
  return useSyncExternalStore(
    subscribe,
    () => states.get(traceId) ?? IDLE,
    () => IDLE,
  )
}

export function useBuildRecord(traceId: string): BuildRecord | undefined {
  return useSyncExternalStore(
    buildHistory.subscribe,
    () => buildHistory.get(traceId),
    () => undefined,
  )
}

export function useRecentBuilds(): BuildRecord[] {
  return useSyncExternalStore(buildHistory.subscribe, buildHistory.list, () => [])
}
