import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { BuildPage } from '../pages/build-page'
import { BUILD_STEP_MS } from './servers'

/**
 * Through real nginx (deploy/nginx/default.conf.template) in front of the production build and the mock
 * API, once with the app at the root and once under a base path (projects in playwright.config.ts). Paths
 * here are relative to the project's base URL; the API is always at the origin's /api.
 */
test.use({ account: null })

const basePath = (baseURL: string | undefined) => new URL(baseURL!).pathname
const pathOf = (page: Page) => new URL(page.url()).pathname

async function signIn(page: Page) {
  await page.goto('')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Username', { exact: true }).fill('admin')
  await page.getByLabel('Password', { exact: true }).fill('admin123')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

test('sign in, the list, a deep link reloaded; app files under the base path, API calls at /api', async ({
  page,
  containersPage,
  baseURL,
}) => {
  const base = basePath(baseURL)
  const requested: string[] = []
  page.on('request', (r) => requested.push(new URL(r.url()).pathname))

  await page.goto('')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  expect(pathOf(page)).toBe(`${base}sign-in`)
  await signIn(page)
  await expect(containersPage.heading()).toBeVisible()
  expect(pathOf(page)).toBe(`${base}containers`)
  await containersPage.waitForRows()

  const link = containersPage.rows().first().getByRole('link').first()
  const name = (await link.textContent())!.trim()
  await link.click()
  const detail = page.getByRole('heading', { level: 1, name })
  await expect(detail).toBeVisible()
  expect(pathOf(page)).toMatch(new RegExp(`^${base}containers/\\d+$`))
  // A reload of the deep link is answered with the app (SPA fallback), which opens the same page.
  const deepLink = page.url()
  const reloaded = await page.reload()
  expect(reloaded?.status()).toBe(200)
  await expect(detail).toBeVisible()
  expect(page.url()).toBe(deepLink)

  const scripts = requested.filter((p) => p.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter((p) => !p.startsWith(`${base}assets/`))).toEqual([])
  const api = requested.filter((p) => p.includes('/api/'))
  expect(api.length).toBeGreaterThan(0)
  expect(api.filter((p) => !p.startsWith('/api/v2/'))).toEqual([])
})

test('a build is followed to the end, its events arriving one by one as the API sends them', async ({
  page,
}) => {
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible()
  const builds = new BuildPage(page)
  await page.goto('builds/new')
  await expect(builds.heading()).toBeVisible()
  await builds.fillMinimal('acme/detector', 'nginx-smoke')
  const arrivals = await builds.recordTimelineArrivals()
  const stream = page.waitForResponse((r) =>
    /^\/api\/v2\/traces\/[^/]+\/stream$/.test(new URL(r.url()).pathname),
  )
  await builds.submit().click()
  await builds.expectOnProgressPage()

  const response = await stream
  expect(response.headers()['content-type']).toContain('text/event-stream')
  // The browser asked for compression (gzip, br); an event stream must not get it.
  expect(response.headers()['content-encoding']).toBeUndefined()
  await builds.expectSucceeded()

  // The mock API writes one event every BUILD_STEP_MS. Buffered by nginx, they would all show at the end,
  // at once; passed on as they come, the page shows them at separate moments, spaced like the API sent them.
  const moments = await arrivals()
  expect(moments.length, `arrival moments: ${moments.join(', ')}`).toBeGreaterThanOrEqual(2)
  const gaps = moments.slice(1).map((t, i) => t - moments[i]!)
  for (const gap of gaps) expect(gap, `gaps: ${gaps.join(', ')}`).toBeGreaterThanOrEqual(BUILD_STEP_MS / 2)
})

test('response headers: the build’s CSP plus frame-ancestors, cache rules, compression', async ({
  request,
}) => {
  const gzip = { 'Accept-Encoding': 'gzip' }
  const index = await request.get('', { headers: gzip })
  expect(index.status()).toBe(200)
  const html = await index.text()
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll('&#39;', "'")
  expect(meta).toContain("script-src 'self'")
  const headers = index.headers()
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('same-origin')
  expect(headers['cache-control']).toBe('no-cache')

  // The origin's "/" answers 200 whatever the base path (the Helm chart's probes ask for it).
  const slash = await request.get('/')
  expect(slash.status()).toBe(200)
  expect(await slash.text()).toBe(html)

  // A deep link gets the same app, never cached.
  const deep = await request.get('containers/1/versions/2?tab=files')
  expect(deep.status()).toBe(200)
  expect(deep.headers()['content-type']).toContain('text/html')
  expect(deep.headers()['cache-control']).toBe('no-cache')
  expect(await deep.text()).toBe(html)

  // Hashed assets: a year, immutable, compressed; a missing one is a 404, not the app.
  // (React and TanStack's chunk, preloaded by index.html: the entry script itself is a few hundred bytes,
  // under gzip_min_length.)
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!
  const framework = /<link rel="modulepreload" crossorigin href="([^"]*framework-[^"]+\.js)"/.exec(html)![1]!
  const script = await request.get(framework, { headers: gzip })
  expect(script.status()).toBe(200)
  expect(script.headers()['content-type']).toContain('javascript')
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(script.headers()['content-encoding']).toBe('gzip')
  // …as the build compressed it (gzip_static sends the .gz file, level 9, with its length), not compressed
  // again by nginx on the fly (level 1, chunked, 10% more bytes).
  const plain = await request.get(framework, { headers: { 'Accept-Encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  expect(Number(script.headers()['content-length'])).toBe(gzipSync(await plain.body(), { level: 9 }).length)
  expect(script.headers()['content-security-policy']).toBe(headers['content-security-policy'])
  const missing = await request.get(entry.replace(/[^/]+\.js$/, 'gone-0000.js'))
  expect(missing.status()).toBe(404)
  expect(missing.headers()['cache-control']).toBeUndefined()

  // The API is proxied as is: its own status and body, no cache rule added.
  const api = await request.get('/api/v2/containers?page=1&size=1')
  expect(api.status()).toBe(401)
  expect(api.headers()['content-type']).toContain('application/json')
  expect(api.headers()['cache-control']).toBeUndefined()
})

test('a signed-in reload of the list adopts the request the early script started under this base path', async ({
  page,
  containersPage,
}) => {
  await signIn(page)
  await expect(containersPage.heading()).toBeVisible()
  await containersPage.waitForRows()

  const listRequests: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/v2/containers')) listRequests.push(r.url())
  })
  await page.reload()
  await containersPage.waitForRows()
  // The early script sent the list's request while the app's code loaded, and the app took it over
  // instead of sending its own: one request, adopted.
  expect(await page.evaluate(() => window.__rcabenchEarly?.adopted)).toBe(true)
  expect(listRequests).toHaveLength(1)
})
