import { delay as mswDelay, http as mswHttp, HttpResponse, type HttpHandler } from 'msw'
import { db, type ContainerRow } from './db'
import { submitBuild } from './handlers/builds'
import { fail, http, noRoute, ok } from './http'
import { searchContainers } from './search'
import { buildSeed } from './seed'

/**
 * Named failure modes, shared by dev (`window.__mocks.use('slow')` or sessionStorage 'msw:scenario'),
 * unit tests (`server.use(...scenarios.offline)`) and e2e (`test.use({ scenario: 'offline' })`).
 * Each is a list of handlers put in front of the happy-path ones.
 */
const api = '*/api/v2/*'
const isRead = (request: Request) => request.method === 'GET'
const isProtected = (request: Request) => !new URL(request.url).pathname.endsWith('/auth/login')

export const scenarios = {
  /** Every call answers after 2.5 s. */
  slow: [
    mswHttp.all(api, async () => {
      await mswDelay(2500)
    }),
  ],
  /** Reads never answer, so the client's timeout has to end them. */
  hang: [
    mswHttp.get(api, async () => {
      await mswDelay('infinite')
    }),
  ],
  /** Every read of containers fails as a database outage would. */
  'server-errors': [
    mswHttp.get('*/api/v2/containers*', () =>
      fail(500, 'failed to list containers: dial tcp mysql:3306: connect: connection refused'),
    ),
  ],
  /** The first read of each URL fails, the retry succeeds. */
  flaky: (() => {
    const seen = new Set<string>()
    return [
      mswHttp.get(api, ({ request }) => {
        if (seen.has(request.url)) return undefined
        seen.add(request.url)
        return fail(500, 'failed to list containers: driver: bad connection')
      }),
    ]
  })(),
  /** The network is gone. */
  offline: [mswHttp.all(api, () => HttpResponse.error())],
  /** The token is no longer accepted: every protected call answers 401. */
  'expired-session': [
    mswHttp.all(api, ({ request }) =>
      isProtected(request)
        ? fail(401, 'Unauthorized: failed to parse token: token has invalid claims: token is expired')
        : undefined,
    ),
  ],
  /** Writes answer 401 (the session expired while the user was typing); reads still work. */
  'expire-on-write': [
    mswHttp.post('*/api/v2/containers*', () =>
      fail(401, 'Unauthorized: failed to parse token: token has invalid claims: token is expired'),
    ),
  ],
  /** Nothing registered yet. */
  'empty-catalog': [
    http.get('/api/v2/containers', ({ request }) => {
      const q = new URL(request.url).searchParams
      const page = Number(q.get('page')) || 1
      const size = Number(q.get('size')) || 20
      return ok({ items: [], pagination: { page, size, total: 0, total_pages: 0 } })
    }),
    http.post('/api/v2/containers/search', async ({ request }) => {
      const body = (await request.json()) as { page?: number; size?: number }
      return ok({
        items: null,
        pagination: { page: body.page ?? 1, size: body.size ?? 20, total: 0, total_pages: 0 },
      })
    }),
  ],
  /** Later server versions removed the search endpoint: gin answers a plain-text 404. */
  'no-search': [mswHttp.post('*/api/v2/containers/search', () => noRoute())],
  /** 200 answers the dashboard cannot read: an empty body, or an envelope without data. */
  'bad-body': [
    mswHttp.get(
      '*/api/v2/containers',
      () => new HttpResponse('', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ),
    mswHttp.get('*/api/v2/containers/:id', () =>
      HttpResponse.json({ code: 200, message: 'Success', timestamp: 0 }),
    ),
  ],
  /** Builds are accepted, then fail inside the builder (no Dockerfile). */
  'build-fails': [http.post('/api/v2/containers/build', submitBuild('fail'))],
  /** The trace stream drops after the Running event; the client must resume from last_id. */
  'stream-drops': [http.post('/api/v2/containers/build', submitBuild('drop'))],
  /** Search runs over a catalogue of 1,500 generated containers (for 1,000-row pages); other calls unchanged. */
  'big-catalog': (() => {
    let rows: ContainerRow[] | null = null
    return [
      http.post('/api/v2/containers/search', async ({ request }) => {
        rows ??= buildSeed(1500).containers
        const result = searchContainers(rows, await request.json().catch(() => null))
        if ('status' in result) return fail(result.status, result.message)
        return ok({ ...result, items: result.items?.map(db.renderContainer) ?? null })
      }),
    ]
  })(),
} satisfies Record<string, HttpHandler[]>

export type ScenarioName = keyof typeof scenarios
export const scenarioNames = Object.keys(scenarios) as ScenarioName[]

export function handlersFor(names: string[]): HttpHandler[] {
  return names.flatMap((name) => (name in scenarios ? scenarios[name as ScenarioName] : []))
}

export { isRead }
