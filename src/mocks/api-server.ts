import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse } from 'msw'
import { mockConfig } from './config'
import { db } from './db'
import { handlers } from './handlers'
import { buildSeed } from './seed'

/**
 * The mock backend as a plain request → response function, for serving the same handlers and seed over
 * real HTTP from Node (`npm run bench` puts it behind `vite preview`, the nginx smoke behind nginx). The
 * page then carries only the app: no service worker start-up and no mock store in its heap, as against a
 * real server. `buildStepMs`: time between build events in the trace stream (the nginx smoke spaces them
 * out to see them arrive one by one).
 */
export function createMockApi(
  size: number,
  { buildStepMs = 50 }: { buildStepMs?: number } = {},
): (request: Request) => Promise<Response | undefined> {
  mockConfig.delay = 0
  mockConfig.size = size
  mockConfig.buildStepMs = buildStepMs
  db.load(buildSeed(size))
  return (request) => getResponse(handlers, request)
}

/** Serves `answer` to Node's HTTP server (or a connect middleware stack); `next` for what it does not answer. */
export function nodeHandler(answer: (request: Request) => Promise<Response | undefined>) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!req.url?.startsWith('/api/')) return next()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    })
    const response = (await answer(request)) ?? new Response('404 page not found', { status: 404 })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    if (!response.body) return void res.end()
    // Each chunk (an event of the trace stream) is written the moment it is produced; a client that goes
    // away cancels the stream.
    const reader = response.body.getReader()
    res.on('close', () => void reader.cancel().catch(() => undefined))
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done || res.destroyed) break
      res.write(value)
    }
    res.end()
  }
}
