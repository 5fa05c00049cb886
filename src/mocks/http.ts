import { delay as mswDelay, HttpResponse } from 'msw'
import { createOpenApiHttp } from 'openapi-msw'
import type { paths } from '@/api/schema.gen'
import { mockConfig } from './config'

/** Typed handlers for every path of the API document, matched on any origin. */
export const http = createOpenApiHttp<paths>({ baseUrl: '*' })

/* eslint-disable @typescript-eslint/no-explicit-any -- the mock must also send what the document forbids */
type AnyResponse = HttpResponse<any>

const now = () => Math.floor(Date.now() / 1000)

/** A success envelope. */
export function ok(data: unknown, message = 'Success', status = 200): AnyResponse {
  return HttpResponse.json({ code: status, message, data, timestamp: now() }, { status })
}

/** An error envelope: `data` is omitted, `code` equals the HTTP status, as on the real server. */
export function fail(status: number, message: string): AnyResponse {
  return HttpResponse.json({ code: status, message, timestamp: now() }, { status })
}

/** A Go panic caught by gin's Recovery: 500 with an empty body. */
export function panic(): AnyResponse {
  return new HttpResponse(null, { status: 500 }) as AnyResponse
}

/** Gin's answer for a route it does not have. */
export function noRoute(): AnyResponse {
  return new HttpResponse('404 page not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain' },
  }) as AnyResponse
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export async function delay() {
  if (mockConfig.delay === 'real') await mswDelay('real')
  else if (mockConfig.delay > 0) await mswDelay(mockConfig.delay)
}

/** Reads a JSON body the way Go's decoder reports problems. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; error: string }> {
  const text = await request.text()
  if (!text.trim()) return { ok: false, error: 'EOF' }
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return { ok: false, error: `invalid character '${text.trim()[0]}' looking for beginning of value` }
  }
}
