import { createSseParser, type SseMessage } from '@/lib/sse-parser'
import { api } from './client'
import { ApiError } from './errors'
import type { components } from './schema.gen'

/**
 * The build trace stream, `GET /api/v2/traces/{trace_id}/stream` (Server-Sent Events, JWT only):
 * its vocabulary, the decoding of one `update` frame, and the follow loop with its errors. It goes through
 * the one API client, so a 401 ends the session and every HTTP failure is an ApiError like any other call.
 */

/** Task state names, as `task.state.update` sends them (`consts.GetTaskStateName`); from the API document. */
export type TaskState = components['schemas']['TaskState']
export const TASK_STATES = [
  'Pending',
  'Rescheduled',
  'Running',
  'Completed',
  'Error',
  'Cancelled',
] as const satisfies readonly TaskState[]
export const isTaskState = (value: unknown): value is TaskState =>
  (TASK_STATES as readonly unknown[]).includes(value)

/** How a followed build ended. */
export type BuildOutcome = 'succeeded' | 'failed' | 'cancelled'

/**
 * The events a build's trace carries, one entry each: how the timeline names it and whether it ends the
 * build. `task.state.update` is ended by its state (Completed, Error, Cancelled). An event not listed here
 * is still shown, under its own name.
 */
export const TRACE_EVENTS = {
  'task.started': { label: 'Task started', ends: undefined },
  'task.state.update': { label: 'State', ends: undefined },
  'task.retry.status': { label: 'Attempt failed', ends: undefined },
  'no.token.available': { label: 'Waiting for a build slot; rescheduled', ends: undefined },
  'image.build.succeed': { label: 'Image built and pushed', ends: 'succeeded' },
} as const satisfies Record<string, { label: string; ends: BuildOutcome | undefined }>

const STATE_ENDS: Partial<Record<TaskState, BuildOutcome>> = {
  Completed: 'succeeded',
  Error: 'failed',
  Cancelled: 'cancelled',
}

/** One `update` frame, decoded for people. */
export type TraceUpdate = {
  /** The Redis stream id (`<ms>-<seq>`), the resume point. */
  id?: string
  taskId: string
  name: string
  /** When it happened (ms): the frame's `timestamp`, else the stream id's time. */
  at?: number
  /** For `task.state.update`: the state name as sent (a name this dashboard does not know is kept). */
  state?: string
  message?: string
  /** Where the server emitted it: `build_container.go:86 aegis/service/consumer.executeBuildContainer.func1`. */
  source?: string
  /** Set when this event ends the build. */
  ends?: BuildOutcome
}

/** Redis stream ids are `<ms>-<seq>`: the ms part is when the event was written. */
export function streamIdTime(id: string | undefined): number | undefined {
  const ms = id ? Number(id.split('-')[0]) : NaN
  return Number.isFinite(ms) && ms > 0 ? ms : undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads the JSON of an `update` frame. The state payload is `{task_state, msg}` (dto.InfoPayloadTemplate);
 * `{state, message}` is accepted too. Returns null for data that is not a trace event at all.
 */
export function decodeTraceEvent(data: string, id?: string): TraceUpdate | null {
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (!isObject(value) || typeof value.event_name !== 'string' || typeof value.task_id !== 'string')
    return null
  const update: TraceUpdate = { taskId: value.task_id, name: value.event_name }
  if (id) update.id = id
  const at = typeof value.timestamp === 'number' && value.timestamp > 0 ? value.timestamp : streamIdTime(id)
  if (at) update.at = at
  const file = text(value.file_name)
  if (file) {
    const line = typeof value.line === 'number' && value.line > 0 ? `:${value.line}` : ''
    const fn = text(value.function_name)
    update.source = `${file}${line}${fn ? ` ${fn}` : ''}`
  }
  const payload = value.payload
  if (value.event_name === 'task.state.update' && isObject(payload)) {
    const state = text(payload.task_state) ?? text(payload.state)
    const message = text(payload.msg) ?? text(payload.message)
    if (state) update.state = state
    if (message) update.message = message
    const ends = isTaskState(state) ? STATE_ENDS[state] : undefined
    if (ends) update.ends = ends
  } else {
    // Payloads of other events are dropped by the v1.1.45 reader; a newer one may send text or {msg}.
    const message =
      text(payload) ?? (isObject(payload) ? (text(payload.msg) ?? text(payload.message)) : undefined)
    if (message) update.message = message
    const known = (TRACE_EVENTS as Record<string, { ends?: BuildOutcome }>)[value.event_name]
    if (known?.ends) update.ends = known.ends
  }
  return update
}

export type StreamOptions = {
  traceId: string
  /** Resume after this stream id; '0' replays from the start. The server requires it. */
  lastId?: string
  signal?: AbortSignal
  onUpdate: (update: TraceUpdate) => void
  onOpen?: () => void
  /** Called before each reconnection, with the attempt number (1, 2, …) and the wait in ms. */
  onReconnect?: (attempt: number, delayMs: number) => void
  /** Consecutive connections that bring nothing new before giving up. */
  maxRetries?: number
  retryDelayMs?: (attempt: number) => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/**
 * How following ended, when it did not throw:
 * - `ended`: a terminal event arrived (success, failure or cancel);
 * - `unreadable`: the server closed with `event: end` before sending any update on a connection, which
 *   v1.1.45 does for every build (its reader cannot parse the task type it wrote); retrying reads the same
 *   message and fails the same way, so it is not retried. `detail` is the JSON error it appends, if any;
 * - `gave-up`: the stream kept closing without news `maxRetries` times in a row;
 * - `aborted`: the caller stopped.
 */
export type StreamResult =
  | { reason: 'ended'; lastId: string; outcome: BuildOutcome }
  | { reason: 'unreadable'; lastId: string; detail?: string }
  | { reason: 'gave-up'; lastId: string; detail?: string }
  | { reason: 'aborted'; lastId: string }

export const defaultRetryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8000)

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })

/** The server appends its JSON error envelope after the events when a read fails; this reads its message. */
function trailingError(raw: string): string | undefined {
  const last = raw.slice(raw.lastIndexOf('\n') + 1).trim()
  if (!last.startsWith('{')) return undefined
  try {
    const body = JSON.parse(last) as { message?: unknown }
    return typeof body.message === 'string' ? body.message : undefined
  } catch {
    return undefined
  }
}

/** Keeps only the end of the raw text: enough for a trailing error body. */
const TAIL = 2000

type Connection = {
  sawUpdate: boolean
  sawEnd: boolean
  outcome?: BuildOutcome
  detail?: string
}

/** Wraps an error thrown by a caller's callback, so it is rethrown as is and never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

async function connect(
  options: StreamOptions,
  lastId: string,
  setLastId: (id: string) => void,
): Promise<Connection> {
  const { data: body, response } = await api.GET('/api/v2/traces/{trace_id}/stream', {
    params: { path: { trace_id: options.traceId }, query: { last_id: lastId } },
    headers: { Accept: 'text/event-stream' },
    parseAs: 'stream',
    cache: 'no-store',
    signal: options.signal,
    // Resuming, the server holds the request without sending even headers until the next event, which can
    // be many minutes into a long build: no client timeout then (a network failure still ends it).
    ...(lastId === '0' ? {} : { fetch: (request: Request) => fetch(request) }),
  })
  const type = response.headers.get('content-type')
  if (type && !type.includes('text/event-stream')) {
    void body?.cancel().catch(() => undefined)
    throw new ApiError(
      response.status,
      'The server did not answer with an event stream.',
      'unexpected',
      `Content-Type: ${type}`,
    )
  }
  if (!body) throw new ApiError(response.status, 'The event stream has no body.', 'unexpected')
  try {
    options.onOpen?.()
  } catch (error) {
    throw new CallbackFailure(error)
  }
  const connection: Connection = { sawUpdate: false, sawEnd: false }
  const pending: SseMessage[] = []
  const parser = createSseParser((m) => pending.push(m))
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let raw = ''
  try {
    // A terminal event is the last thing that matters: stop there even if the server keeps the line open.
    while (!connection.outcome) {
      const chunk = await reader.read()
      if (chunk.done) break
      raw = (raw + chunk.value).slice(-TAIL)
      parser.push(chunk.value)
      for (const message of pending.splice(0)) {
        if (message.event === 'end') connection.sawEnd = true
        if (message.event !== 'update') continue
        if (message.id !== undefined) setLastId(message.id)
        const update = decodeTraceEvent(message.data, message.id) ?? {
          taskId: '',
          name: 'unreadable event',
          message: message.data.slice(0, 500),
          ...(message.id ? { id: message.id } : {}),
        }
        connection.sawUpdate = true
        if (update.ends) connection.outcome = update.ends
        try {
          options.onUpdate(update)
        } catch (error) {
          throw new CallbackFailure(error)
        }
      }
    }
  } finally {
    void reader.cancel().catch(() => undefined)
  }
  connection.detail = trailingError(raw)
  return connection
}

/**
 * Follows a build's trace. Any close without a terminal event is a drop: it reconnects with the last id
 * seen as `last_id`, after a growing wait, and gives up after `maxRetries` connections in a row bring
 * nothing new. Throws an ApiError for answers retrying cannot fix: 400, 401 (the session ends), 403, and
 * "no tasks found" (kind 'not-found').
 */
export async function followTrace(options: StreamOptions): Promise<StreamResult> {
  const { signal, maxRetries = 5, retryDelayMs = defaultRetryDelay, sleep = defaultSleep } = options
  let lastId = options.lastId?.trim() || '0'
  const setLastId = (id: string) => {
    lastId = id
  }
  let failures = 0
  let detail: string | undefined
  for (;;) {
    if (signal?.aborted) return { reason: 'aborted', lastId }
    try {
      const connection = await connect(options, lastId, setLastId)
      if (connection.outcome) return { reason: 'ended', lastId, outcome: connection.outcome }
      if (connection.sawEnd && !connection.sawUpdate)
        return { reason: 'unreadable', lastId, ...(connection.detail ? { detail: connection.detail } : {}) }
      detail = connection.detail ?? 'The event stream closed before the build finished.'
      if (connection.sawUpdate) failures = 0
    } catch (error) {
      if (error instanceof CallbackFailure) throw error.error
      if (signal?.aborted || isAbort(error)) return { reason: 'aborted', lastId }
      const apiError = asStreamError(error)
      if (!apiError) throw error
      if (!isRetryableStreamError(apiError)) throw apiError
      detail = apiError.message
    }
    if (failures >= maxRetries) return { reason: 'gave-up', lastId, ...(detail ? { detail } : {}) }
    failures++
    const delay = retryDelayMs(failures - 1)
    options.onReconnect?.(failures, delay)
    await sleep(delay, signal)
  }
}

/** A thrown value as an ApiError; "no tasks found" (v1.1.45's 500 for an unknown trace) is a not-found. */
function asStreamError(error: unknown): ApiError | null {
  if (error instanceof ApiError) {
    if (error.kind === 'server' && /no tasks found/i.test(error.message))
      return new ApiError(error.status, error.message, 'not-found', error.details)
    return error
  }
  if (error instanceof TypeError) return new ApiError(0, 'The server could not be reached.', 'network')
  return null
}

const isRetryableStreamError = (error: ApiError) =>
  error.kind === 'server' || error.kind === 'network' || error.kind === 'timeout'
