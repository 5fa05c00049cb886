import type { components } from '@/api/schema.gen'

export type TraceEvent = components['schemas']['TraceEvent']

export type SseMessage = { event: string; id?: string; data: string }

export type SseParser = { push: (chunk: string) => void; end: () => void }

/**
 * An incremental Server-Sent Events parser following the WHATWG rules: lines end with \n, \r\n or \r
 * (also when split across chunks), `:` starts a comment, one space after the field colon is dropped,
 * `data` lines are joined with \n, a blank line dispatches, and the event type defaults to `message`.
 * The last event id persists across events, as in EventSource. An unterminated event at the end is dropped.
 */
export const createSseParser = (
  onEvent: (e: SseMessage) => void,
  onRetry?: (ms: number) => void,
): SseParser => {
  let buffer = ''
  let skipLeadingLf = false
  let first = true
  let eventType = ''
  let data: string[] = []
  let lastId = ''

  const dispatch = () => {
    if (data.length === 0) {
      eventType = ''
      return
    }
    const message: SseMessage = { event: eventType || 'message', data: data.join('\n') }
    if (lastId !== '') message.id = lastId
    eventType = ''
    data = []
    onEvent(message)
  }

  const processLine = (line: string) => {
    if (line === '') return dispatch()
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') eventType = value
    else if (field === 'data') data.push(value)
    else if (field === 'id') {
      if (!value.includes('\0')) lastId = value
    } else if (field === 'retry') {
      if (/^\d+$/.test(value)) onRetry?.(Number(value))
    }
  }

  return {
    push(chunk) {
      if (chunk === '') return
      let text = chunk
      if (first) {
        first = false
        if (text.startsWith('\uFEFF')) text = text.slice(1)
      }
      if (skipLeadingLf) {
        skipLeadingLf = false
        if (text.startsWith('\n')) text = text.slice(1)
      }
      buffer += text
      let start = 0
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer.charCodeAt(i)
        if (ch !== 10 && ch !== 13) continue
        const line = buffer.slice(start, i)
        if (ch === 13) {
          if (i + 1 < buffer.length) {
            if (buffer.charCodeAt(i + 1) === 10) i++
          } else skipLeadingLf = true
        }
        start = i + 1
        processLine(line)
      }
      buffer = buffer.slice(start)
    },
    end() {
      buffer = ''
      eventType = ''
      data = []
      skipLeadingLf = false
    },
  }
}

export class TraceStreamError extends Error {
  override name = 'TraceStreamError'
  constructor(
    message: string,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message)
  }
}

export type StreamTraceOptions = {
  traceId: string
  token: string
  /** Resume after this Redis stream id; '0' replays from the start. The server requires it. */
  lastId?: string
  signal?: AbortSignal
  fetchImpl?: typeof fetch
  /** Prefix for `/api/v2/...`; empty means same origin. */
  baseUrl?: string
  onEvent: (event: TraceEvent, meta: { id?: string }) => void
  onOpen?: (info: { url: string; attempt: number }) => void
  /** Called for `update` frames whose data is not a TraceEvent; they are otherwise skipped. */
  onInvalidEvent?: (message: SseMessage) => void
  maxRetries?: number
  retryDelayMs?: (attempt: number) => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

export type StreamTraceResult = { reason: 'end' | 'aborted'; lastId: string }

/** Wraps an error thrown by a caller's callback, so that it is rethrown as is and never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

const defaultDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 10000)

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

const isTraceEvent = (value: unknown): value is TraceEvent =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TraceEvent).event_name === 'string' &&
  typeof (value as TraceEvent).task_id === 'string' &&
  typeof (value as TraceEvent).task_type === 'number'

const readErrorMessage = async (response: Response) => {
  const text = await response.text().catch(() => '')
  try {
    const body = JSON.parse(text) as { message?: unknown }
    if (typeof body.message === 'string' && body.message !== '') return body.message
  } catch {
    // not an envelope
  }
  const plain = text.trim()
  if (plain !== '' && plain.length < 300 && !plain.startsWith('<')) return plain
  return response.statusText || `HTTP ${response.status}`
}

/** 4xx are final; a 5xx is retried unless the trace has no tasks (which retrying cannot fix). */
const isRetryableStatus = (status: number, message: string) =>
  status >= 500 && !/no tasks found/i.test(message)

/**
 * Follows `GET /api/v2/traces/{trace_id}/stream` with a bearer token (EventSource cannot send one).
 * Calls `onEvent` for each `update` frame, reconnects with `last_id=<last id seen>` when the connection
 * drops before `event: end`, and resolves on `end` or on abort. Throws `TraceStreamError` for a 4xx,
 * for "no tasks found", and when `maxRetries` reconnections in a row fail.
 */
export const streamTrace = async (options: StreamTraceOptions): Promise<StreamTraceResult> => {
  const {
    traceId,
    token,
    signal,
    fetchImpl = fetch,
    baseUrl = '',
    onEvent,
    onOpen,
    onInvalidEvent,
    maxRetries = 5,
    retryDelayMs = defaultDelay,
    sleep = defaultSleep,
  } = options
  let lastId = options.lastId?.trim() || '0'
  let failures = 0
  let lastError: unknown
  const prefix = baseUrl.replace(/\/+$/, '')
  const aborted = (): StreamTraceResult => ({ reason: 'aborted', lastId })

  for (;;) {
    if (signal?.aborted) return aborted()
    const url = `${prefix}/api/v2/traces/${encodeURIComponent(traceId)}/stream?last_id=${encodeURIComponent(lastId)}`
    let sawEvent = false
    let ended = false
    lastError = undefined
    try {
      const response = await fetchImpl(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        cache: 'no-store',
        signal,
      })
      if (!response.ok) {
        const message = await readErrorMessage(response)
        const error = new TraceStreamError(message, response.status)
        if (!isRetryableStatus(response.status, message)) throw error
        lastError = error
      } else {
        const type = response.headers.get('content-type')
        if (type && !type.includes('text/event-stream')) {
          void response.body?.cancel().catch(() => undefined)
          throw new TraceStreamError(
            `The server did not answer with an event stream (${type})`,
            response.status,
          )
        }
        if (!response.body) throw new TraceStreamError('The event stream has no body', response.status)
        try {
          onOpen?.({ url, attempt: failures })
        } catch (err) {
          throw new CallbackFailure(err)
        }
        const pending: SseMessage[] = []
        const parser = createSseParser((m) => pending.push(m))
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        try {
          while (!ended) {
            let chunk: ReadableStreamReadResult<string>
            try {
              chunk = await reader.read()
            } catch (err) {
              lastError = err
              break
            }
            if (chunk.done) {
              parser.end()
              break
            }
            parser.push(chunk.value)
            for (const message of pending.splice(0)) {
              if (message.id !== undefined) lastId = message.id
              if (message.event === 'end') {
                ended = true
                break
              }
              if (message.event !== 'update') continue
              let parsed: unknown
              try {
                parsed = JSON.parse(message.data)
              } catch {
                parsed = undefined
              }
              if (!isTraceEvent(parsed)) {
                onInvalidEvent?.(message)
                continue
              }
              sawEvent = true
              try {
                onEvent(parsed, message.id === undefined ? {} : { id: message.id })
              } catch (err) {
                throw new CallbackFailure(err)
              }
            }
          }
        } finally {
          void reader.cancel().catch(() => undefined)
        }
        if (ended) return { reason: 'end', lastId }
        lastError ??= new TraceStreamError('The event stream closed before the build finished')
      }
    } catch (err) {
      if (err instanceof CallbackFailure) throw err.error
      if (signal?.aborted) return aborted()
      if (err instanceof TraceStreamError) throw err
      if (!(err instanceof TypeError) && !(err instanceof Error && err.name === 'AbortError')) throw err
      lastError = err // network failure: retry
    }
    if (signal?.aborted) return aborted()
    // A connection that delivered events was healthy: start counting failures again.
    if (sawEvent) failures = 0
    if (failures >= maxRetries) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : ''
      throw new TraceStreamError(
        `Lost the build's event stream after ${maxRetries} retries${detail}`,
        lastError instanceof TraceStreamError ? lastError.status : undefined,
      )
    }
    await sleep(retryDelayMs(failures), signal)
    failures++
  }
}
