// Fails when the JavaScript a first visit to a route needs grows past that route's budget (gzip bytes of
// the production build's entries + the route's split chunks that load before its first paint and those of
// the layout routes above it, with their static imports, read from Vite's manifest: deterministic). It
// also fails when the first load of any route pulls in another
// route's split chunk, and when a route has no budget.
import { execFileSync } from 'node:child_process'
import { dirname } from 'node:path'
import { measure, readManifest } from './bundle-size.mjs'

const KiB = 1024
/**
 * KiB gzip per route file, the issues' figures (#14, #18). React, TanStack Router and Query alone are
 * ~98 KiB for a one-route app.
 */
export const BUDGETS = {
  'src/routes/index.tsx': 120 * KiB,
  'src/routes/sign-in.tsx': 120 * KiB,
  'src/routes/containers/index.tsx': 123 * KiB,
  'src/routes/containers/search.tsx': 140 * KiB,
  'src/routes/containers/new.tsx': 185 * KiB,
  'src/routes/containers/$containerId/route.tsx': 130 * KiB,
  'src/routes/containers/$containerId/index.tsx': 130 * KiB,
  'src/routes/containers/$containerId/edit.tsx': 185 * KiB,
  'src/routes/containers/$containerId/versions/$versionId.tsx': 130 * KiB,
  'src/routes/containers/$containerId/versions/new.tsx': 185 * KiB,
  'src/routes/builds/new.tsx': 185 * KiB,
  'src/routes/builds/$traceId.tsx': 130 * KiB,
}
const DIST = 'dist-budget'

execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest'], { stdio: 'ignore' })
const kib = (n) => `${(n / KiB).toFixed(1)} KiB`

const routeFiles = [
  ...new Set(
    Object.keys(readManifest(DIST))
      .filter((k) => k.includes('?tsr-split'))
      .map((k) => k.split('?')[0]),
  ),
].sort()
const isLayoutOf = (layout, route) => layout.endsWith('/route.tsx') && route.startsWith(`${dirname(layout)}/`)

let failed = false
let totalJs = 0
console.log(`${'route'.padEnd(48)} ${'first load'.padStart(10)}   budget (JS, gzip)`)
for (const route of routeFiles) {
  const layouts = routeFiles.filter((file) => isLayoutOf(file, route))
  const result = measure(DIST, [route, ...layouts])
  totalJs = result.totalJs
  const foreign = result.closure.keys
    .map((k) => k.split('?'))
    .filter(([file, query]) => query?.startsWith('tsr-split') && file !== route && !layouts.includes(file))
    .map(([file, query]) => `${file}?${query}`)
  const budget = BUDGETS[route]
  const over = budget !== undefined && result.routeJs > budget
  console.log(
    `${route.replace('src/routes/', '').padEnd(48)} ${kib(result.routeJs).padStart(10)} ${over ? '>' : '≤'} ${budget ? kib(budget) : 'none'}`,
  )
  if (budget === undefined) {
    console.error(`  ${route} has no budget: add one to scripts/check-bundle-budget.mjs`)
    failed = true
  } else if (over) {
    console.error(`  over budget by ${kib(result.routeJs - budget)}`)
    failed = true
  }
  if (foreign.length) {
    console.error(`  the first load of ${route} includes other routes' code: ${foreign.join(', ')}`)
    failed = true
  }
}
console.log(`whole build JS: ${kib(totalJs)} gzip`)
if (failed) process.exit(1)
