import { goTrimSpace } from '../go-parsers'
import { HttpResponse } from 'msw'
import { mockConfig } from '../config'
import { db, type TaskRow } from '../db'
import { fail, http, ok, panic, readJson } from '../http'
import { buildRequestProblem } from '../rules'
import { authenticate } from '../tokens'
import { guarded } from './guard'

/**
 * Builds as the v1.1.45 server runs them (AegisLab's src/service/consumer/*.go,
 * src/handlers/v2/traces.go). Submission validates like the server and stores a task; the trace stream
 * sends what the consumer writes to Redis, one event per `mockConfig.buildStepMs`, byte for byte as gin
 * encodes it (`id:`, `event:update`, `data:` JSON, no space after the colons), and closes with
 * `event:end` once the processor sees the trace completed (after image.build.succeed or an Error state).
 *
 * By default the reader works (task_type arrives as a number). The scenarios `stream-v1145` and
 * `stream-idle-close` switch on the real server's two reader defects.
 */
type Outcome = TaskRow['outcome']

/** One message of the trace's Redis stream, as the reader sends it: `data` is a dto.StreamEvent. */
export type TraceFrame = { id: string; at: number; data: Record<string, unknown> }

/** Where each event is published in the Go code: file_name, line, function_name (runtime.Caller). */
const CALLERS = {
  started: ['distribute_tasks.go', 26, 'aegis/service/consumer.dispatchTask'],
  running: ['build_container.go', 86, 'aegis/service/consumer.executeBuildContainer.func1'],
  succeed: ['build_container.go', 99, 'aegis/service/consumer.executeBuildContainer.func1'],
  noToken: ['build_container.go', 142, 'aegis/service/consumer.rescheduleContainerBuildingTask.func1'],
  rescheduled: ['build_container.go', 149, 'aegis/service/consumer.rescheduleContainerBuildingTask.func1'],
  retry: ['task.go', 292, 'aegis/service/consumer.executeTaskWithRetry'],
  error: ['task.go', 307, 'aegis/service/consumer.executeTaskWithRetry'],
} as const

export const DEFAULT_BUILD_ERROR =
  'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory'

/**
 * The events of a build, in the order the consumer writes them. Payloads are dropped by the reader for
 * every event but `task.state.update` (its `{task_state, msg}`); the trailing Completed state update is
 * written too but never sent, because the stream closes after image.build.succeed.
 */
export function traceFrames(task: TaskRow): TraceFrame[] {
  const step = mockConfig.buildStepMs
  const frames: TraceFrame[] = []
  let at = task.submitted_at
  const add = (
    wait: number,
    caller: keyof typeof CALLERS,
    event_name: string,
    payload?: { task_state: string; msg: string },
  ) => {
    at += wait
    const [file_name, line, function_name] = CALLERS[caller]
    // The field order of dto.StreamEvent; `timestamp` is omitted (0) and `payload` when dropped.
    const data: Record<string, unknown> = {
      task_id: task.task_id,
      task_type: 0,
      file_name,
      function_name,
      line,
      event_name,
    }
    if (payload) data.payload = payload
    // Redis ids are <ms>-<seq>; ms never goes back, so the sequence tells events of the same ms apart.
    frames.push({ id: `${at}-${frames.length}`, at, data })
  }
  const state = (task_state: string, msg: string) => ({ task_state, msg })
  if (task.outcome === 'queued') {
    add(step, 'started', 'task.started')
    add(step, 'noToken', 'no.token.available')
    add(
      0,
      'rescheduled',
      'task.state.update',
      state('Rescheduled', 'failed to acquire build token within timeout, retrying later'),
    )
  }
  add(step, 'started', 'task.started')
  add(step, 'running', 'task.state.update', state('Running', `building image for task ${task.task_id}`))
  const buildMs = task.buildMs ?? step
  if (task.outcome === 'fail') {
    const error = task.error ?? DEFAULT_BUILD_ERROR
    add(buildMs, 'retry', 'task.retry.status')
    add(
      0,
      'error',
      'task.state.update',
      // fmt.Sprintf("Task failed after %d attempts, errors: [%v]", MaxAttempts, errs) with errs an []error.
      state('Error', `Task failed after 0 attempts, errors: [[failed to build and push image: ${error}]]`),
    )
  } else {
    add(buildMs, 'succeed', 'image.build.succeed')
  }
  return frames
}

/** What ends the trace for the server's stream processor (IsCompleted). */
const completes = (frame: TraceFrame) =>
  frame.data.event_name === 'image.build.succeed' ||
  (frame.data.event_name === 'task.state.update' &&
    ['Error'].includes((frame.data.payload as { task_state?: string } | undefined)?.task_state ?? ''))

/** Redis stream id order: by ms, then by sequence. */
const isAfter = (id: string, lastId: string) => {
  const [ms = 0, seq = 0] = id.split('-').map(Number)
  const [lastMs = 0, lastSeq = 0] = lastId.split('-').map(Number)
  return ms > lastMs || (ms === lastMs && seq > lastSeq)
}

/** gin-contrib/sse v1.0.0 encoding of c.Render(-1, sse.Event{Id, Event: "update", Data: streamEvent}). */
export const encodeUpdate = (frame: TraceFrame) =>
  `id:${frame.id}\nevent:update\ndata:${JSON.stringify(frame.data)}\n\n`
/** c.SSEvent("end", nil): the data of a nil interface is fmt.Sprint(nil). */
export const ENCODED_END = 'event:end\ndata:<nil>\n\n'
/** dto.ErrorResponse written after the stream started: appended to the same 200 body, no newline. */
export const encodeAppendedError = (message: string) =>
  JSON.stringify({ code: 500, message, timestamp: Math.floor(Date.now() / 1000) })

/**
 * How the stream handler behaves: 'fixed' (the reader works), 'v1145' (reader defect 1: the first message
 * cannot be parsed, so every stream is `end` plus a 500 body before any update), 'idle-close' (reader
 * defect 2: after 1 s without a new event the stream ends with a 500 "failed to read stream events").
 */
export type StreamMode = 'fixed' | 'v1145' | 'idle-close'

/** v1.1.45 reads with a 1 s block; a read that finds nothing ends the stream there. */
export const IDLE_READ_MS = 1000

export function submitBuild(outcome: Outcome, extra: Pick<TaskRow, 'buildMs'> = {}) {
  return guarded(null, async ({ request }: { request: Request }) => {
    const read = await readJson(request)
    if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
    const problem = buildRequestProblem(read.body)
    if (problem === 'panic') return panic()
    if (problem) return fail(problem.status, problem.message)
    const body = read.body as Record<string, unknown>
    const repository = goTrimSpace(body.github_repository as string)
    const imageName = goTrimSpace(body.image_name as string)
    const now = Date.now()
    if (/(^|\/)missing[^/]*$/i.test(repository))
      return fail(500, 'failed to clone repository: exit status 128')
    const subPath = (body.sub_path as string | undefined) ?? '.'
    if (/(^|\/)missing/.test(subPath))
      return fail(500, `failed to process GitHub source: sub path '${subPath}' does not exist in repository`)
    const tag = goTrimSpace((body.tag as string | undefined) ?? '') || 'latest'
    const task: TaskRow = {
      task_id: crypto.randomUUID(),
      trace_id: crypto.randomUUID(),
      group_id: crypto.randomUUID(),
      submitted_at: now,
      image_ref: `${mockConfig.buildRegistry}/${imageName}:${tag}`,
      outcome,
      repository,
      ...extra,
    }
    db.tasks.set(task.task_id, task)
    db.changed()
    const response = ok(
      { group_id: task.group_id, trace_id: task.trace_id, task_id: task.task_id },
      'Container building task submitted successfully',
    )
    response.headers.set('X-Group-ID', task.group_id)
    return response
  })
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function traceStream(mode: StreamMode) {
  return http.get('/api/v2/traces/{trace_id}/stream', ({ request, params }) => {
    const auth = authenticate(request.headers.get('Authorization'))
    if ('error' in auth) return fail(401, auth.error)
    const traceId = String(params.trace_id)
    if (!UUID.test(traceId)) return fail(400, 'Invalid trace ID')
    const lastId = new URL(request.url).searchParams.get('last_id')
    if (!lastId) return fail(400, 'Invalid request format')
    if (lastId !== '0' && lastId.split('-').length !== 2)
      return fail(
        400,
        "Invalid request parameters: invalid last_id format: must be '0' or a valid stream ID (e.g., 1678886400000-0)",
      )
    const task = [...db.tasks.values()].find((t) => t.trace_id === traceId)
    if (!task) return fail(500, `Failed to initialize trace stream: no tasks found for trace ID: ${traceId}`)
    const pending = traceFrames(task).filter((f) => lastId === '0' || isAfter(f.id, lastId))
    // A "drop" build loses its first connection right after the Running event, without `end`.
    const dropAfter = task.outcome === 'drop' && lastId === '0' ? 2 : Infinity
    const encoder = new TextEncoder()
    let timer: ReturnType<typeof setTimeout> | undefined
    const wait = (ms: number) => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (text: string) => controller.enqueue(encoder.encode(text))
        let sent = 0
        for (const frame of pending) {
          const due = frame.at - Date.now()
          // The first (history) read blocks until there is an event; later reads block 1 s at most.
          if (mode === 'idle-close' && sent > 0 && due > IDLE_READ_MS) {
            await wait(IDLE_READ_MS)
            send(encodeAppendedError('failed to read stream events'))
            return controller.close()
          }
          if (due > 0) await wait(due)
          if (mode === 'v1145') {
            send(ENCODED_END + encodeAppendedError('failed to send stream events'))
            return controller.close()
          }
          send(encodeUpdate(frame))
          sent++
          if (completes(frame)) {
            send(ENCODED_END)
            return controller.close()
          }
          if (sent >= dropAfter) return controller.close()
        }
        // Everything was sent already: the server would wait for more; a v1.1.45 one gives up after 1 s.
        if (mode === 'idle-close') {
          await wait(IDLE_READ_MS)
          send(encodeAppendedError('failed to read stream events'))
        } else send(ENCODED_END)
        controller.close()
      },
      cancel() {
        clearTimeout(timer)
      },
    })
    return new HttpResponse(stream as unknown as string, {
      headers: { 'Content-Type': 'text/event-stream;charset=utf-8', 'Cache-Control': 'no-cache' },
    })
  })
}

export const buildHandlers = [
  http.post('/api/v2/containers/build', submitBuild('succeed')),
  traceStream('fixed'),
]
