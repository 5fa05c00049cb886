import { goTrimSpace } from '@/lib/go-text'
import { HttpResponse } from 'msw'
import { mockConfig } from '../config'
import { db, type TaskRow } from '../db'
import { fail, http, ok, panic, readJson } from '../http'
import { buildRequestProblem } from '../rules'
import { authenticate } from '../tokens'
import { guarded } from './guard'

/**
 * Builds as a small state machine. Submission validates like the server and stores a task; the trace
 * stream replays its events (Pending → Running → Completed + image.build.succeed, or → Error), each
 * `buildStepMs` after the previous, honouring `last_id` so a dropped client can resume.
 */
type Outcome = TaskRow['outcome']
type TraceFrame = { id: string; data: Record<string, unknown> }

export function traceFrames(task: TaskRow): TraceFrame[] {
  const step = mockConfig.buildStepMs
  const frame = (k: number, event_name: string, payload: unknown): TraceFrame => ({
    id: `${task.submitted_at + k * step}-${k}`,
    data: { task_id: task.task_id, task_type: 0, event_name, payload },
  })
  const state = (k: number, value: string, extra: Record<string, unknown> = {}) =>
    frame(k, 'task.state.update', { task_id: task.task_id, state: value, ...extra })
  const frames = [state(0, 'Pending'), state(1, 'Running', { message: `Cloning ${task.repository}` })]
  if (task.outcome === 'fail') {
    frames.push(
      state(2, 'Error', {
        error:
          task.error ??
          'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory',
      }),
    )
  } else {
    frames.push(state(2, 'Completed'), frame(3, 'image.build.succeed', task.image_ref))
  }
  return frames
}

const streamIdValue = (id: string) => {
  const [ms, seq] = id.split('-').map(Number)
  return (ms ?? 0) * 1000 + (seq ?? 0)
}

export function submitBuild(outcome: Outcome) {
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

export const buildHandlers = [
  http.post('/api/v2/containers/build', submitBuild('succeed')),

  http.get('/api/v2/traces/{trace_id}/stream', async ({ request, params }) => {
    const auth = authenticate(request.headers.get('Authorization'))
    if ('error' in auth) return fail(401, auth.error)
    const lastId = new URL(request.url).searchParams.get('last_id')
    if (!lastId)
      return fail(
        400,
        "Invalid request format: Key: 'TraceStreamReq.LastID' Error:Field validation for 'LastID' failed on the 'required' tag",
      )
    const task = [...db.tasks.values()].find((t) => t.trace_id === params.trace_id)
    if (!task)
      return fail(
        500,
        `Failed to initialize trace stream: no tasks found for trace ID: ${String(params.trace_id)}`,
      )
    const after = lastId === '0' ? -1 : streamIdValue(lastId)
    const frames = traceFrames(task)
    const pending = frames.filter((f) => streamIdValue(f.id) > after)
    // A "drop" build closes the first connection after the Running event, without `end`.
    const dropAfter =
      task.outcome === 'drop' && after < streamIdValue(frames[1]!.id)
        ? 2 - (frames.length - pending.length)
        : Infinity
    const encoder = new TextEncoder()
    let timer: ReturnType<typeof setTimeout> | undefined
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let sent = 0
        for (const f of pending) {
          const due = Number(f.id.split('-')[0]) - Date.now()
          if (due > 0) await new Promise<void>((resolve) => (timer = setTimeout(resolve, due)))
          controller.enqueue(
            encoder.encode(`event: update\nid: ${f.id}\ndata: ${JSON.stringify(f.data)}\n\n`),
          )
          sent++
          if (sent >= dropAfter) {
            controller.close()
            return
          }
        }
        controller.enqueue(encoder.encode('event: end\ndata: {}\n\n'))
        controller.close()
      },
      cancel() {
        clearTimeout(timer)
      },
    })
    return new HttpResponse(stream as unknown as string, {
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    })
  }),
]
