import type { paths } from './schema.gen'
import { createClient } from './fetch-client'

/** A client whose fetch records each request and answers with `answer`. */
function clientAnswering(answer: () => Response) {
  const sent: Request[] = []
  const client = createClient<paths>({
    baseUrl: 'http://api.test/',
    fetch: (request) => {
      sent.push(request)
      return Promise.resolve(answer())
    },
  })
  return { client, sent }
}

const json = (body: unknown, init?: ResponseInit) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init })

describe('the typed fetch client', () => {
  it('fills path parameters and writes the query as name=value pairs, leaving out empty ones', async () => {
    const { client, sent } = clientAnswering(() => json({ data: {} }))
    await client.GET('/api/v2/containers', {
      params: { query: { page: 2, size: 20, status: undefined, is_public: false } },
    })
    await client.GET('/api/v2/traces/{trace_id}/stream', {
      params: { path: { trace_id: 'a/b' }, query: { last_id: 'a b&c' } },
    })
    expect(sent.map((request) => request.url)).toEqual([
      'http://api.test/api/v2/containers?page=2&size=20&is_public=false',
      'http://api.test/api/v2/traces/a%2Fb/stream?last_id=a%20b%26c',
    ])
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET'])
    expect(sent[0]?.headers.has('Content-Type')).toBe(false)
  })

  it('sends a body as JSON and reads a JSON answer', async () => {
    const { client, sent } = clientAnswering(() => json({ data: { items: [] } }))
    const { data, response } = await client.POST('/api/v2/containers/search', { body: { page: 1, size: 5 } })
    const [request] = sent
    expect(request?.method).toBe('POST')
    expect(request?.headers.get('Content-Type')).toBe('application/json')
    expect(await request?.text()).toBe('{"page":1,"size":5}')
    expect(data).toEqual({ data: { items: [] } })
    expect(response.status).toBe(200)
  })

  it('gives no data for a 204 or an empty body, and a SyntaxError for a body that is not JSON', async () => {
    expect(
      (await clientAnswering(() => new Response(null, { status: 204 })).client.GET('/api/v2/containers'))
        .data,
    ).toBeUndefined()
    expect(
      (await clientAnswering(() => new Response('')).client.GET('/api/v2/containers')).data,
    ).toBeUndefined()
    await expect(
      clientAnswering(() => new Response('<html>')).client.GET('/api/v2/containers'),
    ).rejects.toThrow(SyntaxError)
  })

  it('hands a streamed answer over unread', async () => {
    const { client } = clientAnswering(() => new Response('data: x\n\n'))
    const { data } = await client.GET('/api/v2/traces/{trace_id}/stream', {
      params: { path: { trace_id: 't' }, query: { last_id: '0' } },
      parseAs: 'stream',
    })
    expect(await new Response(data).text()).toBe('data: x\n\n')
  })

  it('runs middlewares on the request in order and on the response in reverse, and a request may bring its own fetch', async () => {
    const { client, sent } = clientAnswering(() => json({ data: 1 }))
    const seen: string[] = []
    client.use(
      {
        onRequest: ({ request }) => {
          seen.push('first request')
          request.headers.set('Authorization', 'Bearer t')
          return request
        },
        onResponse: () => void seen.push('first response'),
      },
      { onResponse: () => void seen.push('second response') },
    )
    await client.GET('/api/v2/containers')
    expect(sent[0]?.headers.get('Authorization')).toBe('Bearer t')
    expect(seen).toEqual(['first request', 'second response', 'first response'])
    const own = vi.fn((request: Request) => Promise.resolve(json({ data: request.url })))
    const { data } = await client.GET('/api/v2/containers', { fetch: own })
    expect(own).toHaveBeenCalledOnce()
    expect(sent).toHaveLength(1)
    expect(data).toEqual({ data: 'http://api.test/api/v2/containers' })
  })
})
