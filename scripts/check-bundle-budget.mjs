// Fails when the JavaScript a first visit to /containers needs grows past the budget (gzip bytes of the
// production build's entry + the /containers route chunks, read from Vite's manifest: deterministic).
// It also fails when the first load of any route pulls in another route's split chunk (its own chunks
// and those of the layout routes above it are expected).
import { execFileSync } from 'node:child_process'
import { dirname } from 'node:path'
import { measure, readManifest } from './bundle-size.mjs'

// The target is 110 KiB; today's build is ~120 KiB. React, TanStack Router and Query alone are
// ~101 KiB for a one-route app (`npm run bench` builds scripts/stack-floor to show it). This budget
// (today + 3 KiB) stops regressions.
export const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_BYTES) || 123 * 1024
const DIST = 'dist-budget'
const LIST_ROUTE = 'src/routes/containers/index.tsx'

execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest'], { stdio: 'ignore' })
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`

const routeFiles = [
  ...new Set(
    Object.keys(readManifest(DIST))
      .filter((k) => k.includes('?tsr-split'))
      .map((k) => k.split('?')[0]),
  ),
].sort()
const isLayoutOf = (layout, route) => layout.endsWith('/route.tsx') && route.startsWith(`${dirname(layout)}/`)

let failed = false
for (const route of routeFiles) {
  const result = measure(DIST, route)
  const foreign = result.closure.keys
    .map((k) => k.split('?'))
    .filter(([file, query]) => query?.startsWith('tsr-split') && file !== route && !isLayoutOf(file, route))
    .map(([file, query]) => `${file}?${query}`)
  console.log(`${route.replace('src/routes/', '').padEnd(48)} ${kib(result.routeJs)} gzip`)
  if (foreign.length) {
    console.error(`  the first load of ${route} includes other routes' code: ${foreign.join(', ')}`)
    failed = true
  }
}

const list = measure(DIST, LIST_ROUTE)
console.log(
  `JS for /containers: ${kib(list.routeJs)} gzip (budget ${kib(BUDGET_BYTES)}); whole build ${kib(list.totalJs)}`,
)
if (list.routeJs > BUDGET_BYTES) {
  console.error(`Over budget by ${kib(list.routeJs - BUDGET_BYTES)}.`)
  failed = true
}
if (failed) process.exit(1)
