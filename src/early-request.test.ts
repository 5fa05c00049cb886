import { defaultParseSearch } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { toListParams } from '@/api/list-params'
import { getSession } from '@/lib/session'
import { versionQueries } from '@/api/versions'
import { containersSearch, hidesDeleted } from '@/features/containers/list-search'
import { containersSearchValidator } from '@/features/search/search-params'
import { toSearchRequest } from '@/features/search/search-request'
import { server } from '@/mocks/node'
import { signIn } from '@/test/render-route'
import {
  appPath,
  earlyRequests,
  routeOf,
  startEarlyRequests,
  storedToken,
  type EarlyRequests,
} from './early-request'

const run = (options: { queryFn?: unknown }) =>
  (options.queryFn as (ctx: { signal: AbortSignal }) => Promise<unknown>)({
    signal: new AbortController().signal,
  })

/** A window at `href` whose fetch reaches the MSW server, for startEarlyRequests. */
function windowAt(href: string) {
  const url = new URL(href, window.location.origin)
  return {
    location: { pathname: url.pathname, search: url.search, origin: window.location.origin },
    sessionStorage: window.sessionStorage,
    localStorage: window.localStorage,
    document: window.document,
    setTimeout: () => 0,
  } as unknown as Window
}

/** Starts the early requests of `href`, hands them to the app, and records what reached the server. */
async function startAndHandOver(href: string) {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    seen.push(`${request.method} ${request.url}`)
  })
  const win = windowAt(href)
  startEarlyRequests(win)
  const early = win.__rcabenchEarly!
  const app = window.__rcabenchEarly!
  app.adopted = false
  for (const [key, response] of early.responses) app.responses.set(key, response)
  // Let the early fetches reach the server before the app asks.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { early, app, seen }
}

afterEach(() => {
  vi.unstubAllEnvs()
  server.events.removeAllListeners()
  window.__rcabenchEarly?.responses.clear()
})

describe('the early request of a deep link', () => {
  beforeEach(() => signIn())

  it.each([
    '/containers',
    '/containers/',
    '/containers?page=2&size=50&type=algorithm',
    '/containers?status=disabled&visibility=private&type=pedestal',
    '/containers?status=deleted&visibility=public',
    '/containers?page=0&size=7&type=nope&visibility=all',
    '/containers?page=abc&size=10',
    '/containers?deleted=shown&type=benchmark',
    '/containers?visibility=public&type=algorithm&size=50',
  ])('%s: the list loader adopts it and sends no request of its own', async (href) => {
    const url = new URL(href, window.location.origin)
    const search = containersSearch(defaultParseSearch(url.search) as never)
    const { app, seen } = await startAndHandOver(href)
    const page = (await run(containerQueries.list(toListParams(search), hidesDeleted(search)))) as {
      items: unknown[]
    }
    expect(page.items.length).toBeGreaterThan(0)
    expect(app.adopted).toBe(true)
    expect(app.responses.size).toBe(0)
    // Only the early request reached the server.
    expect(seen.filter((s) => s.includes('/api/v2/containers'))).toHaveLength(1)
  })

  it.each([
    '/containers/search?size=1000',
    '/containers/search',
    '/containers/search?page=3&size=50',
    '/containers/search?deleted=shown&size=50',
  ])('%s: the search loader adopts the early POST', async (href) => {
    const url = new URL(href, window.location.origin)
    const body = toSearchRequest(containersSearchValidator(defaultParseSearch(url.search) as never))
    const { app, seen } = await startAndHandOver(href)
    const result = (await run(containerQueries.search(body))) as { items: unknown[] }
    expect(result.items.length).toBeGreaterThan(0)
    expect(app.adopted).toBe(true)
    expect(seen).toEqual([`POST ${window.location.origin}/api/v2/containers/search`])
  })

  it('adopts a container and a version of a version deep link', async () => {
    const { app, seen } = await startAndHandOver('/containers/1/versions/1')
    await run(containerQueries.detail(1))
    await run(versionQueries.detail(1, 1)).catch(() => undefined)
    expect(app.responses.size).toBe(0)
    expect(seen).toHaveLength(2)
  })

  it('is not adopted by another request, and a container deep link starts only the detail', async () => {
    const { app, seen } = await startAndHandOver('/containers/2')
    expect(app.responses.size).toBe(1)
    await run(containerQueries.detail(3))
    expect(app.adopted).toBe(false)
    await run(containerQueries.detail(2))
    expect(app.adopted).toBe(true)
    expect(seen.map((s) => new URL(s.split(' ')[1]!).pathname)).toEqual([
      '/api/v2/containers/2',
      '/api/v2/containers/3',
    ])
  })

  it('is not adopted once the session changed (another token)', async () => {
    const { app } = await startAndHandOver('/containers/2')
    await signIn('viewer', 'viewer123')
    await run(containerQueries.detail(2))
    expect(app.adopted).toBe(false)
  })

  it('starts nothing for pages it does not know and for signed-out visitors', async () => {
    for (const path of ['/', '/sign-in', '/containers/new', '/containers/0', '/containers/01', '/builds/new'])
      expect(earlyRequests(path, '')).toEqual([])
    // A search with a query, filters or sort, or a size the page refuses, is left to the app.
    for (const search of ['?q=redis', '?size=1000&sort=%5B%5D', '?size=1001', '?page=0'])
      expect(earlyRequests('/containers/search', search)).toEqual([])
    sessionStorage.clear()
    const win = windowAt('/containers')
    startEarlyRequests(win)
    expect(win.__rcabenchEarly!.responses.size).toBe(0)
  })

  it("preloads the page's code and links its style sheets named in index.html, and only that page's", async () => {
    const data = document.createElement('script')
    data.type = 'application/json'
    data.id = 'rcabench-route-chunks'
    data.textContent = JSON.stringify({
      search: ['assets/search-1.js', 'assets/table-2.js', 'assets/search-3.css'],
      list: ['assets/x.js'],
    })
    document.head.append(data)
    await startAndHandOver('/containers/search?size=1000')
    const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    )
    expect(preloads).toEqual(['/assets/search-1.js', '/assets/table-2.js'])
    // Its style sheet is linked outright, so the page's import finds it there and does not wait for it.
    const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))
    expect(sheets).toEqual(['/assets/search-3.css'])
    document.head.replaceChildren()
  })

  it('asks for the data before it preloads the code (six connections to a host: the request must not queue)', async () => {
    const data = document.createElement('script')
    data.type = 'application/json'
    data.id = 'rcabench-route-chunks'
    data.textContent = JSON.stringify({ list: ['assets/a.js', 'assets/b.js'] })
    document.head.append(data)
    await signIn()
    const order: string[] = []
    const fetch = vi.spyOn(window, 'fetch').mockImplementation((input) => {
      order.push(`fetch ${new URL(String(input)).pathname}`)
      return new Promise<Response>(() => undefined)
    })
    const append = vi.spyOn(document.head, 'appendChild')
    append.mockImplementation(<T extends Node>(node: T) => {
      order.push(`preload ${(node as unknown as HTMLLinkElement).getAttribute('href')}`)
      return node
    })
    startEarlyRequests(windowAt('/containers'))
    expect(order).toEqual(['fetch /api/v2/containers/search', 'preload /assets/a.js', 'preload /assets/b.js'])
    fetch.mockRestore()
    append.mockRestore()
    document.head.replaceChildren()
  })

  it('knows every page of the app, and preloads its code for a signed-out visitor too', () => {
    expect(
      [
        '/sign-in',
        '/containers',
        '/containers/search',
        '/containers/new',
        '/containers/7',
        '/containers/7/edit',
        '/containers/7/versions/new',
        '/containers/7/versions/9/',
        '/builds/new',
        '/builds/abc-123',
        '/',
        '/containers/7/versions',
        '/elsewhere',
      ].map(routeOf),
    ).toEqual([
      'sign-in',
      'list',
      'search',
      'new-container',
      'detail',
      'edit',
      'new-version',
      'version',
      'build',
      'trace',
      null,
      null,
      null,
    ])
    const data = document.createElement('script')
    data.type = 'application/json'
    data.id = 'rcabench-route-chunks'
    data.textContent = JSON.stringify({ 'sign-in': ['assets/sign-in-1.js'] })
    document.head.append(data)
    sessionStorage.clear()
    localStorage.clear()
    const win = windowAt('/sign-in?redirect=%2Fcontainers')
    startEarlyRequests(win)
    expect(win.__rcabenchEarly!.responses.size).toBe(0)
    expect(
      [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')),
    ).toEqual(['/assets/sign-in-1.js'])
    document.head.replaceChildren()
  })

  it("under a base path: starts the page's request and preloads its code under that path", async () => {
    vi.stubEnv('BASE_URL', '/containers-ui/')
    const data = document.createElement('script')
    data.type = 'application/json'
    data.id = 'rcabench-route-chunks'
    data.textContent = JSON.stringify({ detail: ['assets/detail-1.js'] })
    document.head.append(data)
    const { app, seen } = await startAndHandOver('/containers-ui/containers/2')
    expect(seen.map((s) => new URL(s.split(' ')[1]!).pathname)).toEqual(['/api/v2/containers/2'])
    await run(containerQueries.detail(2))
    expect(app.adopted).toBe(true)
    const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    )
    expect(preloads).toEqual(['/containers-ui/assets/detail-1.js'])
    document.head.replaceChildren()
    // Outside the base path (another app on the origin), nothing.
    window.__rcabenchEarly!.responses.clear()
    expect((await startAndHandOver('/containers-uix/containers/2')).seen).toEqual([])
  })

  it('stands down when the app is already running', () => {
    const win = windowAt('/containers')
    const running: EarlyRequests = { adopted: false, responses: new Map() }
    win.__rcabenchEarly = running
    startEarlyRequests(win)
    expect(win.__rcabenchEarly).toBe(running)
    expect(running.responses.size).toBe(0)
  })
})

describe('storedToken', () => {
  const storage = (value: unknown) => {
    const s = new Map<string, string>()
    if (value !== undefined)
      s.set('rcabench.session', typeof value === 'string' ? value : JSON.stringify(value))
    return { getItem: (k: string) => s.get(k) ?? null } as Storage
  }

  it('reads the token the app uses, and nothing expired or unreadable', async () => {
    await signIn()
    expect(storedToken([sessionStorage, localStorage])).toBe(getSession()!.token)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(
      storedToken([storage({ token: 't', username: 'u', expiresAt: '2025-12-31T00:00:00Z' })], now),
    ).toBe(null)
    expect(storedToken([storage({ token: 't', username: 'u', expiresAt: null })], now)).toBe('t')
    expect(storedToken([storage('{not json'), storage({ token: 'later', username: 'u' })], now)).toBe('later')
    expect(storedToken([storage({ token: '', username: 'u' }), storage(undefined)], now)).toBe(null)
  })
})

describe('appPath', () => {
  it("gives the app's own path under the base path, and null outside it", () => {
    expect(appPath('/containers/7', '')).toBe('/containers/7')
    expect(appPath('/containers-ui/containers/7', '/containers-ui')).toBe('/containers/7')
    expect(appPath('/containers-ui/containers', '/containers-ui')).toBe('/containers')
    expect(appPath('/containers-ui/', '/containers-ui')).toBe('/')
    expect(appPath('/containers-ui', '/containers-ui')).toBe('/')
    expect(appPath('/a/b/containers/search', '/a/b')).toBe('/containers/search')
    expect(appPath('/containers-uix/containers', '/containers-ui')).toBeNull()
    expect(appPath('/containers', '/containers-ui')).toBeNull()
    // A base path named like a page of the app is still taken off once.
    expect(appPath('/containers/containers/3', '/containers')).toBe('/containers/3')
  })
})
