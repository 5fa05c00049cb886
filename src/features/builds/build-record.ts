import type { TraceEvent } from './lib/sse'

/**
 * What this browser knows about one build: what was asked (never the token), and what its trace stream
 * said so far. Pure functions only: the store (build-history.ts) keeps these in localStorage.
 */
export type BuildStepState = 'Pending' | 'Running' | 'Completed' | 'Error'
export type BuildStep = { state: BuildStepState; at: number; message?: string }

export type BuildPhase = 'submitted' | 'pending' | 'running' | 'completed' | 'failed'

export type BuildRecord = {
  traceId: string
  taskId?: string
  repository: string
  branch?: string
  commit?: string
  subPath?: string
  imageName: string
  tag: string
  /** The container the build was started from (its page's "Build image"), to preselect when registering. */
  containerId?: number
  submittedAt: number
  phase: BuildPhase
  steps: BuildStep[]
  /** The pushed image (from image.build.succeed). */
  imageRef?: string
  error?: string
  /** The last stream id seen, to resume the stream where it stopped. */
  lastId?: string
  /** True once the stream sent `end` (or the build reached Error): nothing more will come. */
  finished: boolean
  updatedAt: number
}

export const isSettled = (record: BuildRecord) => record.finished

const STEP_PHASE: Record<BuildStepState, BuildPhase> = {
  Pending: 'pending',
  Running: 'running',
  Completed: 'completed',
  Error: 'failed',
}

/** Redis stream ids are `<ms>-<seq>`: the ms part is when the event happened. */
export function streamIdTime(id: string | undefined): number | undefined {
  const ms = id ? Number(id.split('-')[0]) : NaN
  return Number.isFinite(ms) && ms > 0 ? ms : undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** Applies one trace event. Idempotent: replaying an event already applied (same state) changes nothing. */
export function applyTraceEvent(
  record: BuildRecord,
  event: TraceEvent,
  meta: { id?: string },
  now = Date.now(),
): BuildRecord {
  const at = streamIdTime(meta.id) ?? now
  const next: BuildRecord = { ...record, updatedAt: now }
  if (meta.id) next.lastId = meta.id
  if (!next.taskId && event.task_id) next.taskId = event.task_id
  const payload = (event.payload ?? {}) as Record<string, unknown>
  if (event.event_name === 'task.state.update') {
    const state = payload.state
    if (state !== 'Pending' && state !== 'Running' && state !== 'Completed' && state !== 'Error') return next
    if (record.steps.some((s) => s.state === state)) return next
    const message = state === 'Error' ? (text(payload.error) ?? text(payload.message)) : text(payload.message)
    const step: BuildStep = message ? { state, at, message } : { state, at }
    next.steps = [...record.steps, step]
    // A late "Running" never moves a finished build back.
    if (record.phase !== 'completed' && record.phase !== 'failed') next.phase = STEP_PHASE[state]
    if (state === 'Error') {
      next.phase = 'failed'
      next.error = message ?? 'The build failed; the server gave no reason.'
      next.finished = true
    }
    return next
  }
  if (event.event_name === 'image.build.succeed') {
    const ref = text(event.payload) ?? text(payload.image_ref)
    if (ref) next.imageRef = ref.trim()
    if (next.phase !== 'failed') next.phase = 'completed'
    if (!record.steps.some((s) => s.state === 'Completed'))
      next.steps = [...record.steps, { state: 'Completed', at }]
    return next
  }
  return next
}

/** The stream sent `end`. */
export const markFinished = (record: BuildRecord, now = Date.now()): BuildRecord => ({
  ...record,
  finished: true,
  updatedAt: now,
})

export const PHASE_LABEL: Record<BuildPhase, string> = {
  submitted: 'Submitted',
  pending: 'Pending',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
}

/** Drops anything not in the record's shape (e.g. a token someone put there) before it is stored. */
export function sanitizeRecord(value: unknown): BuildRecord | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  if (typeof v.traceId !== 'string' || !v.traceId) return null
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined)
  const phase = (['submitted', 'pending', 'running', 'completed', 'failed'] as const).find(
    (p) => p === v.phase,
  )
  const steps = Array.isArray(v.steps)
    ? v.steps.flatMap((s): BuildStep[] => {
        const step = s as Record<string, unknown>
        const state = (['Pending', 'Running', 'Completed', 'Error'] as const).find((x) => x === step.state)
        if (!state || typeof step.at !== 'number') return []
        const message = str(step.message)
        return [message ? { state, at: step.at, message } : { state, at: step.at }]
      })
    : []
  const record: BuildRecord = {
    traceId: v.traceId,
    repository: str(v.repository) ?? '',
    imageName: str(v.imageName) ?? '',
    tag: str(v.tag) ?? '',
    submittedAt: typeof v.submittedAt === 'number' ? v.submittedAt : 0,
    phase: phase ?? 'submitted',
    steps,
    finished: v.finished === true,
    updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0,
  }
  for (const key of ['taskId', 'branch', 'commit', 'subPath', 'imageRef', 'error', 'lastId'] as const) {
    const s = str(v[key])
    if (s !== undefined) record[key] = s
  }
  if (typeof v.containerId === 'number' && Number.isInteger(v.containerId) && v.containerId > 0)
    record.containerId = v.containerId
  return record
}
