import { DecodeError, type Decoder } from '@/lib/decode'
import { takeEarlyResponse } from './early'
import { ApiError } from './errors'
import { createClient, type Middleware } from './fetch-client'
import type { paths } from './schema.gen'
import { endSession, getSession, markReadOnly } from '@/lib/session'

/** A request that has not answered after this long is aborted and reported as a timeout. */
export const REQUEST_TIMEOUT_MS = 30_000

/**
 * Where the API lives. Empty means "this origin": the Vite dev server (mocks or the /api proxy) or a
 * reverse proxy in production. Set VITE_API_BASE_URL to call another origin (and allow it in the CSP).
 */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined
  if (configured) return configured.replace(/\/$/, '')
  return typeof window !== 'undefined' ? window.location.origin : 'http://localhost'
}

/**
 * fetch with a client-side timeout that still honours the caller's AbortSignal. `started` is the same
 * request already on its way (a deep link's early request): it is awaited under the same rules.
 */
export async function fetchWithTimeout(
  input: Request,
  timeoutMs = REQUEST_TIMEOUT_MS,
  started?: Promise<Response>,
): Promise<Response> {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), timeoutMs)
  const signal = AbortSignal.any([input.signal, timeout.signal])
  try {
    if (!started) return await fetch(new Request(input, { signal }))
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
    )
    return await Promise.race([started, aborted])
  } catch (error) {
    if (timeout.signal.aborted && !input.signal.aborted) {
      throw new ApiError(0, `No answer after ${timeoutMs / 1000} seconds.`, 'timeout')
    }
    if (input.signal.aborted) throw error
    throw new ApiError(0, 'The server could not be reached.', 'network', String(error))
  } finally {
    clearTimeout(timer)
  }
}

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const session = getSession()
    if (session && !request.headers.has('Authorization'))
      request.headers.set('Authorization', `Bearer ${session.token}`)
    return request
  },
}

/** Any non-2xx answer becomes an ApiError carrying the envelope's message verbatim. */
const errorMiddleware: Middleware = {
  async onResponse({ response, request }) {
    if (response.ok) return response
    const text = await response.clone().text()
    let message = ''
    try {
      const body = JSON.parse(text) as { message?: unknown }
      if (typeof body.message === 'string') message = body.message
    } catch {
      // Not JSON: a panic (empty body) or a router 404 in plain text.
    }
    let error: ApiError
    if (response.status === 404 && !message) {
      error = new ApiError(404, 'This server does not offer this operation.', 'no-endpoint', text)
    } else if (!message) {
      error = new ApiError(
        response.status,
        `The server failed with status ${response.status} and ${text ? 'an unreadable' : 'an empty'} answer.`,
        response.status >= 500 ? 'server' : 'unexpected',
        text || '(empty body)',
      )
    } else {
      error = new ApiError(response.status, message)
    }
    // A 401 on a call that carried a token means the session is over (expired, revoked, or forged).
    if (error.kind === 'unauthenticated' && request.headers.has('Authorization')) endSession('expired')
    // A refused container create means the account cannot create anywhere: that permission is global.
    // Other refusals are not: version and management permissions can be granted per container (a global
    // admin has none on versions), so those are remembered by the page that met them, not by the session.
    if (
      error.kind === 'forbidden' &&
      request.method === 'POST' &&
      new URL(request.url).pathname.endsWith('/api/v2/containers')
    )
      markReadOnly()
    throw error
  },
}

/**
 * The paths the dashboard may call: the document without the routes that are broken or destructive on
 * v1.1.45. Version update always fails, version delete removes the container whose id
 * is the version id, label removal always fails. Calling them does not compile.
 */
type VersionPath = paths['/api/v2/containers/{container_id}/versions/{version_id}']
export type CallablePaths = Omit<
  paths,
  '/api/v2/containers/{container_id}/labels' | '/api/v2/containers/{container_id}/versions/{version_id}'
> & {
  '/api/v2/containers/{container_id}/versions/{version_id}': Omit<VersionPath, 'patch' | 'delete'> & {
    patch?: never
    delete?: never
  }
}

export const api = createClient<CallablePaths>({
  baseUrl: apiBaseUrl(),
  // A deep link's first request may already be on its way (src/early-request.ts).
  fetch: async (request) =>
    fetchWithTimeout(request, REQUEST_TIMEOUT_MS, (await takeEarlyResponse(request))?.response),
})
api.use(authMiddleware, errorMiddleware)

/**
 * Awaits an API call and returns the envelope's `data`, read by the decoder `schema` (which turns the
 * server's `null` lists into `[]` and unknown enum names into 'unknown'). A 2xx that is not the expected
 * envelope becomes an ApiError of kind 'unexpected' with the details kept for the user.
 */
export async function unwrap<T>(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  schema: Decoder<T>,
): Promise<T> {
  let result: { data?: unknown; response: Response }
  try {
    result = await call
  } catch (error) {
    if (error instanceof ApiError) throw error
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    if (error instanceof SyntaxError) {
      throw new ApiError(200, 'The server sent an answer that is not JSON.', 'unexpected', error.message)
    }
    throw new ApiError(0, 'The server could not be reached.', 'network', String(error))
  }
  const body = result.data as { data?: unknown } | undefined
  if (!body || typeof body !== 'object' || !('data' in body)) {
    throw new ApiError(
      result.response.status,
      'The server answered without the expected data.',
      'unexpected',
      JSON.stringify(body ?? null).slice(0, 2000),
    )
  }
  try {
    return schema(body.data)
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error
    throw new ApiError(
      result.response.status,
      'The server sent data in a shape the dashboard does not understand.',
      'unexpected',
      // One line per problem: `items.0.name: expected a string, got null`.
      error.message,
    )
  }
}
