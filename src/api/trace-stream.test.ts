import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { signIn } from '@/test/render-route'
import { submitBuild } from './builds'
import { ApiError } from './errors'
import { getSession } from '@/lib/session'
import { decodeTraceEvent, followTrace, type StreamOptions, type TraceUpdate } from './trace-stream'

const event = (fields: Record<string, unknown>) =>
  JSON.stringify({ task_id: 't', task_type: 0, event_name: 'task.state.update', ...fields })

describe('decodeTraceEvent', () => {
  it('reads the state payload as the server sends it, {task_state, msg}', () => {
    expect(
      decodeTraceEvent(
        event({
          file_name: 'task.go',
          function_name: 'aegis/service/consumer.executeTaskWithRetry',
          line: 307,
          payload: { task_state: 'Error', msg: 'Task failed after 0 attempts, errors: [[boom]]' },
        }),
        '1764554400000-3',
      ),
    ).toEqual({
      id: '1764554400000-3',
      taskId: 't',
      name: 'task.state.update',
      at: 1764554400000,
      state: 'Error',
      message: 'Task failed after 0 attempts, errors: [[boom]]',
      source: 'task.go:307 aegis/service/consumer.executeTaskWithRetry',
      ends: 'failed',
    })
  })

  it('also accepts {state, message}', () => {
    expect(decodeTraceEvent(event({ payload: { state: 'Running', message: 'go' } }))).toMatchObject({
      state: 'Running',
      message: 'go',
    })
  })

  it.each([
    ['Completed', 'succeeded'],
    ['Cancelled', 'cancelled'],
    ['Running', undefined],
    ['Rescheduled', undefined],
    ['Sleeping', undefined],
  ])('state %s ends the build as %s', (state, ends) => {
    expect(decodeTraceEvent(event({ payload: { task_state: state, msg: '' } }))?.ends).toBe(ends)
  })

  it('image.build.succeed (no payload) is success; a `timestamp` wins over the id time', () => {
    expect(decodeTraceEvent(event({ event_name: 'image.build.succeed', timestamp: 5 }), '9-0')).toEqual({
      id: '9-0',
      taskId: 't',
      name: 'image.build.succeed',
      at: 5,
      ends: 'succeeded',
    })
  })

  it('keeps an unknown event under its own name, with a text payload as its message', () => {
    expect(decodeTraceEvent(event({ event_name: 'buildkit.step', payload: '#5 RUN make' }))).toEqual({
      taskId: 't',
      name: 'buildkit.step',
      message: '#5 RUN make',
    })
  })

  it('returns null for data that is not a trace event', () => {
    expect(decodeTraceEvent('<nil>')).toBeNull()
    expect(decodeTraceEvent('{"code":500}')).toBeNull()
  })
})

const request = {
  github_repository: 'acme/detector',
  image_name: 'detector',
  tag: '1.0.0',
  build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
}

/** Follows a freshly submitted build and records what the loop saw. */
async function follow(options: Partial<StreamOptions> = {}) {
  await signIn()
  const { trace_id } = await submitBuild(request)
  const updates: TraceUpdate[] = []
  const reconnects: number[] = []
  const urls: string[] = []
  const onRequest = ({ request }: { request: Request }) => {
    if (request.url.includes('/stream')) urls.push(new URL(request.url).search)
  }
  server.events.on('request:start', onRequest)
  try {
    const result = await followTrace({
      traceId: trace_id,
      onUpdate: (u) => updates.push(u),
      onReconnect: (attempt) => reconnects.push(attempt),
      sleep: async () => undefined,
      ...options,
    })
    return { result, updates, reconnects, urls, traceId: trace_id }
  } finally {
    server.events.removeListener('request:start', onRequest)
  }
}

describe('followTrace', () => {
  it('follows a build to success: task.started, Running, image.build.succeed', async () => {
    const { result, updates, urls } = await follow()
    expect(result).toMatchObject({ reason: 'ended', outcome: 'succeeded' })
    expect(updates.map((u) => [u.name, u.state])).toEqual([
      ['task.started', undefined],
      ['task.state.update', 'Running'],
      ['image.build.succeed', undefined],
    ])
    expect(urls).toEqual(['?last_id=0'])
  })

  it("ends a failed build with the server's reason", async () => {
    server.use(...scenarios['build-fails'])
    const { result, updates } = await follow()
    expect(result).toMatchObject({ reason: 'ended', outcome: 'failed' })
    expect(updates.at(-1)?.message).toMatch(/^Task failed after 0 attempts, errors: \[\[failed to build/)
  })

  it('v1.1.45 (end before any update): unreadable, with the server’s message, and not retried', async () => {
    server.use(...scenarios['stream-v1145'])
    const { result, updates, urls } = await follow()
    expect(result).toEqual({ reason: 'unreadable', lastId: '0', detail: 'failed to send stream events' })
    expect(updates).toEqual([])
    expect(urls).toHaveLength(1)
  })

  it('a dropped connection is resumed with the last id seen', async () => {
    server.use(...scenarios['stream-drops'])
    const { result, updates, reconnects, urls } = await follow()
    expect(result).toMatchObject({ reason: 'ended', outcome: 'succeeded' })
    expect(reconnects).toEqual([1])
    expect(urls[1]).toBe(`?last_id=${updates[1]!.id}`)
    expect(updates.map((u) => u.name)).toEqual(['task.started', 'task.state.update', 'image.build.succeed'])
  })

  it('a v1.1.45 idle close (500 body after 1 s) is a drop, resumed with last_id', async () => {
    server.use(...scenarios['stream-idle-close'])
    const { result, updates, urls } = await follow()
    expect(result).toMatchObject({ reason: 'ended', outcome: 'succeeded' })
    expect(urls).toEqual(['?last_id=0', `?last_id=${updates[1]!.id}`])
  })

  it('gives up after the retry budget when the stream keeps closing without news', async () => {
    server.use(http.get('*/api/v2/traces/:id/stream', () => HttpResponse.error()))
    const { result, reconnects } = await follow({ maxRetries: 3 })
    expect(result).toMatchObject({ reason: 'gave-up', detail: 'The server could not be reached.' })
    expect(reconnects).toEqual([1, 2, 3])
  })

  it('a 401 is an ApiError that ends the session', async () => {
    await signIn()
    const { trace_id } = await submitBuild(request)
    server.use(...scenarios['expired-session'])
    const error = await followTrace({ traceId: trace_id, onUpdate: () => undefined }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('unauthenticated')
    expect(getSession()).toBeNull()
  })

  it('"no tasks found" is a not-found ApiError, not retried', async () => {
    await signIn()
    const error = await followTrace({
      traceId: '00000000-0000-4000-8000-000000000000',
      onUpdate: () => undefined,
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'not-found', status: 500 })
    expect((error as ApiError).message).toMatch(/no tasks found for trace ID/)
  })
})

describe('followTrace, resuming', () => {
  it('waits for the next event without a client timeout (the server sends nothing until then)', async () => {
    const frame = (id: string, name: string, payload?: object) =>
      `id:${id}\nevent:update\ndata:${JSON.stringify({ task_id: 't', task_type: 0, event_name: name, ...(payload ? { payload } : {}) })}\n\n`
    const sse = (text: string) => new HttpResponse(text, { headers: { 'Content-Type': 'text/event-stream' } })
    server.use(
      http.get('*/api/v2/traces/:id/stream', async ({ request }) => {
        if (new URL(request.url).searchParams.get('last_id') === '0') return sse(frame('1-0', 'task.started'))
        // Longer than the 30 s every other request is given.
        await new Promise((resolve) => setTimeout(resolve, 40_000))
        return sse(frame('2-0', 'image.build.succeed'))
      }),
    )
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const updates: string[] = []
      const done = followTrace({
        traceId: 'x',
        onUpdate: (u) => updates.push(u.name),
        sleep: async () => undefined,
      })
      await vi.advanceTimersByTimeAsync(45_000)
      expect(await done).toMatchObject({ reason: 'ended', outcome: 'succeeded' })
      expect(updates).toEqual(['task.started', 'image.build.succeed'])
    } finally {
      vi.useRealTimers()
    }
  })
})
