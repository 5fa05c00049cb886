import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSseParser, type SseMessage } from './sse-parser'

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
