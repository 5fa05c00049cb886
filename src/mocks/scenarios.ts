import { getResponse, delay as mswDelay, http as mswHttp, HttpResponse, type HttpHandler } from 'msw'
import { db, type ContainerRow } from './db'
import { handlers } from './handlers'
import { IDLE_READ_MS, submitBuild, traceStream } from './handlers/builds'
import { fail, http, noRoute, ok } from './http'
import { searchContainers } from './search'
import { buildSeed } from './seed'

/**
 * Named failure modes, shared by dev (`window.__mocks.use('slow')` or sessionStorage 'msw:scenario'),
 * unit tests (`server.use(...scenarios.offline)`) and e2e (`test.use({ scenario: 'offline' })`).
 * Each is a list of handlers put in front of the happy-path ones.
 */
const api = '*/api/v2/*'
const isProtected = (request: Request) => !new URL(request.url).pathname.endsWith('/auth/login')
const expiredToken = 'Unauthorized: failed to parse token: token has invalid claims: token is expired'

/** The list of containers is read with GET, and (to leave deleted containers out) with POST search. */
const listRead = (resolver: Parameters<typeof mswHttp.get>[1]) => [
  mswHttp.get('*/api/v2/containers', resolver),
  mswHttp.post('*/api/v2/containers/search', resolver),
]
/** A failure of every read: the GETs, and the search, which reads too. */
const everyRead = (resolver: Parameters<typeof mswHttp.get>[1]) => [
  mswHttp.get(api, resolver),
  mswHttp.post('*/api/v2/containers/search', resolver),
]

/**
 * What the stateful scenarios remember. `handlersFor` (every `__mocks.use(...)`) starts them afresh, so
 * switching a scenario on behaves the same whether or not it was on before.
 */
const state = { flakySeen: new Set<string>(), writeExpired: false }
function resetState() {
  state.flakySeen.clear()
  state.writeExpired = false
}

export const scenarios = {
  /** Every call answers after 2.5 s. */
  slow: [
    mswHttp.all(api, async () => {
      await mswDelay(2500)
    }),
  ],
  /** Reads never answer, so the client's timeout has to end them. */
  hang: everyRead(async () => {
    await mswDelay('infinite')
  }),
  /** Every read of containers fails as a database outage would. */
  'server-errors': [
    mswHttp.get('*/api/v2/containers*', () =>
      fail(500, 'failed to list containers: dial tcp mysql:3306: connect: connection refused'),
    ),
    mswHttp.post('*/api/v2/containers/search', () =>
      fail(500, 'Failed to search containers: dial tcp mysql:3306: connect: connection refused'),
    ),
  ],
  /** The first read of each URL fails, the retry succeeds. */
  flaky: everyRead(({ request }) => {
    if (state.flakySeen.has(request.url)) return undefined
    state.flakySeen.add(request.url)
    return fail(500, 'failed to list containers: driver: bad connection')
  }),
  /** The network is gone. */
  offline: [mswHttp.all(api, () => HttpResponse.error())],
  /** The token is no longer accepted: every protected call answers 401. */
  'expired-session': [
    mswHttp.all(api, ({ request }) => (isProtected(request) ? fail(401, expiredToken) : undefined)),
  ],
  /**
   * The session expires while the user is typing: the first write after the scenario is switched on answers
   * 401 (the app ends the session). Writes sent after signing in again go through; reads always work.
   */
  'expire-on-write': [
    mswHttp.post('*/api/v2/containers*', ({ request }) => {
      // Search is a read sent as POST.
      if (new URL(request.url).pathname.endsWith('/search') || state.writeExpired) return undefined
      state.writeExpired = true
      return fail(401, expiredToken)
    }),
  ],
  /** Creating containers or versions fails inside the server (a 500 with its message); reads work. */
  'write-errors': [
    mswHttp.post('*/api/v2/containers', () =>
      fail(500, 'failed to create container: dial tcp mysql:3306: connect: connection refused'),
    ),
    mswHttp.post('*/api/v2/containers/:id/versions', () =>
      fail(500, 'failed to create container version: dial tcp mysql:3306: connect: connection refused'),
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
    ...listRead(() => new HttpResponse('', { status: 200, headers: { 'Content-Type': 'application/json' } })),
    mswHttp.get('*/api/v2/containers/:id', () =>
      HttpResponse.json({ code: 200, message: 'Success', timestamp: 0 }),
    ),
  ],
  /** A misconfigured proxy answers reads with an HTML page (200) instead of the API's JSON. */
  'not-json': everyRead(
    () =>
      new HttpResponse('<html><body><h1>Welcome to nginx!</h1></body></html>', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      }),
  ),
  /** 200 answers with `null` where the contract promises a value: a container without a name, no pagination. */
  'null-fields': [
    ...listRead(() =>
      ok({
        items: [
          {
            id: 1,
            name: null,
            type: 'algorithm',
            is_public: true,
            status: 'enabled',
            created_at: null,
            updated_at: null,
            labels: null,
          },
        ],
        pagination: null,
      }),
    ),
    mswHttp.get('*/api/v2/containers/:id', () => ok(null)),
  ],
  /**
   * A newer server names types and statuses this dashboard does not know ("sidecar", "archived") on every
   * listed and shown container; everything else is the real data.
   */
  'unknown-enums': [
    ...listRead(async ({ request }) => {
      // The happy-path list answers; only the enum names are rewritten.
      const answer = await getResponse(handlers, request)
      if (!answer?.ok) return answer
      const body = (await answer.json()) as { data: { items: object[] | null } }
      body.data.items = body.data.items?.map((c) => ({ ...c, type: 'sidecar', status: 'archived' })) ?? null
      return HttpResponse.json(body)
    }),
  ],
  /**
   * Builds are accepted, then fail inside the builder (no Dockerfile): task.retry.status, then the Error
   * state with "Task failed after 0 attempts, errors: [[…]]".
   */
  'build-fails': [http.post('/api/v2/containers/build', submitBuild('fail'))],
  /** BuildKit takes 5 s between Running and the result (to leave or reload a page mid-build). */
  'build-slow': [http.post('/api/v2/containers/build', submitBuild('succeed', { buildMs: 5000 }))],
  /** Builds first find no build slot (no.token.available, state Rescheduled), then run and succeed. */
  'build-queued': [http.post('/api/v2/containers/build', submitBuild('queued'))],
  /** The trace stream drops after the Running event; the client must resume from last_id. */
  'stream-drops': [http.post('/api/v2/containers/build', submitBuild('drop'))],
  /**
   * v1.1.45 reader defect 1: every trace stream answers `event:end` (no data) and then the JSON 500 body
   * "failed to send stream events", before any update. The build itself runs and succeeds.
   */
  'stream-v1145': [traceStream('v1145')],
  /**
   * v1.1.45 reader defect 2: after 1 s (IDLE_READ_MS) without a new event the stream ends with the JSON 500
   * "failed to read stream events". Builds take 2.5 s between Running and the result, so it happens.
   */
  'stream-idle-close': [
    http.post('/api/v2/containers/build', submitBuild('succeed', { buildMs: IDLE_READ_MS * 2.5 })),
    traceStream('idle-close'),
  ],
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

/** The handlers of the named scenarios (unknown names are ignored), with their state started afresh. */
export function handlersFor(names: string[]): HttpHandler[] {
  resetState()
  return names.flatMap((name) => (name in scenarios ? scenarios[name as ScenarioName] : []))
}
