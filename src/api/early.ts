import type { EarlyRequests } from '@/early-request'

/**
 * The app's side of src/early-request.ts: hands the API client a response the early script already
 * started, when it is exactly the request the client is about to send (method, URL and Authorization
 * header). Each response is handed out once. Loading this module tells a late early script to stand down.
 */
function earlyRequests(): EarlyRequests | undefined {
  if (typeof window === 'undefined') return undefined
  window.__rcabenchEarly ??= { adopted: false, responses: new Map() }
  return window.__rcabenchEarly
}
earlyRequests()

export async function takeEarlyResponse(
  request: Request,
): Promise<{ response: Promise<Response> } | undefined> {
  const early = earlyRequests()
  if (!early?.responses.size) return undefined
  const body = request.body ? await request.clone().text() : ''
  // The same key as earlyKey() in src/early-request.ts (not imported: that file is its own entry).
  const key = `${request.method} ${request.url} ${request.headers.get('Authorization') ?? ''} ${body}`
  const response = early.responses.get(key)
  if (!response) return undefined
  early.responses.delete(key)
  early.adopted = true
  return { response }
}
