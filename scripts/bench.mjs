// `npm run bench`: builds the production bundle in mode "bench", serves it with `vite preview` with the
// mock backend's handlers answering /api from Node (0 ms latency, 10,000 generated containers), drives
// headless Chromium and prints the figures, each the median (min–max) of BENCH_RUNS runs (default 5).
// Writes bench/results.json. The browser: scripts/find-chromium.ts.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { chromium } from '@playwright/test'
import { build, preview, runnerImport } from 'vite'
import { measure } from './bundle-size.mjs'

const RUNS = Number(process.env.BENCH_RUNS) || 5
const PORT = Number(process.env.BENCH_PORT) || 4319
const ORIGIN = `http://localhost:${PORT}`
const DIST = 'dist-bench'
const SEARCH_1000 = '/containers/search?size=1000'
const SIZE = 10_000

console.log(`Building ${DIST} (mode bench)…`)
execFileSync('npx', ['vite', 'build', '--mode', 'bench', '--outDir', DIST, '--emptyOutDir', '--manifest'], {
  stdio: ['ignore', 'ignore', 'inherit'],
})
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
const { module: finder } = await runnerImport('/scripts/find-chromium.ts', runnerOptions)
const apiPlugin = {
  name: 'bench-mock-api',
  configurePreviewServer(server) {
    server.middlewares.use(mockApi.nodeHandler(mockApi.createMockApi(SIZE)))
  },
}
const server = await preview({
  mode: 'bench',
  logLevel: 'silent',
  build: { outDir: DIST },
  preview: { port: PORT, strictPort: true },
  plugins: [apiPlugin],
})

// Marks the first frame after rows appear (or change) in the page's own clock (ms since navigation start).
const observerScript = () => {
  const state = { firstRow: 0, sawSkeleton: false }
  window.__bench = state
  const check = () => {
    if (document.querySelector('.skeleton, [aria-busy="true"] .skeleton')) state.sawSkeleton = true
    if (!state.firstRow && document.querySelector('tbody tr a')) {
      state.firstRow = -1
      requestAnimationFrame(() => (state.firstRow = performance.now()))
    }
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

  // One sign-in; the token is reused by every fresh context (the mock verifies tokens statelessly).
  const warm = await browser.newPage()
  await warm.goto(`${ORIGIN}/sign-in`)
  await warm.getByRole('heading', { name: 'Sign in' }).waitFor()
  const session = await warm.evaluate(async () => {
    const r = await fetch('/api/v2/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin123' }),
    })
    const body = await r.json()
    return JSON.stringify({ token: body.data.token, username: 'admin', expiresAt: body.data.expires_at })
  })
  await warm.close()

  async function freshPage() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript((s) => sessionStorage.setItem('rcabench.session', s), session)
    await context.addInitScript(observerScript)
    const page = await context.newPage()
    const api = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/v2/')) api.push(r.url())
    })
    const assets = []
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname
      if (/\.(js|css)$/.test(path) && !path.endsWith('mockServiceWorker.js')) assets.push(path.slice(1))
    })
    return { context, page, api, assets }
  }
  const firstRowAt = (page) =>
    page.waitForFunction(() => window.__bench.firstRow > 0 && window.__bench.firstRow, null, { polling: 16 })

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

  const results = {
    firstRow20: [],
    firstRow1000: [],
    heap1000: [],
    heapIdle: [],
    pageChange20: [],
    pageChange1000: [],
    backRequests: [],
    backMs: [],
    backSamePlace: [],
    hoverClickMs: [],
    hoverClickLoadingShown: [],
    loadedAssets: [],
  }

  for (let run = 0; run < RUNS; run++) {
    // 1. /containers, 20 rows, cold context; then next page.
    {
      const { context, page, assets } = await freshPage()
      await page.goto(`${ORIGIN}/containers`)
      const handle = await firstRowAt(page)
      const at = await handle.jsonValue()
      results.firstRow20.push(at)
      results.loadedAssets.push(assets)
      results.pageChange20.push(await timeRowChange(page, 'Next'))
      await context.close()
    }
    // 2. 1,000-row search page: first row, heap after GC, next page.
    {
      const { context, page } = await freshPage()
      const cdp = await context.newCDPSession(page)
      await page.goto(`${ORIGIN}/sign-in`)
      await page.getByRole('heading', { name: 'Sign in' }).waitFor()
      await cdp.send('HeapProfiler.collectGarbage')
      results.heapIdle.push((await cdp.send('Runtime.getHeapUsage')).usedSize)
      await page.goto(`${ORIGIN}${SEARCH_1000}`)
      const at = await (await firstRowAt(page)).jsonValue()
      results.firstRow1000.push(at)
      await cdp.send('HeapProfiler.collectGarbage')
      results.heap1000.push((await cdp.send('Runtime.getHeapUsage')).usedSize)
      results.pageChange1000.push(await timeRowChange(page, 'Next'))
      await context.close()
    }
    // 3. Back from a detail page to page 3 of a filtered list, scrolled.
    {
      const { context, page, api } = await freshPage()
      await page.setViewportSize({ width: 1280, height: 500 })
      await page.goto(`${ORIGIN}/containers?page=3&size=50&type=algorithm`)
      await firstRowAt(page)
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
      results.backMs.push(Date.now() - start)
      results.backRequests.push(api.length)
      const url = new URL(page.url())
      const scrollY = await page.evaluate(() => window.scrollY)
      results.backSamePlace.push(
        url.searchParams.get('page') === '3' &&
          url.searchParams.get('type') === 'algorithm' &&
          Math.abs(scrollY - scrolled) < 5,
      )
      await context.close()
    }
    // 4. Hover a row link (prefetch), then click: is the detail there on the first frame?
    {
      const { context, page } = await freshPage()
      await page.goto(`${ORIGIN}/containers`)
      await firstRowAt(page)
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
      results.hoverClickMs.push(ms)
      results.hoverClickLoadingShown.push(await page.evaluate(() => window.__bench.sawSkeleton))
      await context.close()
    }
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`)
  }
  await browser.close()

  const loadedJs = results.loadedAssets[0].filter((f) => f.endsWith('.js'))
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  const ms = (v) => `${Math.round(v)} ms`
  const row = (label, s, fmt, target = '') => [
    label,
    `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`,
    target,
  ]
  const summary = {
    date: new Date().toISOString(),
    runs: RUNS,
    data: '10,000 generated containers + the 5 real seed ones, mock backend handlers served from Node at 0 ms',
    bundle: {
      containersJsGzip: bundle.routeJs,
      containersCssGzip: bundle.routeCss,
      stackFloorJsGzip: floorJs,
      totalJsGzip: bundle.totalJs,
      totalCssGzip: bundle.totalCss,
      containersFiles: bundle.closure.files,
      loadedOnFirstVisit: loadedJs,
    },
    firstRow20: stats(results.firstRow20),
    firstRow1000: stats(results.firstRow1000),
    heapIdle: stats(results.heapIdle),
    heap1000: stats(results.heap1000),
    pageChange20: stats(results.pageChange20),
    pageChange1000: stats(results.pageChange1000),
    backRequests: stats(results.backRequests),
    backMs: stats(results.backMs),
    backSamePlace: results.backSamePlace,
    hoverClickMs: stats(results.hoverClickMs),
    hoverClickLoadingShown: results.hoverClickLoadingShown,
  }
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', JSON.stringify(summary, null, 2))

  const table = [
    ['figure', `median (min–max) of ${RUNS}`, 'target [old console]'],
    ['JS for /containers, gzip', kib(bundle.routeJs), '≤ 110 KiB [437 KB]'],
    ['  the stack alone (one-route app)', kib(floorJs), '(react-dom + Router + Query)'],
    ['CSS for /containers, gzip', kib(bundle.routeCss), ''],
    ['whole build JS / CSS, gzip', `${kib(bundle.totalJs)} / ${kib(bundle.totalCss)}`, ''],
    row('first row, /containers (20 rows)', summary.firstRow20, ms, '≤ 400 ms [1,278 ms]'),
    row('first row, 1,000-row search page', summary.firstRow1000, ms, '≤ 700 ms [7,038 ms]'),
    row('JS heap after 1,000 rows (after GC)', summary.heap1000, mib, '≤ 30 MiB [146 MiB]'),
    row('  heap with app idle on /sign-in', summary.heapIdle, mib, ''),
    row('next page, 20 rows', summary.pageChange20, ms, ''),
    row('next page, 1,000 rows', summary.pageChange1000, ms, '≤ 300 ms [3,191 ms]'),
    row('requests when going back to a list', summary.backRequests, String, '0'),
    row('time to show the list again', summary.backMs, ms, ''),
    [
      'same page, filters and scroll after back',
      results.backSamePlace.every(Boolean) ? 'yes, every run' : `no (${results.backSamePlace.join(', ')})`,
      'yes [resets to page 1]',
    ],
    row('hover-prefetched click → detail content', summary.hoverClickMs, ms, 'first frame'),
    [
      'loading state shown after hover-prefetch',
      results.hoverClickLoadingShown.some(Boolean)
        ? `yes (${results.hoverClickLoadingShown.join(', ')})`
        : 'never',
      'never',
    ],
  ]
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)))
  console.log()
  for (const r of table) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  │  '))
  console.log(`\nFiles loaded for /containers (first visit): ${loadedJs.join(', ')}`)
  console.log('Written to bench/results.json')
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => server.close())
