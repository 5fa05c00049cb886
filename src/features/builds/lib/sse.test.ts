import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { createSseParser, type SseMessage, streamTrace, TraceStreamError, type TraceEvent } from './sse'

const parseAll = (chunks: string[], withEnd = true) => {
  const events: SseMessage[] = []
  const retries: number[] = []
  const parser = createSseParser(
    (e) => events.push(e),
    (ms) => retries.push(ms),
  )
  for (const chunk of chunks) parser.push(chunk)
  if (withEnd) parser.end()
  return { events, retries }
}

describe('createSseParser', () => {
  it.each<[string, string, SseMessage[]]>([
    ['a data line', 'data: hi\n\n', [{ event: 'message', data: 'hi' }]],
    ['no space after the colon', 'data:hi\n\n', [{ event: 'message', data: 'hi' }]],
    ['only one leading space removed', 'data:  hi \n\n', [{ event: 'message', data: ' hi ' }]],
    ['multi-line data', 'data: a\ndata:\ndata: b\n\n', [{ event: 'message', data: 'a\n\nb' }]],
    [
      'event, id and \\r\\n',
      'event: update\r\nid: 1-0\r\ndata: {}\r\n\r\n',
      [{ event: 'update', id: '1-0', data: '{}' }],
    ],
    ['bare \\r', 'event: end\rdata: x\r\r', [{ event: 'end', data: 'x' }]],
    ['comments', ': keep-alive\n\n:x\ndata: y\n\n', [{ event: 'message', data: 'y' }]],
    ['no data, no dispatch', 'event: end\n\ndata: z\n\n', [{ event: 'message', data: 'z' }]],
    ['a field without a colon', 'data\n\n', [{ event: 'message', data: '' }]],
    ['unknown fields', 'foo: bar\ndata: 1\n\n', [{ event: 'message', data: '1' }]],
    [
      'the id persists',
      'id: 7\ndata: a\n\ndata: b\n\n',
      [
        { event: 'message', id: '7', data: 'a' },
        { event: 'message', id: '7', data: 'b' },
      ],
    ],
    [
      'an id with NUL is ignored',
      'id: 1\ndata: a\n\nid: 2\0\ndata: b\n\n',
      [
        { event: 'message', id: '1', data: 'a' },
        { event: 'message', id: '1', data: 'b' },
      ],
    ],
    ['a leading BOM', '\uFEFFdata: a\n\n', [{ event: 'message', data: 'a' }]],
    ['an unterminated event is dropped', 'data: a\n\ndata: b\n', [{ event: 'message', data: 'a' }]],
    ['a last line without newline is dropped', 'data: a\n\ndata: b', [{ event: 'message', data: 'a' }]],
  ])('%s', (_label, text, expected) => {
    expect(parseAll([text]).events).toEqual(expected)
  })

  it('reads retry values', () => {
    expect(parseAll(['retry: 3000\nretry: x\n\n']).retries).toEqual([3000])
  })

  it('gives the same events however the text is split', () => {
    const line = fc.constantFrom(
      'event: update',
      'id: 1-2',
      'data: {"a":1}',
      'data:x',
      ': comment',
      '',
      'retry: 5',
      'event:end',
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, cuts) => {
          const text = lines.map(([l, eol]) => l + eol).join('')
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
          const chunks = [0, ...points, text.length]
            .slice(1)
            .map((end, i, all) => text.slice(i === 0 ? 0 : all[i - 1], end))
          chunks.unshift(text.slice(0, 0))
          expect(parseAll(chunks).events).toEqual(parseAll([text]).events)
          expect(parseAll([...text]).events).toEqual(parseAll([text]).events)
        },
      ),
    )
  })

  it('never throws on arbitrary chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (chunks) => {
        for (const e of parseAll(chunks).events) expect(typeof e.data).toBe('string')
      }),
    )
  })
})

// ---- streamTrace

const encoder = new TextEncoder()

type Scripted = { chunks: string[]; fail?: boolean; status?: number; body?: string; contentType?: string }

const respond = ({ chunks, fail, status = 200, body, contentType }: Scripted) => {
  if (status !== 200) {
    return new Response(body ?? '', {
      status,
      headers: { 'Content-Type': contentType ?? 'application/json' },
    })
  }
  let i = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]))
      else if (fail) controller.error(new TypeError('network error'))
      else controller.close()
    },
  })
  return new Response(stream, { headers: { 'Content-Type': contentType ?? 'text/event-stream' } })
}

const fakeFetch = (script: Scripted[]) => {
  const calls: { url: string; headers: Record<string, string> }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()) })
    const next = script.shift()
    if (!next) throw new TypeError('no more scripted responses')
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError')
    return respond(next)
  })
  return { fetchImpl: fetchImpl as unknown as typeof fetch, calls }
}

const frame = (id: string, event: Partial<TraceEvent>) =>
  `event: update\nid: ${id}\ndata: ${JSON.stringify({ task_id: 't1', task_type: 0, ...event })}\n\n`

const running = frame('1-0', { event_name: 'task.state.update', payload: { state: 'Running' } })
const succeeded = frame('2-0', {
  event_name: 'image.build.succeed',
  payload: '10.10.10.240/library/x:latest',
})

const run = (script: Scripted[], extra: Partial<Parameters<typeof streamTrace>[0]> = {}) => {
  const { fetchImpl, calls } = fakeFetch(script)
  const events: [string, string | undefined][] = []
  const sleeps: number[] = []
  const promise = streamTrace({
    traceId: 'trace-1',
    token: 'tok',
    fetchImpl,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    onEvent: (e, meta) => events.push([e.event_name, meta.id]),
    ...extra,
  })
  return { promise, calls, events, sleeps }
}

describe('streamTrace', () => {
  it('sends the bearer token, reads chunks split anywhere, and stops at end', async () => {
    const text = `: hello\r\n\r\n${running.replace(/\n/g, '\r\n')}${succeeded}event: end\ndata: done\n\n`
    // Split inside every \r\n, and mid-line every 7 characters.
    const cuts = [...text].flatMap((ch, i) => (ch === '\r' || i % 7 === 0 ? [i + 1] : []))
    const chunks = cuts
      .map((c, i) => text.slice(i === 0 ? 0 : cuts[i - 1], c))
      .concat(text.slice(cuts.at(-1)))
    expect(chunks.filter((c) => c.endsWith('\r'))).toHaveLength(text.split('\r').length - 1)
    expect(chunks.join('')).toBe(text)
    const { promise, calls, events } = run([{ chunks }], { baseUrl: 'http://api.test/' })
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '2-0' })
    expect(events).toEqual([
      ['task.state.update', '1-0'],
      ['image.build.succeed', '2-0'],
    ])
    expect(calls).toEqual([
      {
        url: 'http://api.test/api/v2/traces/trace-1/stream?last_id=0',
        headers: { authorization: 'Bearer tok', accept: 'text/event-stream' },
      },
    ])
  })

  it('decodes UTF-8 split across chunks', async () => {
    const text = frame('1-0', { event_name: 'task.state.update', payload: 'é✓' })
    const bytes = encoder.encode(`${text}event: end\ndata: x\n\n`)
    const cut = bytes.indexOf(0xe2) + 1
    const payloads: unknown[] = []
    const fetchBytes = (async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(bytes.slice(0, cut))
            c.enqueue(bytes.slice(cut))
            c.close()
          },
        }),
        { headers: { 'Content-Type': 'text/event-stream' } },
      )) as unknown as typeof fetch
    await streamTrace({
      traceId: 't',
      token: 'x',
      fetchImpl: fetchBytes,
      onEvent: (e) => payloads.push(e.payload),
    })
    expect(payloads).toEqual(['é✓'])
  })

  it('resumes from the last id seen after a drop (reader throws) and after a clean close', async () => {
    const { promise, calls, events, sleeps } = run([
      { chunks: [running, 'event: update\nid: 9-9\ndata: {"task_id"'], fail: true },
      { chunks: [] },
      { chunks: [succeeded, 'event: end\ndata: x\n\n'] },
    ])
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '2-0' })
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v2/traces/trace-1/stream?last_id=0',
      '/api/v2/traces/trace-1/stream?last_id=1-0',
      '/api/v2/traces/trace-1/stream?last_id=1-0',
    ])
    expect(events.map(([name]) => name)).toEqual(['task.state.update', 'image.build.succeed'])
    // The empty second connection counts as a failure, so the delay grows.
    expect(sleeps).toEqual([1000, 2000])
  })

  it('starts from the given lastId', async () => {
    const { promise, calls } = run([{ chunks: ['event: end\ndata: x\n\n'] }], { lastId: '5-1' })
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '5-1' })
    expect(calls[0]!.url).toBe('/api/v2/traces/trace-1/stream?last_id=5-1')
  })

  it.each([
    [401, '{"code":401,"message":"Unauthorized: token expired"}', 'Unauthorized: token expired'],
    [
      400,
      '{"code":400,"message":"Invalid request format: Key: \'last_id\'"}',
      "Invalid request format: Key: 'last_id'",
    ],
    [
      500,
      '{"code":500,"message":"Failed to initialize trace stream: no tasks found for trace ID: trace-1"}',
      'Failed to initialize trace stream: no tasks found for trace ID: trace-1',
    ],
    [404, '404 page not found', '404 page not found'],
  ])('does not retry a %i', async (status, body, message) => {
    const { promise, calls } = run([{ chunks: [], status, body }])
    await expect(promise).rejects.toThrow(new TraceStreamError(message, status))
    await promise.catch((err: TraceStreamError) => expect(err.status).toBe(status))
    expect(calls).toHaveLength(1)
  })

  it('retries other 5xx (also with an empty body) with backoff, then gives up', async () => {
    const fail = { chunks: [], status: 502, body: '' }
    const { promise, calls, sleeps } = run([fail, fail, fail, fail], { maxRetries: 3 })
    await expect(promise).rejects.toThrow(/^Lost the build's event stream after 3 retries/)
    await promise.catch((err: TraceStreamError) => expect(err.status).toBe(502))
    expect(calls).toHaveLength(4)
    expect(sleeps).toEqual([1000, 2000, 4000])
  })

  it('recovers after a 5xx', async () => {
    const { promise } = run([
      { chunks: [], status: 503, body: '{"code":503,"message":"busy"}' },
      { chunks: [succeeded, 'event: end\ndata: x\n\n'] },
    ])
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '2-0' })
  })

  it('resets the retry budget after a connection that delivered events', async () => {
    const drop = (id: string) => ({ chunks: [frame(id, { event_name: 'task.state.update' })], fail: true })
    const { promise, sleeps } = run(
      [drop('1-0'), drop('2-0'), drop('3-0'), { chunks: ['event: end\ndata: x\n\n'] }],
      { maxRetries: 1 },
    )
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '3-0' })
    expect(sleeps).toEqual([1000, 1000, 1000])
  })

  it('retries network errors from fetch', async () => {
    const { promise, calls } = run([], { maxRetries: 2 })
    await expect(promise).rejects.toThrow(
      "Lost the build's event stream after 2 retries: no more scripted responses",
    )
    expect(calls).toHaveLength(3)
  })

  it('rejects an answer that is not an event stream', async () => {
    const { promise } = run([{ chunks: ['<html>'], contentType: 'text/html' }])
    await expect(promise).rejects.toThrow('The server did not answer with an event stream (text/html)')
  })

  it('skips frames that are not trace events', async () => {
    const invalid: string[] = []
    const { promise, events } = run(
      [
        {
          chunks: ['event: update\ndata: nope\n\n', 'data: {"a":1}\n\n', running, 'event: end\ndata: x\n\n'],
        },
      ],
      { onInvalidEvent: (m) => invalid.push(m.data) },
    )
    await expect(promise).resolves.toEqual({ reason: 'end', lastId: '1-0' })
    expect(invalid).toEqual(['nope'])
    expect(events).toHaveLength(1)
  })

  it('rethrows errors from onEvent without retrying', async () => {
    const { promise, calls } = run([{ chunks: [running] }], {
      onEvent: () => {
        throw new TypeError('bug in the page')
      },
    })
    await expect(promise).rejects.toThrow('bug in the page')
    expect(calls).toHaveLength(1)
  })

  it('resolves quietly when aborted mid-stream or while waiting to retry', async () => {
    const controller = new AbortController()
    const { promise } = run([{ chunks: [running], fail: true }], {
      signal: controller.signal,
      onEvent: () => controller.abort(),
    })
    await expect(promise).resolves.toEqual({ reason: 'aborted', lastId: '1-0' })

    const second = new AbortController()
    const waiting = run([{ chunks: [], status: 503 }], {
      signal: second.signal,
      sleep: async () => second.abort(),
    })
    await expect(waiting.promise).resolves.toEqual({ reason: 'aborted', lastId: '0' })
    expect(waiting.calls).toHaveLength(1)

    const already = new AbortController()
    already.abort()
    const none = run([], { signal: already.signal })
    await expect(none.promise).resolves.toEqual({ reason: 'aborted', lastId: '0' })
    expect(none.calls).toHaveLength(0)
  })

  it('aborts with a real fetch-like abort of the body', async () => {
    const controller = new AbortController()
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(encoder.encode(running))
          init.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')))
        },
      })
      return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } })
    }) as unknown as typeof fetch
    const promise = streamTrace({
      traceId: 't',
      token: 'x',
      fetchImpl,
      signal: controller.signal,
      onEvent: () => setTimeout(() => controller.abort(), 0),
    })
    await expect(promise).resolves.toEqual({ reason: 'aborted', lastId: '1-0' })
  })
})
