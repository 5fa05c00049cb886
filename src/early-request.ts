/**
 * The first data request of a deep link, started while the app's code is still downloading.
 *
 * Built as a separate, self-contained entry (vite.config.ts `earlyRequestPlugin`) and loaded by a
 * `<script type="module" async>` in index.html, so it runs as soon as its few hundred bytes arrive; no
 * inline script, so the CSP stays `script-src 'self'`. It reads the signed-in token from storage (the
 * token goes in the Authorization header, never in a URL), starts the GET the landing route's loader is
 * going to make, and leaves the pending response in `window.__rcabenchEarly`. The API client adopts a
 * response only when the loader's request has the same method, URL and Authorization header
 * (`takeEarlyResponse` in src/api/early.ts); anything else is never used and cannot show wrong data.
 *
 * It also preloads the landing page's own code (for every page, signed in or not): the chunk files, listed
 * per page by the build in index.html, download with the entry instead of one import level at a time.
 *
 * It imports nothing: a shared chunk would cost a round trip before the request starts. The URL → query
 * mapping below mirrors the list route's `toListParams(containersSearch(…))` and `withoutDeleted`;
 * early-request.test.ts pins them together.
 */

export type EarlyRequests = { adopted: boolean; responses: Map<string, Promise<Response>> }

declare global {
  interface Window {
    __rcabenchEarly?: EarlyRequests
  }
}

const TYPE_CODES: Record<string, number> = { algorithm: 0, benchmark: 1, pedestal: 2 }
const STATUS_CODES: Record<string, number> = { enabled: 1, disabled: 0, deleted: -1 }
const PAGE_SIZES = [10, 20, 50]

/** A request to start early: a GET, or a POST of `body` (JSON text, keys in the order the app sends). */
export type EarlyRequest = { path: string; body?: string }

/** The API requests the route at `pathname` + `search` makes first; [] when none is known. */
export function earlyRequests(pathname: string, search: string): EarlyRequest[] {
  // A positive id as the router writes it back (parseId, then String): no leading zeros.
  const id = (raw: string | undefined) => (raw && /^[1-9]\d{0,14}$/.test(raw) ? raw : null)
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1)
  if (parts[0] !== 'containers') return []
  const params = new URLSearchParams(search)
  const number = (key: string, fallback: number) => Number(params.get(key) ?? fallback)
  if (parts[1] === 'search' && parts.length === 2) {
    // Only a page of everything (the 1,000-row link); any query, filter or sort is left to the app.
    const page = number('page', 1)
    const size = number('size', 20)
    const shown = params.get('deleted') === 'shown'
    if ([...params.keys()].some((k) => k !== 'page' && k !== 'size' && !(k === 'deleted' && shown))) return []
    if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(size) || size < 1 || size > 1000)
      return []
    // Deleted containers are left out unless shown (features/search/search-request.ts).
    const filters = shown ? {} : { filters: [{ field: 'status', operator: 'ne', value: '-1' }] }
    return [{ path: '/api/v2/containers/search', body: JSON.stringify({ page, size, ...filters }) }]
  }
  if (parts.length === 1) {
    // Values as the app's links write them; a hand-made URL (`?type="algorithm"`) the router also reads
    // gives a request it does not adopt (it then sends its own).
    const pageRaw = number('page', 1)
    const sizeRaw = number('size', 20)
    const query = new URLSearchParams({
      page: String(Number.isSafeInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1),
      size: String(PAGE_SIZES.includes(sizeRaw) ? sizeRaw : 20),
    })
    const type = TYPE_CODES[params.get('type') ?? '']
    if (type !== undefined) query.set('type', String(type))
    const status = STATUS_CODES[params.get('status') ?? '']
    if (status !== undefined) query.set('status', String(status))
    const visibility = params.get('visibility')
    if (visibility === 'public' || visibility === 'private')
      query.set('is_public', String(visibility === 'public'))
    if (status !== undefined || params.get('deleted') === 'shown')
      return [{ path: `/api/v2/containers?${query}` }]
    // By default deleted containers are left out, through the search endpoint (api/containers.ts
    // `withoutDeleted`: same keys in the same order).
    const body = {
      page: Number(query.get('page')),
      size: Number(query.get('size')),
      ...(type !== undefined ? { type: String(type) } : {}),
      filters: [
        { field: 'status', operator: 'ne', value: '-1' },
        ...(visibility === 'public' || visibility === 'private'
          ? [{ field: 'is_public', operator: 'eq', value: visibility === 'public' ? '1' : '0' }]
          : []),
      ],
      sort: [{ field: 'created_at', direction: 'desc' }],
    }
    return [{ path: '/api/v2/containers/search', body: JSON.stringify(body) }]
  }
  const containerId = id(parts[1])
  if (containerId === null) return []
  if (parts.length === 2) return [{ path: `/api/v2/containers/${containerId}` }]
  const versionId = id(parts[3])
  if (parts.length === 4 && parts[2] === 'versions' && versionId !== null)
    return [
      { path: `/api/v2/containers/${containerId}` },
      { path: `/api/v2/containers/${containerId}/versions/${versionId}` },
    ]
  return []
}

/**
 * Which page a path opens, for its code to be fetched early (every page of the app; null for paths it does
 * not have, which show the not-found page from the entry's own code).
 */
export type EarlyRoute =
  | 'list'
  | 'search'
  | 'detail'
  | 'version'
  | 'sign-in'
  | 'new-container'
  | 'edit'
  | 'new-version'
  | 'build'
  | 'trace'
export function routeOf(pathname: string): EarlyRoute | null {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1)
  if (parts.length === 1 && parts[0] === 'sign-in') return 'sign-in'
  if (parts[0] === 'builds' && parts.length === 2) return parts[1] === 'new' ? 'build' : 'trace'
  if (parts[0] !== 'containers') return null
  if (parts.length === 1) return 'list'
  if (parts.length === 2)
    return parts[1] === 'search' ? 'search' : parts[1] === 'new' ? 'new-container' : 'detail'
  if (parts.length === 3 && parts[2] === 'edit') return 'edit'
  if (parts.length === 4 && parts[2] === 'versions') return parts[3] === 'new' ? 'new-version' : 'version'
  return null
}

/**
 * The JS chunks and style sheets of each of those pages that the app's entry does not load itself (file
 * names under the base), written into index.html at build time by vite.config.ts. Loaded here, they
 * download with the entry instead of after it has run.
 */
function routeChunks(doc: Document): Record<string, string[] | undefined> {
  try {
    return JSON.parse(doc.getElementById('rcabench-route-chunks')?.textContent || '{}') as Record<
      string,
      string[]
    >
  } catch {
    return {}
  }
}

/**
 * The app's own path of a page under the base path the build was made for (`base` without its trailing
 * slash, '' at the root): '/containers-ui/containers/7' → '/containers/7'; null outside the base
 * ('/containers-uix/…', another app on the same origin).
 */
export function appPath(pathname: string, base: string): string | null {
  if (!base) return pathname
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null
  return pathname.slice(base.length) || '/'
}

/** The stored session's token, unless missing or expired (the app signs out then, and sends none). */
export function storedToken(storages: Storage[], now = Date.now()): string | null {
  for (const storage of storages) {
    try {
      // A session the app would not read sends no token; then this request is never adopted.
      const session = JSON.parse(storage.getItem('rcabench.session') ?? 'null') as {
        token?: unknown
        expiresAt?: unknown
      } | null
      if (typeof session?.token !== 'string' || !session.token) continue
      const expires = typeof session.expiresAt === 'string' ? Date.parse(session.expiresAt) : NaN
      return Number.isFinite(expires) && expires <= now ? null : session.token
    } catch {
      // Unreadable: the app clears it.
    }
  }
  return null
}

/** What must be equal for the app to adopt a response: method, URL, Authorization header and body. */
export const earlyKey = (method: string, url: string, authorization: string, body = '') =>
  `${method} ${url} ${authorization} ${body}`

/** Starts the requests; a no-op when the app already runs (it then fetches for itself). */
export function startEarlyRequests(win: Window = window): void {
  if (win.__rcabenchEarly) return
  const early: EarlyRequests = { adopted: false, responses: new Map() }
  win.__rcabenchEarly = early
  const base = ((import.meta.env.BASE_URL as string | undefined) ?? '/').replace(/\/$/, '')
  const pathname = appPath(win.location.pathname, base) ?? ''
  const token = storedToken([win.sessionStorage, win.localStorage])
  if (token) startRequests(win, early, pathname, token)
  // The page's code, signed in or not (the build does not preload lazily loaded code itself). After the
  // data requests: over HTTP/1.1 the browser opens six connections to a host, and a request queued behind a
  // dozen chunk files would start only once most of them had arrived.
  const route = routeOf(pathname || '/')
  // Its style sheets are linked at once: the app's import of the page waits for any sheet not yet linked.
  for (const file of (route && routeChunks(win.document)[route]) || []) {
    const link = win.document.createElement('link')
    link.rel = file.endsWith('.css') ? 'stylesheet' : 'modulepreload'
    link.href = `${base}/${file}`
    win.document.head.appendChild(link)
  }
  // Not adopted in time (another route, a changed session): let it go.
  win.setTimeout(() => early.responses.clear(), 30_000)
}

function startRequests(win: Window, early: EarlyRequests, pathname: string, token: string): void {
  const origin = ((import.meta.env.VITE_API_BASE_URL as string | undefined) || win.location.origin).replace(
    /\/$/,
    '',
  )
  const authorization = `Bearer ${token}`
  for (const { path, body } of earlyRequests(pathname || '/', win.location.search)) {
    const url = `${origin}${path}`
    const method = body ? 'POST' : 'GET'
    const headers: Record<string, string> = { Authorization: authorization }
    if (body) headers['Content-Type'] = 'application/json'
    const response = fetch(url, { method, headers, body, priority: 'high' })
    // Never an unhandled rejection: the app re-fetches when it does not adopt a failed one.
    response.catch(() => undefined)
    early.responses.set(earlyKey(method, url, authorization, body), response)
  }
}

if (typeof window !== 'undefined' && import.meta.env.VITE_API_MOCKING !== 'true' && !import.meta.env.VITEST)
  startEarlyRequests()
