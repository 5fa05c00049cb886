// `npm run bench`: builds the production bundle in mode "bench", serves it with `vite preview` (static files
// gzipped at level 9, as the image's nginx sends them) with the mock backend's handlers answering /api from
// Node (10,000 generated containers), drives headless Chromium and prints the figures, each the median
// (min–max) of BENCH_RUNS runs (default 5). Writes bench/results.json and appends the medians, with the
// commit, to bench/history.jsonl (committed: compare a change with the one before it).
//
// Environment:
//   BENCH_RUNS=5          runs per figure
//   BENCH_PORT=4319       preview port of this build; the base build (below) uses BENCH_PORT + 1
//   BENCH_BASE=<rev>      also build <rev> (git archive into a temporary folder) and measure both builds in
//                         the same runs, interleaved, so a noisy machine hits both alike
//   BENCH_PROFILES=fast,latency,throttled   which network/CPU profiles to run the first-load figures in
//   BENCH_NAVIGATIONS=200 client-side navigations of the leak check (0 skips it)
import { execFileSync, execSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { chromium } from '@playwright/test'
import { build, preview, runnerImport } from 'vite'
import { measure } from './bundle-size.mjs'

const RUNS = Number(process.env.BENCH_RUNS) || 5
const PORT = Number(process.env.BENCH_PORT) || 4319
const BASE = process.env.BENCH_BASE
const PROFILE_NAMES = (process.env.BENCH_PROFILES ?? 'fast,latency,throttled').split(',').filter(Boolean)
const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 200)
const DIST = 'dist-bench'
const SEARCH_1000 = '/containers/search?size=1000'
const SIZE = 10_000

/**
 * Where the first-load figures are taken. `apiDelayMs` holds every /api answer back in the server;
 * `network` and `cpu` are applied through CDP to everything the page loads, the API answers included.
 */
const PROFILES = {
  fast: { label: '0 ms API', apiDelayMs: 0 },
  latency: { label: '150 ms API', apiDelayMs: 150 },
  throttled: {
    label: '4× CPU, 150 ms RTT, 1.6 Mbps down / 750 kbps up',
    apiDelayMs: 0,
    cpu: 4,
    network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
}
for (const name of PROFILE_NAMES) if (!PROFILES[name]) throw new Error(`Unknown profile ${name}`)

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const headCommit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '+dirty' : '')

const viteBuild = (cwd, outDir) =>
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir', '--manifest'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )

console.log(`Building ${DIST} (mode bench) at ${headCommit}…`)
viteBuild('.', DIST)
const builds = [{ name: 'head', commit: headCommit, root: resolve('.'), dist: resolve(DIST), port: PORT }]
if (BASE) {
  const commit = git('rev-parse', '--short', BASE)
  const root = join(tmpdir(), `rcabench-bench-base-${PORT}`)
  console.log(`Building ${commit} (BENCH_BASE) in ${root}…`)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  execSync(`git archive ${commit} | tar -x -C ${root}`)
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'))
  viteBuild(root, join(root, DIST))
  builds.unshift({ name: 'base', commit, root, dist: join(root, DIST), port: PORT + 1 })
}
const bundle = measure(DIST, 'src/routes/containers/index.tsx')
// What the fixed stack costs on its own: the smallest one-route app on react-dom + Router + Query.
await build({
  root: 'scripts/stack-floor',
  configFile: false,
  logLevel: 'silent',
  plugins: [react()],
  build: { outDir: resolve(DIST, 'floor'), emptyOutDir: true },
})
const floorJs = readdirSync(resolve(DIST, 'floor/assets'))
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(resolve(DIST, 'floor/assets', f)), { level: 9 }).length, 0)

// The API: the mock backend's own handlers and seed, run in Node behind the preview server, so the page
// holds only the app (a real server is not in the page's heap or start-up either).
const runnerOptions = { configFile: false, resolve: { alias: { '@': resolve('src') } } }
const { module: mockApi } = await runnerImport('/src/mocks/api-server.ts', runnerOptions)
// The browser: scripts/find-chromium.ts (PLAYWRIGHT_CHROMIUM, Playwright's own, a system one, or the npm one).
const { module: finder } = await runnerImport('/scripts/find-chromium.ts', runnerOptions)
const answer = mockApi.createMockApi(SIZE)
let apiDelayMs = 0
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const apiPlugin = (origin) => ({
  name: 'bench-mock-api',
  configurePreviewServer(server) {
    server.middlewares.use(async (req, res, next) => {
      if (!req.url.startsWith('/api/')) return next()
      const chunks = []
      for await (const chunk of req) chunks.push(chunk)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const request = new Request(`${origin}${req.url}`, { method: req.method, headers: req.headers, body })
      if (apiDelayMs) await sleep(apiDelayMs)
      const response = (await answer(request)) ?? new Response('404 page not found', { status: 404 })
      const headers = Object.fromEntries(response.headers)
      // JSON of 1 KiB or more gzipped when the browser asks, as deploy/nginx sends the API's answers
      // (gzip_proxied any, gzip_min_length 1024): a 1,000-row page is ~180 KB of JSON, ~25 KB on the wire.
      const json = /application\/json/.test(headers['content-type'] ?? '') && response.body
      if (json && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const text = Buffer.from(await response.arrayBuffer())
        if (text.length >= 1024) {
          delete headers['content-length']
          res.writeHead(response.status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
          res.end(gzipSync(text, { level: 1 }))
          return
        }
        res.writeHead(response.status, headers)
        res.end(text)
        return
      }
      res.writeHead(response.status, headers)
      if (response.body) for await (const chunk of response.body) res.write(chunk)
      res.end()
    })
  },
})
// Static files gzipped at level 9, as the image's nginx sends them (the production build's .gz files, by
// gzip_static; vite preview sends none).
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' }
const gzipPlugin = (dist) => {
  const cache = new Map()
  return {
    name: 'bench-gzip',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url.startsWith('/api/') || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
          return next()
        const path = req.url.split('?')[0]
        const file = join(dist, extname(path) ? path : 'index.html')
        if (!TYPES[extname(file)] || !existsSync(file)) return next()
        if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 9 }))
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)],
          'Content-Encoding': 'gzip',
          'Cache-Control': 'no-cache',
        })
        res.end(cache.get(file))
      })
    },
  }
}
const servers = []
for (const b of builds) {
  b.origin = `http://localhost:${b.port}`
  servers.push(
    await preview({
      root: b.root,
      mode: 'bench',
      logLevel: 'silent',
      build: { outDir: b.dist },
      preview: { port: b.port, strictPort: true },
      plugins: [apiPlugin(b.origin), gzipPlugin(b.dist)],
    }),
  )
}

// Marks the first frame after rows appear (or change) in the page's own clock (ms since navigation start).
const observerScript = () => {
  const state = { firstRow: 0, detail: 0, signIn: 0, sawSkeleton: false }
  window.__bench = state
  const atNextFrame = (key) => {
    state[key] = -1
    requestAnimationFrame(() => {
      state[key] = performance.now()
      console.debug(`rcabench-bench ${key} ${state[key]}`)
    })
  }
  const check = () => {
    if (document.querySelector('.skeleton, [aria-busy="true"] .skeleton')) state.sawSkeleton = true
    if (!state.firstRow && document.querySelector('tbody tr a')) atNextFrame('firstRow')
    if (!state.detail && document.querySelector('#container-title')?.textContent) atNextFrame('detail')
    if (!state.signIn && document.querySelector('form input[type="password"]')) atNextFrame('signIn')
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true })
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: values,
  }
}

async function main() {
  const browser = await chromium.launch(await finder.chromiumLaunchOptions())

  // One sign-in; the token is reused by every fresh context (the mock verifies tokens statelessly). Also
  // picks the container of the deep-link figure and the leak walk: the first one on page 1 with versions.
  const warm = await browser.newPage()
  await warm.goto(`${builds[0].origin}/sign-in`)
  const { session, detailId } = await warm.evaluate(async () => {
    const r = await fetch('/api/v2/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin123' }),
    })
    const body = await r.json()
    const headers = { Authorization: `Bearer ${body.data.token}` }
    const list = await (await fetch('/api/v2/containers?page=1&size=20', { headers })).json()
    let detailId = list.data.items[0].id
    for (const item of list.data.items) {
      const detail = await (await fetch(`/api/v2/containers/${item.id}`, { headers })).json()
      if (detail.data.versions?.length) {
        detailId = item.id
        break
      }
    }
    const session = { token: body.data.token, username: 'admin', expiresAt: body.data.expires_at }
    return { session: JSON.stringify(session), detailId }
  })
  await warm.close()

  /** Each page's marks by key: `at` settles when the page logs the mark, whoever asks first. */
  const marksOf = new WeakMap()
  const markOf = (marks, key) => {
    if (!marks.has(key)) {
      let resolve
      const at = new Promise((r) => (resolve = r))
      marks.set(key, { at, resolve })
    }
    return marks.get(key)
  }
  async function freshPage({ signedIn = true, profile = PROFILES.fast } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    if (signedIn) await context.addInitScript((s) => sessionStorage.setItem('rcabench.session', s), session)
    await context.addInitScript(observerScript)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu })
    if (profile.network) {
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network })
    }
    apiDelayMs = profile.apiDelayMs ?? 0
    // The observer's marks, as it logs them. Waiting for a mark must not run anything in the page: a polled
    // waitForFunction made Playwright compile its injected script on the page's main thread right after the
    // load event (~120 ms at 4× CPU), in the middle of the render being timed.
    const marks = new Map()
    page.on('console', (message) => {
      const [tag, key, at] = message.text().split(' ')
      // The first of each key counts (a promise resolves once): every flow below opens one document per
      // mark it waits for.
      if (tag === 'rcabench-bench') markOf(marks, key).resolve(Number(at))
    })
    marksOf.set(page, marks)
    const api = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/v2/')) api.push(r.url())
    })
    const assets = []
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname
      if (/\.(js|css)$/.test(path) && !path.endsWith('mockServiceWorker.js')) assets.push(path.slice(1))
    })
    return { context, page, cdp, api, assets }
  }
  /** ms from navigation to a mark of the observer script in `page` (logged when it happens; see freshPage). */
  const markAt = (page, key) => markOf(marksOf.get(page), key).at
  const firstRowAt = (page) => markAt(page, 'firstRow')
  /**
   * The page done loading: its first row, then no request for 500 ms (Playwright's networkidle), so what a
   * build loads after its first paint (the search rail's panels) has arrived and rendered. The interactions
   * and the heap are measured in this state, on the page a user has in front of them, not on one still
   * loading its last parts (which made a click compete with them).
   */
  const loaded = async (page) => {
    await firstRowAt(page)
    await page.waitForLoadState('networkidle')
  }
  const heapAfterGc = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  /**
   * The page's own JS objects after GC, from a heap snapshot: the heap less compiled code (V8 keeps
   * optimising the same functions for a while) and native browser objects (performance-timeline entries,
   * DevTools network buffers of this harness), which grow with any page's navigations; and that code.
   */
  const jsObjectsAfterGc = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage')
    const chunks = []
    const onChunk = (event) => chunks.push(event.chunk)
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
    const { snapshot, nodes } = JSON.parse(chunks.join(''))
    const fields = snapshot.meta.node_fields
    const types = snapshot.meta.node_types[0]
    const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')]
    const bytes = { js: 0, code: 0 }
    for (let i = 0; i < nodes.length; i += fields.length) {
      const type = types[nodes[i + typeAt]]
      if (type === 'code') bytes.code += nodes[i + sizeAt]
      else if (type !== 'native') bytes.js += nodes[i + sizeAt]
    }
    return bytes
  }
  /** ms from the list request's start to DOMContentLoaded: positive when the request went first. */
  const listRequestLead = (page) =>
    page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0]
      const request = performance
        .getEntriesByType('resource')
        // By default the list reads through the search endpoint (deleted containers left out).
        .find((e) => ['/api/v2/containers', '/api/v2/containers/search'].includes(new URL(e.name).pathname))
      return request ? nav.domContentLoadedEventStart - request.startTime : null
    })

  /** Clicks `button` and resolves with ms until the first row's text changed and a frame was painted. */
  const timeRowChange = (page, buttonName) =>
    page.evaluate(async (name) => {
      const first = () => document.querySelector('tbody tr')?.textContent
      const before = first()
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name)
      const start = performance.now()
      button.click()
      await new Promise((resolve) => {
        const tick = () =>
          first() && first() !== before ? requestAnimationFrame(resolve) : requestAnimationFrame(tick)
        tick()
      })
      return performance.now() - start
    }, buttonName)

  const figures = Object.fromEntries(builds.map((b) => [b.name, {}]))
  const push = (b, key, value) => (figures[b.name][key] ??= []).push(value)

  /** The first-load figures of one profile: list, deep-linked detail, sign-in form, 1,000-row page. */
  async function firstLoads(b, profileName) {
    const profile = PROFILES[profileName]
    {
      const { context, page } = await freshPage({ profile })
      await page.goto(`${b.origin}/containers`)
      push(b, `${profileName}.firstRow20`, await firstRowAt(page))
      push(b, `${profileName}.listRequestLead`, await listRequestLead(page))
      await context.close()
    }
    {
      const { context, page } = await freshPage({ profile })
      await page.goto(`${b.origin}/containers/${detailId}`)
      push(b, `${profileName}.detail`, await markAt(page, 'detail'))
      await context.close()
    }
    {
      const { context, page } = await freshPage({ profile, signedIn: false })
      await page.goto(`${b.origin}/sign-in`)
      push(b, `${profileName}.signIn`, await markAt(page, 'signIn'))
      await context.close()
    }
    {
      const { context, page } = await freshPage({ profile })
      await page.goto(`${b.origin}${SEARCH_1000}`)
      push(b, `${profileName}.firstRow1000`, await firstRowAt(page))
      // Where the 1,000-row page's time goes: its code, its request, then its first render.
      const parts = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource')
        const request = entries.find((e) => new URL(e.name).pathname === '/api/v2/containers/search')
        const code = entries.filter((e) => /\/assets\/.*\.js$/.test(new URL(e.name).pathname))
        return {
          codeLoaded: Math.max(...code.map((e) => e.responseEnd)),
          requestStart: request?.startTime ?? null,
          responseEnd: request?.responseEnd ?? null,
        }
      })
      for (const [key, value] of Object.entries(parts)) push(b, `${profileName}.search.${key}`, value)
      await context.close()
    }
  }

  /** The figures at 0 ms: heap and next page of the 1,000-row page, back navigation, hover prefetch. */
  async function interactions(b) {
    // 1. /containers, 20 rows: next page.
    {
      const { context, page, assets } = await freshPage()
      await page.goto(`${b.origin}/containers`)
      await loaded(page)
      push(b, 'loadedAssets', assets)
      push(b, 'pageChange20', await timeRowChange(page, 'Next'))
      await context.close()
    }
    // 2. 1,000-row search page: heap after GC, next page.
    {
      const { context, page, cdp } = await freshPage()
      await page.goto(`${b.origin}/sign-in`)
      await page.getByRole('heading', { name: 'Sign in' }).waitFor()
      push(b, 'heapIdle', await heapAfterGc(cdp))
      await page.goto(`${b.origin}${SEARCH_1000}`)
      await loaded(page)
      push(b, 'heap1000', await heapAfterGc(cdp))
      push(b, 'pageChange1000', await timeRowChange(page, 'Next'))
      await context.close()
    }
    // 3. Back from a detail page to page 3 of a filtered list, scrolled.
    {
      const { context, page, api } = await freshPage()
      await page.setViewportSize({ width: 1280, height: 500 })
      await page.goto(`${b.origin}/containers?page=3&size=50&type=algorithm`)
      await loaded(page)
      await page.evaluate(() => window.scrollTo(0, 900))
      const firstRowText = await page.locator('tbody tr').first().textContent()
      const link = page.locator('tbody tr').nth(30).getByRole('link')
      // Clicking scrolls the link into view first; the position to get back is the one at the click.
      await link.scrollIntoViewIfNeeded()
      const scrolled = await page.evaluate(() => window.scrollY)
      await link.click()
      await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Containers' }).waitFor()
      api.length = 0
      const start = Date.now()
      await page.goBack()
      await page.locator('tbody tr').first().filter({ hasText: firstRowText }).waitFor()
      push(b, 'backMs', Date.now() - start)
      push(b, 'backRequests', api.length)
      const url = new URL(page.url())
      const scrollY = await page.evaluate(() => window.scrollY)
      push(
        b,
        'backSamePlace',
        url.searchParams.get('page') === '3' &&
          url.searchParams.get('type') === 'algorithm' &&
          Math.abs(scrollY - scrolled) < 5,
      )
      await context.close()
    }
    // 4. Hover a row link (prefetch), then click: is the detail there on the first frame?
    {
      const { context, page } = await freshPage()
      await page.goto(`${b.origin}/containers`)
      await loaded(page)
      const link = page.locator('tbody tr').nth(2).getByRole('link')
      const id = (await link.getAttribute('href')).split('/').pop()
      const prefetched = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v2/containers/${id}`)
      await link.hover()
      await prefetched
      await page.evaluate(() => (window.__bench.sawSkeleton = false))
      const ms = await page.evaluate(async () => {
        const link = document.querySelectorAll('tbody tr')[2].querySelector('a')
        const name = link.textContent
        const start = performance.now()
        link.click()
        await new Promise((resolve) => {
          const tick = () =>
            document.querySelector('h1')?.textContent === name
              ? requestAnimationFrame(resolve)
              : requestAnimationFrame(tick)
          tick()
        })
        return performance.now() - start
      })
      push(b, 'hoverClickMs', ms)
      push(b, 'hoverClickLoadingShown', await page.evaluate(() => window.__bench.sawSkeleton))
      await context.close()
    }
  }

  /**
   * The leak check: client-side navigations list → detail → version → detail → search → list…, by
   * clicking the app's own links; the heap after GC after the first 10 and after all of them.
   */
  async function leakWalk(b) {
    const { context, page, cdp } = await freshPage()
    await page.goto(`${b.origin}/containers`)
    await firstRowAt(page)
    // Five steps a round, so the walk is on the list after 10 navigations and after 200 alike (with four,
    // the first figure was taken on a version page and the last on the list: different pages, different heaps).
    const steps = [
      [`tbody a[href="/containers/${detailId}"]`, '#container-title'],
      ['section.latest a[href*="/versions/"]', '#version-title'],
      [`nav[aria-label="Breadcrumb"] a[href="/containers/${detailId}"]`, '#container-title'],
      ['nav[aria-label="Main"] a[href="/containers/search"]', 'tbody tr a[href^="/containers/"]'],
      ['nav[aria-label="Main"] a[href="/containers"]', `tbody a[href="/containers/${detailId}"]`],
    ]
    if (NAVIGATIONS % steps.length) throw new Error(`BENCH_NAVIGATIONS must be a multiple of ${steps.length}`)
    const heap = {}
    for (let n = 1; n <= NAVIGATIONS; n++) {
      const [link, ready] = steps[(n - 1) % steps.length]
      await page.locator(link).first().click()
      await page.locator(ready).first().waitFor()
      if (n === 10) {
        heap.after10 = await heapAfterGc(cdp)
        const { js, code } = await jsObjectsAfterGc(cdp)
        Object.assign(heap, { objectsAfter10: js, codeAfter10: code })
      }
    }
    heap.afterAll = await heapAfterGc(cdp)
    const { js, code } = await jsObjectsAfterGc(cdp)
    Object.assign(heap, { objectsAfterAll: js, codeAfterAll: code })
    await context.close()
    return heap
  }

  for (let run = 0; run < RUNS; run++) {
    for (const profileName of PROFILE_NAMES) for (const b of builds) await firstLoads(b, profileName)
    for (const b of builds) await interactions(b)
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`)
  }
  const leaks = {}
  if (NAVIGATIONS >= 10) for (const b of builds) leaks[b.name] = await leakWalk(b)
  await browser.close()

  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  const ms = (v) => (v === null ? 'n/a' : `${Math.round(v)} ms`)
  const summaries = {}
  for (const b of builds) {
    const f = figures[b.name]
    const summary = {
      commit: b.commit,
      loadedOnFirstVisit: f.loadedAssets[0].filter((file) => file.endsWith('.js')),
      backSamePlace: f.backSamePlace,
      hoverClickLoadingShown: f.hoverClickLoadingShown,
      leak: leaks[b.name],
    }
    for (const [key, values] of Object.entries(f))
      if (typeof values[0] === 'number' || values[0] === null)
        summary[key] = stats(values.filter((v) => v !== null))
    summaries[b.name] = summary
  }
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    data: '10,000 generated containers + the 5 real seed ones, mock backend handlers served from Node',
    profiles: Object.fromEntries(PROFILE_NAMES.map((p) => [p, PROFILES[p]])),
    bundle: {
      containersJsGzip: bundle.routeJs,
      containersCssGzip: bundle.routeCss,
      stackFloorJsGzip: floorJs,
      totalJsGzip: bundle.totalJs,
      totalCssGzip: bundle.totalCss,
    },
    builds: summaries,
  }
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2))
  // One line per build: the medians, small enough to commit with the change they measure.
  for (const b of builds) {
    const medians = Object.fromEntries(
      Object.entries(summaries[b.name])
        .filter(([, v]) => v && typeof v === 'object' && 'median' in v)
        .map(([k, v]) => [k, Math.round(v.median * 10) / 10]),
    )
    const line = {
      profiles: PROFILE_NAMES,
      date: results.date,
      commit: b.commit,
      runs: RUNS,
      machine: process.env.BENCH_MACHINE ?? '',
      medians,
      leak: leaks[b.name],
    }
    appendFileSync('bench/history.jsonl', `${JSON.stringify(line)}\n`)
  }

  const cell = (b, key, fmt) => {
    const s = summaries[b.name][key]
    return s && s.runs.length ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : 'n/a'
  }
  const header = [
    'figure',
    ...builds.map((b) => `${b.name} ${b.commit}: median (min–max) of ${RUNS}`),
    'target',
  ]
  const table = [header]
  const row = (label, key, fmt, target = '') =>
    table.push([label, ...builds.map((b) => cell(b, key, fmt)), target])
  table.push([
    'JS for /containers, gzip (this build)',
    kib(bundle.routeJs),
    ...builds.slice(1).map(() => ''),
    '≤ 123 KiB',
  ])
  table.push(['  the stack alone (one-route app)', kib(floorJs), ...builds.slice(1).map(() => ''), ''])
  table.push([
    'whole build JS / CSS, gzip',
    `${kib(bundle.totalJs)} / ${kib(bundle.totalCss)}`,
    ...builds.slice(1).map(() => ''),
    '',
  ])
  for (const p of PROFILE_NAMES) {
    table.push([`— ${p}: ${PROFILES[p].label}`, ...builds.map(() => ''), ''])
    row('  first row, /containers (20 rows)', `${p}.firstRow20`, ms)
    row(
      '  list request start before DOMContentLoaded',
      `${p}.listRequestLead`,
      ms,
      p === 'throttled' ? '≥ 500 ms' : '',
    )
    row('  deep-linked container detail shown', `${p}.detail`, ms)
    row('  /sign-in form ready (signed out)', `${p}.signIn`, ms)
    row('  first row, 1,000-row search page', `${p}.firstRow1000`, ms)
    row('    all its JS loaded at', `${p}.search.codeLoaded`, ms)
    row('    its search request started at', `${p}.search.requestStart`, ms)
    row('    its answer complete at', `${p}.search.responseEnd`, ms)
  }
  table.push(['— interactions at 0 ms, page loaded', ...builds.map(() => ''), ''])
  row('  JS heap after 1,000 rows (after GC)', 'heap1000', mib, '≤ 30 MiB')
  row('  heap with app idle on /sign-in', 'heapIdle', mib)
  row('  next page, 20 rows', 'pageChange20', ms)
  row('  next page, 1,000 rows', 'pageChange1000', ms, '≤ 300 ms')
  row('  requests when going back to a list', 'backRequests', String, '0')
  row('  time to show the list again', 'backMs', ms)
  table.push([
    '  same page, filters and scroll after back',
    ...builds.map((b) =>
      summaries[b.name].backSamePlace.every(Boolean)
        ? 'yes, every run'
        : `no (${summaries[b.name].backSamePlace.join(', ')})`,
    ),
    'yes',
  ])
  row('  hover-prefetched click → detail content', 'hoverClickMs', ms, 'first frame')
  table.push([
    '  loading state shown after hover-prefetch',
    ...builds.map((b) => {
      const shown = summaries[b.name].hoverClickLoadingShown
      return shown.some(Boolean) ? `yes (${shown.join(', ')})` : 'never'
    }),
    'never',
  ])
  if (Object.keys(leaks).length) {
    table.push([
      `— leak check: ${NAVIGATIONS} navigations list → detail → version → detail → search → list…`,
      ...builds.map(() => ''),
      '',
    ])
    const growth = (from, to) =>
      `${mib(to)} (${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)}%)`
    const leakRow = (label, key, target = '') =>
      table.push([label, ...builds.map((b) => mib(leaks[b.name][key])), target])
    const growthRow = (label, from, to, target = '') =>
      table.push([label, ...builds.map((b) => growth(leaks[b.name][from], leaks[b.name][to])), target])
    // The page's own objects are what a leak would grow; V8's compiled code (it keeps optimising the same
    // functions) and the browser's native buffers grow on any page and are not reachable from the app.
    leakRow("  page's JS heap after GC (no compiled code), after 10", 'objectsAfter10')
    growthRow(
      `  page's JS heap after GC, after ${NAVIGATIONS}`,
      'objectsAfter10',
      'objectsAfterAll',
      '≤ +10%',
    )
    leakRow('  raw V8 heap after GC (usedSize), after 10', 'after10')
    growthRow(`  raw V8 heap after GC, after ${NAVIGATIONS}`, 'after10', 'afterAll')
    leakRow('  of which compiled code, after 10', 'codeAfter10')
    growthRow(`  of which compiled code, after ${NAVIGATIONS}`, 'codeAfter10', 'codeAfterAll')
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)))
  console.log()
  for (const r of table) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  │  '))
  for (const b of builds)
    console.log(
      `\nFiles loaded for /containers (${b.name}, first visit): ${summaries[b.name].loadedOnFirstVisit.join(', ')}`,
    )
  console.log('Written to bench/results.json; medians appended to bench/history.jsonl')
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => Promise.all(servers.map((s) => s.close())))
