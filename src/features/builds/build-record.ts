import type { BuildOutcome, TraceUpdate } from '@/api/trace-stream'
import { goTrimSpace } from '@/lib/go-text'
import {
  array,
  boolean,
  integer,
  number,
  object,
  oneOf,
  optionalKey,
  refine,
  string,
  withFallback,
  type Infer,
} from '@/lib/decode'

/**
 * What this browser knows about one build: what was asked (never the token), and what its trace stream
 * said so far. The record is defined once, as the decoder the store reads and writes it with: a field added
 * here is kept on save, and anything else (a token someone put there) is dropped.
 */
const buildEvent = object({
  id: optionalKey(string),
  at: number,
  name: string,
  state: optionalKey(string),
  message: optionalKey(string),
  source: optionalKey(string),
})
export type BuildEvent = Infer<typeof buildEvent>

const nonEmpty = refine(string, (s) => s !== '', 'some text')

export const buildRecordSchema = object({
  traceId: nonEmpty,
  taskId: optionalKey(string),
  repository: withFallback(string, ''),
  branch: optionalKey(string),
  commit: optionalKey(string),
  subPath: optionalKey(string),
  imageName: withFallback(string, ''),
  tag: withFallback(string, ''),
  /** `<registry>/<namespace>` the server pushes to (a setting of this browser, saved with the build). */
  registryPrefix: optionalKey(string),
  /** The container the build was started from (its page's "Build image"), to preselect when registering. */
  containerId: optionalKey(refine(integer, (n) => n > 0, 'a container id')),
  submittedAt: withFallback(number, 0),
  /** Every event of the trace, in order (an unknown one under its own name). */
  events: withFallback(array(buildEvent), []),
  /** The last task state the stream reported (a name, as sent). */
  state: optionalKey(string),
  outcome: optionalKey(oneOf(['succeeded', 'failed', 'cancelled'])),
  error: optionalKey(string),
  /** The last stream id seen, to resume the stream where it stopped. */
  lastId: optionalKey(string),
  /** True once a terminal event arrived: nothing more will come. */
  finished: withFallback(boolean, false),
  updatedAt: withFallback(number, 0),
})
export type BuildRecord = Infer<typeof buildRecordSchema>

const readRecord = withFallback(buildRecordSchema, null)

/**
 * Reads a stored record: null for anything that is not one. "Finished" needs an outcome: records of
 * earlier versions were marked finished by any `event: end`, which v1.1.45 sends before any update, so
 * such a record is followed again instead of showing a build that ended without a result.
 */
export function readBuildRecord(value: unknown): BuildRecord | null {
  const record = readRecord(value)
  if (record?.finished && !record.outcome) record.finished = false
  return record
}

export type BuildPhase = 'submitted' | 'waiting' | 'running' | BuildOutcome

/** Where a build is, from what its stream said. */
export function buildPhase(record: BuildRecord): BuildPhase {
  if (record.outcome) return record.outcome
  if (record.state === 'Running') return 'running'
  if (record.state === 'Pending' || record.state === 'Rescheduled') return 'waiting'
  return record.events.length ? 'running' : 'submitted'
}

export const PHASE_LABEL: Record<BuildPhase, string> = {
  submitted: 'Submitted',
  waiting: 'Waiting',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/** Applies one trace event. Idempotent: an event already seen (same stream id) changes nothing. */
export function applyTraceUpdate(record: BuildRecord, update: TraceUpdate, now = Date.now()): BuildRecord {
  if (update.id && record.events.some((e) => e.id === update.id)) return record
  const event: BuildEvent = { at: update.at ?? now, name: update.name }
  for (const key of ['id', 'state', 'message', 'source'] as const) {
    const value = update[key]
    if (value) event[key] = value
  }
  const next: BuildRecord = { ...record, events: [...record.events, event], updatedAt: now }
  if (update.id) next.lastId = update.id
  if (!next.taskId && update.taskId) next.taskId = update.taskId
  if (update.state) next.state = update.state
  // The first terminal event decides; a late one never changes a finished build.
  if (update.ends && !record.outcome) {
    next.outcome = update.ends
    next.finished = true
    if (update.ends === 'failed')
      next.error = update.message ?? 'The build failed; the server gave no reason.'
  }
  return next
}

/** The image the server pushed: `<registry prefix>/<image name>:<tag or latest>`, when the prefix is known. */
export function pushedImageRef(record: BuildRecord): string | undefined {
  const prefix = record.registryPrefix?.replace(/\/+$/, '')
  if (!prefix || !record.imageName) return undefined
  return `${prefix}/${record.imageName}:${record.tag || 'latest'}`
}

/** A new record for the history: what was asked (never the token), before any event. */
export function newBuildRecord(
  request: {
    github_repository: string
    github_branch?: string
    github_commit?: string
    sub_path?: string
    image_name: string
    tag?: string
  },
  submitted: { trace_id: string; task_id: string },
  extra: { containerId?: number; registryPrefix?: string } = {},
  now = Date.now(),
): BuildRecord {
  const record: BuildRecord = {
    traceId: submitted.trace_id,
    repository: goTrimSpace(request.github_repository),
    imageName: goTrimSpace(request.image_name),
    tag: goTrimSpace(request.tag ?? '') || 'latest',
    submittedAt: now,
    events: [],
    finished: false,
    updatedAt: now,
  }
  if (submitted.task_id) record.taskId = submitted.task_id
  if (request.github_branch) record.branch = goTrimSpace(request.github_branch)
  if (request.github_commit) record.commit = goTrimSpace(request.github_commit)
  if (request.sub_path) record.subPath = request.sub_path
  if (extra.containerId) record.containerId = extra.containerId
  if (extra.registryPrefix) record.registryPrefix = extra.registryPrefix
  return record
}
