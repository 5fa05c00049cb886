// Bundle figures from a Vite build's manifest: gzip bytes of the JS and CSS a route needs on first load
// (the entries, their static imports, and the route's split chunks that load before its first paint with
// theirs), and of the whole build.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length

export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
}

/**
 * Whether a route file's split chunk (`route.tsx?tsr-split=component---loader`, groups joined by "---") is
 * loaded for the route's first paint: the router loads a route's component, pending component and loader
 * before it renders, its error and not-found components only when it has to show them (router-core
 * `loadRouteChunk`). Shared bindings (`?tsr-shared=1`) are imported by the route file itself.
 */
function loadsFirst(key) {
  const query = new URLSearchParams(key.split('?')[1])
  const split = query.get('tsr-split')
  if (split === null) return true
  return split.split('---').some((part) => ['component', 'pendingComponent', 'loader'].includes(part))
}

/**
 * Files (JS and CSS) loaded for the first paint of the route whose source file is `routeFile` (or of several
 * route files: a route and the layout routes above it).
 */
export function routeClosure(manifest, routeFile) {
  const routeFiles = [routeFile].flat()
  const keys = new Set()
  const visit = (key) => {
    if (keys.has(key) || !manifest[key]) return
    keys.add(key)
    for (const dep of manifest[key].imports ?? []) visit(dep)
  }
  visit('index.html')
  // Other entries of the page (src/early-request.ts, emitted by vite.config.ts) load on every visit too.
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  for (const key of Object.keys(manifest))
    if (routeFiles.some((file) => key.startsWith(`${file}?`)) && loadsFirst(key)) visit(key)
  const files = new Set()
  for (const key of keys) {
    files.add(manifest[key].file)
    for (const css of manifest[key].css ?? []) files.add(css)
  }
  return { keys: [...keys], files: [...files] }
}

export function measure(dist, routeFile) {
  const manifest = readManifest(dist)
  const closure = routeClosure(manifest, routeFile)
  const size = (files, ext) =>
    files.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gzipBytes(join(dist, f)), 0)
  const all = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(js|css)$/.test(name) && name !== 'mockServiceWorker.js')
        all.push(path.slice(dist.length + 1))
    }
  }
  walk(join(dist, 'assets'))
  return {
    routeJs: size(closure.files, '.js'),
    routeCss: size(closure.files, '.css'),
    totalJs: size(all, '.js'),
    totalCss: size(all, '.css'),
    closure,
  }
}
