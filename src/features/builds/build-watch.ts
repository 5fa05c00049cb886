import { showToast } from '@/components/ui/toast'
import { useSyncExternalStore } from 'react'
import { describeError, isApiError } from '@/api/errors'
import { getSession, subscribeSession } from '@/lib/session'
import { followTrace, type BuildOutcome } from '@/api/trace-stream'
import { buildHistory } from './build-history'
import { applyTraceUpdate, type BuildRecord } from './build-record'

/**
 * Follows builds' trace streams outside of any component, so a build keeps being followed while the user
 * is on another page, and coming back shows where it is (the history store holds every event).
 * A stream resumes from the last event id seen, after a dropped connection or a reload.
 */
export type WatchState =
  | { status: 'idle' }
  | { status: 'connecting' }
  | { status: 'open' }
  | { status: 'reconnecting'; attempt: number }
  | { status: 'ended'; outcome?: BuildOutcome }
  /** The server cannot report this build's progress (v1.1.45: `end` before any update). */
  | { status: 'unavailable'; detail?: string }
  /** The stream kept closing without news; the build may still be running. */
  | { status: 'lost'; detail?: string }
  | { status: 'error'; kind: 'expired' | 'not-found' | 'other'; message: string }

const IDLE: WatchState = { status: 'idle' }
const states = new Map<string, WatchState>()
const controllers = new Map<string, AbortController>()
const listeners = new Set<() => void>()
const endListeners = new Set<(traceId: string, state: WatchState) => void>()

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
    events: [],
    finished: false,
    updatedAt: now,
  }
}

const EXPIRED = 'Your session has ended. Sign in again to follow this build.'

/**
 * Starts following a build unless it is already followed, finished, or found unreadable in this page's
 * life (checking again goes through unwatchBuild first).
 */
export function watchBuild(traceId: string): void {
  hookSession()
  if (controllers.has(traceId)) return
  const current = states.get(traceId)?.status
  if (current === 'unavailable' || current === 'lost') return
  const known = buildHistory.get(traceId)
  if (known?.finished) {
    setState(traceId, { status: 'ended', ...(known.outcome ? { outcome: known.outcome } : {}) })
    return
  }
  if (!getSession()?.token) {
    setState(traceId, { status: 'error', kind: 'expired', message: EXPIRED })
    return
  }
  const controller = new AbortController()
  controllers.set(traceId, controller)
  setState(traceId, { status: 'connecting' })
  const update = (change: (record: BuildRecord) => BuildRecord) => {
    if (!buildHistory.get(traceId)) buildHistory.put(placeholder(traceId))
    buildHistory.update(traceId, change)
  }
  const finish = (state: WatchState) => {
    setState(traceId, state)
    for (const listener of endListeners) listener(traceId, state)
  }
  void followTrace({
    traceId,
    lastId: known?.lastId ?? '0',
    signal: controller.signal,
    onOpen: () => setState(traceId, { status: 'open' }),
    onUpdate: (event) => update((record) => applyTraceUpdate(record, event)),
    onReconnect: (attempt) => setState(traceId, { status: 'reconnecting', attempt }),
  })
    .then((result) => {
      switch (result.reason) {
        case 'ended':
          finish({ status: 'ended', outcome: result.outcome })
          return announceFinished(traceId, result.outcome)
        case 'unreadable':
          return finish({ status: 'unavailable', ...(result.detail ? { detail: result.detail } : {}) })
        case 'gave-up':
          return finish({ status: 'lost', ...(result.detail ? { detail: result.detail } : {}) })
        case 'aborted':
          return undefined
      }
    })
    .catch((error: unknown) => {
      if (controller.signal.aborted) return
      if (isApiError(error) && error.kind === 'unauthenticated')
        setState(traceId, { status: 'error', kind: 'expired', message: EXPIRED })
      else if (isApiError(error) && error.kind === 'not-found')
        setState(traceId, { status: 'error', kind: 'not-found', message: error.message })
      else setState(traceId, { status: 'error', kind: 'other', message: describeError(error) })
    })
    .finally(() => {
      if (controllers.get(traceId) === controller) controllers.delete(traceId)
    })
}

/** Background work finished: a toast, unless the user is looking at that build's own page. */
function announceFinished(traceId: string, outcome: BuildOutcome | undefined) {
  const record = buildHistory.get(traceId)
  // endsWith: the app may be served under a base path.
  if (!record || window.location.pathname.endsWith(`/builds/${traceId}`)) return
  const name = `${record.imageName}:${record.tag || 'latest'}`
  if (outcome === 'succeeded') showToast(`The build of ${name} succeeded.`)
  else if (outcome === 'failed') showToast(`The build of ${name} failed.`, 'error')
  else showToast(`The build of ${name} ended.`)
}

/** Stops following a build (the history keeps what was seen). */
export function unwatchBuild(traceId: string): void {
  controllers.get(traceId)?.abort()
  controllers.delete(traceId)
  setState(traceId, IDLE)
}

/**
 * Hears every followed build that stops being followed for good (ended, unavailable, lost).
 * @internal For tests: the pages read the same states through useWatchState.
 */
export function onBuildSettled(listener: (traceId: string, state: WatchState) => void): () => void {
  endListeners.add(listener)
  return () => endListeners.delete(listener)
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
