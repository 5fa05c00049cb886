import { http, HttpResponse } from 'msw'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { signIn } from '@/test/render-route'
import { api } from './client'
import { containerQueries } from './containers'
import { ApiError } from './errors'
import { getSession, isReadOnly } from '@/lib/session'
import { versionQueries } from './versions'

const run = <T>(options: { queryFn?: unknown }) =>
  (options.queryFn as (ctx: { signal: AbortSignal }) => Promise<T>)({ signal: new AbortController().signal })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('API layer over the mock server', () => {
  beforeEach(() => signIn())

  it('unwraps the envelope and sends the bearer token', async () => {
    const page = await run<{ items: unknown[]; pagination: { total: number } }>(
      containerQueries.list({ page: 1, size: 10 }),
    )
    expect(page.items).toHaveLength(10)
    expect(page.pagination.total).toBeGreaterThan(300)
  })

  it('turns a null versions list into an empty array', async () => {
    server.use(
      http.get('*/api/v2/containers/:id', () =>
        HttpResponse.json({
          code: 200,
          message: 'Success',
          timestamp: 0,
          data: {
            id: 7,
            name: 'bare',
            type: 'algorithm',
            is_public: true,
            status: 'enabled',
            created_at: '',
            updated_at: '',
            readme: '',
            versions: null,
          },
        }),
      ),
    )
    const detail = await run<{ versions: unknown[] }>(containerQueries.detail(7))
    expect(detail.versions).toEqual([])
  })

  it('classifies the server 500 "record not found" as not-found', async () => {
    const error = await failure(run(containerQueries.detail(999_999)))
    expect(error.status).toBe(500)
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe('failed to find container with id 999999: record not found')
  })

  it('keeps 400 validation messages verbatim', async () => {
    const error = await failure(run(versionQueries.list(1, { page: 1, size: 15 as 10 })))
    expect(error.kind).toBe('validation')
    expect(error.message).toBe('Invalid request parameters: invalid page size: 15')
  })

  it('a refused container create makes the session read-only; a refused version create does not', async () => {
    await signIn('viewer', 'viewer123')
    const version = { name: '1.0.0', image_ref: 'docker.io/acme/x:1.0.0' }
    const refusedVersion = await failure(
      api.POST('/api/v2/containers/{container_id}/versions', {
        params: { path: { container_id: 1 } },
        body: version as never,
      }),
    )
    expect(refusedVersion.kind).toBe('forbidden')
    // Version permissions can be granted per container (a global admin has none): nothing learnt globally.
    expect(isReadOnly()).toBe(false)
    const refused = await failure(api.POST('/api/v2/containers', { body: { name: 'x', type: 0 } as never }))
    expect(refused.kind).toBe('forbidden')
    expect(isReadOnly()).toBe(true)
  })

  it('ends the session on a 401', async () => {
    server.use(...scenarios['expired-session'])
    const error = await failure(run(containerQueries.list({ page: 1, size: 10 })))
    expect(error.kind).toBe('unauthenticated')
    expect(getSession()).toBeNull()
  })

  it('reports an empty 200 body as an unexpected response, with details', async () => {
    server.use(...scenarios['bad-body'])
    const error = await failure(run(containerQueries.list({ page: 1, size: 10 })))
    expect(error.kind).toBe('unexpected')
  })

  it('reports a network failure as network', async () => {
    server.use(...scenarios.offline)
    const error = await failure(run(containerQueries.list({ page: 1, size: 10 })))
    expect(error.kind).toBe('network')
  })

  it('reports a plain-text 404 as a missing endpoint', async () => {
    server.use(...scenarios['no-search'])
    const error = await failure(run(containerQueries.search({ page: 1, size: 10 })))
    expect(error.kind).toBe('no-endpoint')
  })
})
