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
