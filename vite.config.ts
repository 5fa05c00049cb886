import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath, URL } from 'node:url'
import type { CodeSplittingOptions } from '@tanstack/router-plugin'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin, type Rolldown } from 'vite'
import type { EarlyRoute } from './src/early-request.ts'

/**
 * The production build carries a Content Security Policy: only its own scripts (no inline script, no eval),
 * requests only to this origin and the configured API origin. Style attributes stay allowed because
 * virtualized tables position rows with them. Serve the same policy as a header where possible (README).
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: https:",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** `VITE_BASE_PATH` ("/containers-ui" or "/containers-ui/") as Vite's `base`: "/containers-ui/". */
export function basePathOf(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/**
 * The build-time step of deploy/nginx/default.conf.template (see its header): the base path the app is
 * built for, and the build's own policy plus `frame-ancestors 'none'` (which a <meta> policy cannot carry).
 * `${API_TARGET}` is left for the nginx image to fill at container start.
 */
export function renderNginxTemplate({ basePath, policy }: { basePath: string; policy: string }): string {
  if (!/^\/([\w.~-]+\/)*$/.test(basePath))
    throw new Error(`VITE_BASE_PATH must be made of plain path segments: ${basePath}`)
  // Relative to the project root, where every build runs (as loadEnv below assumes too).
  return readFileSync(resolve('deploy/nginx/default.conf.template'), 'utf8')
    .replaceAll('{{BASE_PATH}}', basePath)
    .replaceAll('{{CONTENT_SECURITY_POLICY}}', `${policy}; frame-ancestors 'none'`)
}

/**
 * The policy goes into index.html's <meta>; with NGINX_TEMPLATE_OUT set, the same build also writes the
 * nginx template (deploy/nginx) filled with this policy and base path, so the header cannot drift from it.
 */
function cspPlugin(
  apiBaseUrl: string | undefined,
  basePath: string,
  nginxTemplateOut: string | undefined,
): Plugin {
  const policy = contentSecurityPolicy(apiBaseUrl)
  return {
    name: 'rcabench-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
    closeBundle() {
      if (!nginxTemplateOut) return
      const out = resolve(nginxTemplateOut)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, renderNginxTemplate({ basePath, policy }))
    },
  }
}

/**
 * The production build also writes each text file of 1 KiB or more gzipped at level 9 beside it (`app.js.gz`),
 * which the image's nginx sends as it is (`gzip_static`, deploy/nginx): compressed once at build time, at
 * the level the bundle budgets count, instead of by nginx on every request at its default level 1
 * (10% more bytes: the framework chunk is 115.0 KB at level 1, 100.7 KB at level 9).
 */
function precompressPlugin(): Plugin {
  return {
    name: 'rcabench-precompress',
    apply: (_, { command, mode }) => command === 'build' && mode === 'production',
    writeBundle({ dir }, bundle) {
      if (!dir) return
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(file.fileName)) continue
        const content = file.type === 'chunk' ? file.code : file.source
        if (Buffer.byteLength(content) < 1024) continue
        writeFileSync(join(dir, `${file.fileName}.gz`), gzipSync(content, { level: 9 }))
      }
    },
  }
}

/** The chunk files `roots` load, themselves included, following static imports through the bundle. */
function staticClosure(
  bundle: (Rolldown.OutputChunk | Rolldown.OutputAsset)[],
  roots: string[],
): Set<string> {
  const byFile = new Map(bundle.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])))
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file) || !byFile.has(file)) return
    files.add(file)
    byFile.get(file)!.imports.forEach(visit)
  }
  roots.forEach(visit)
  return files
}

/**
 * Builds src/early-request.ts as its own small entry and loads it with `<script type="module" async>`, so
 * a deep link's first data request starts while the app's code downloads (not in mock builds: the mock
 * service worker is not listening yet then).
 */
function earlyRequestPlugin(enabled: boolean): Plugin {
  const name = 'early-request'
  let base = '/'
  return {
    name: 'rcabench-early-request',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildStart() {
      if (enabled)
        this.emitFile({
          type: 'chunk',
          id: fileURLToPath(new URL('./src/early-request.ts', import.meta.url)),
          name,
        })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = Object.values(ctx.bundle ?? {})
        const early = bundle.find((c) => c.type === 'chunk' && c.name === name)
        if (!early) return html
        // The chunks and style sheets each page the early script knows needs for its first paint beyond the
        // entry's own, as a JSON data block (not run, so the CSP does not apply; the HTML is never cached for
        // long): the script loads them, so they download with the entry instead of after it has run.
        const chunks = bundle.filter((c) => c.type === 'chunk')
        const loadedByEntries = staticClosure(
          bundle,
          chunks.filter((c) => c.isEntry).map((c) => c.fileName),
        )
        const routeFiles = (...files: string[]) => {
          const roots = chunks.filter((c) =>
            files.some((f) =>
              // Its component, loader and pending state (not its error and not-found pages).
              /\?tsr-split=(component|loader|pendingComponent)$/.test(
                c.facadeModuleId?.replace(/\\/g, '/').split(`/src/routes/${f}`)[1] ?? '',
              ),
            ),
          )
          const code = [
            ...staticClosure(
              bundle,
              roots.map((c) => c.fileName),
            ),
          ].filter((f) => !loadedByEntries.has(f))
          // With their style sheets: the app's import of a page waits for any sheet it has to link itself.
          const sheets = code.flatMap((f) => {
            const chunk = ctx.bundle?.[f]
            return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : []
          })
          return [...code, ...new Set(sheets)]
        }
        const map = {
          list: routeFiles('containers/index.tsx'),
          search: routeFiles('containers/search.tsx'),
          detail: routeFiles('containers/$containerId/route.tsx', 'containers/$containerId/index.tsx'),
          version: routeFiles(
            'containers/$containerId/route.tsx',
            'containers/$containerId/versions/$versionId.tsx',
          ),
          'sign-in': routeFiles('sign-in.tsx'),
          'new-container': routeFiles('containers/new.tsx'),
          edit: routeFiles('containers/$containerId/route.tsx', 'containers/$containerId/edit.tsx'),
          'new-version': routeFiles(
            'containers/$containerId/route.tsx',
            'containers/$containerId/versions/new.tsx',
          ),
          build: routeFiles('builds/new.tsx'),
          trace: routeFiles('builds/$traceId.tsx'),
        } satisfies Record<EarlyRoute, string[]>
        const data = `<script type="application/json" id="rcabench-route-chunks">${JSON.stringify(map)}</script>`
        // Before the app's own script, so the browser asks for it first.
        const tag = `<script type="module" async crossorigin fetchpriority="high" src="${base}${early.fileName}"></script>`
        return html.replace(/<script type="module"/, `${data}\n    ${tag}\n    $&`)
      },
    },
  }
}

/**
 * `<link rel="modulepreload">` for what the app's entry imports (React and TanStack, the app's own shared
 * code), so they download with the entry and not after it has been parsed. Vite writes these itself only
 * with its preload helper, which this build leaves out (`build.modulePreload`).
 */
function entryPreloadPlugin(): Plugin {
  let base = '/'
  return {
    name: 'rcabench-entry-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // ctx.chunk: the entry chunk of this page's own <script type="module">.
        if (!ctx.chunk || !ctx.bundle) return []
        const files = staticClosure(Object.values(ctx.bundle), ctx.chunk.imports)
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

/** React and the TanStack router/query runtime. */
const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/](react-router|router-core|history|store|react-store|query-core|react-query))[\\/]/

/** React Query's mutation hook: only the forms and the management dialogs use it, not the pages that read. */
/** The app's own modules, and its two entries (index.html's main.tsx and the early request). */
const APP_CODE = /[\\/]src[\\/]/
const ENTRY = /[\\/]src[\\/](main\.tsx|early-request\.ts)$/

const MUTATION = /[\\/](useMutation|mutationObserver)\.js$/

const splitGroups: NonNullable<CodeSplittingOptions['defaultBehavior']> = [
  ['component'],
  ['errorComponent'],
  ['notFoundComponent'],
  ['loader'],
]

// `npm run dev` serves the app on the embedded MSW backend (.env.development).
// `npm run dev:live` (mode "live") turns mocks off and proxies /api to RCABENCH_API_URL.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const apiTarget = env.RCABENCH_API_URL || 'http://localhost:8082'
  // Served under a sub-path (e.g. /containers-ui/ next to another console on one origin): set at build
  // time; the router and the mock worker follow it, /api stays at the origin's root.
  const base = basePathOf(env.VITE_BASE_PATH)
  return {
    base,
    plugins: [
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        // Loaders are split too: they import page modules, which must not ride along in every page's first
        // load. Pending components are not: the router shows one before a lazy chunk could arrive, so it
        // would suspend (React's conditional use() error); they live in small modules of their own.
        // A deep link's first request does not wait for any of them: src/early-request.ts starts it.
        codeSplittingOptions: { defaultBehavior: splitGroups },
        routeFileIgnorePattern: '\\.test\\.tsx?$',
      }),
      react(),
      cspPlugin(env.VITE_API_BASE_URL, base, env.NGINX_TEMPLATE_OUT),
      earlyRequestPlugin(env.VITE_API_MOCKING !== 'true'),
      entryPreloadPlugin(),
      precompressPlugin(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        // TanStack Store asks for the shim for React < 18, which on React 19 only hands back React's own
        // useSyncExternalStore but still ships its fallback in every first load: the plain build does the same.
        'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
      },
    },
    server: {
      port: Number(env.PORT) || 5173,
      strictPort: true,
      proxy: mode === 'live' ? { '/api': { target: apiTarget, changeOrigin: true } } : undefined,
    },
    preview: { port: Number(env.PORT) || 4173, strictPort: true },
    build: {
      target: 'es2022',
      // No preload helper in every dynamic import (about 1 KiB of every first load): the entry's imports are
      // preloaded from index.html (entryPreloadPlugin), a deep link's page code, flattened, by
      // src/early-request.ts from the list this build writes into index.html, and a navigation's by the
      // router on intent (hover, focus) before the click.
      modulePreload: false,
      sourcemap: false,
      rolldownOptions: {
        output: {
          // React and the TanStack router/query runtime that the entry itself runs ($initial), in one file
          // instead of a dozen small shared chunks: fewer requests before the first row. What of them only
          // pages use (query hooks) is a second file most pages share, so /sign-in does not load it; hooks
          // that few pages use (mutations, the form leave guard, useQueries) stay with those pages.
          codeSplitting: {
            groups: [
              { name: 'framework', tags: ['$initial'], test: FRAMEWORK },
              {
                name: 'framework-pages',
                test: (id) => FRAMEWORK.test(id) && !MUTATION.test(id),
                minShareCount: 5,
              },
              // The app's own code that every page runs (shell, session, errors, route definitions), in one
              // file too, not five small ones that pages also import: about 0.5 KiB less to download.
              // The two entries stay themselves (the early request must not wait for this file).
              { name: 'app', tags: ['$initial'], test: (id) => APP_CODE.test(id) && !ENTRY.test(id) },
              // What nearly every page's code imports beyond the entry (the API client and its decoders,
              // formatting, times; not /sign-in's), and what the pages that show containers add to it: two
              // files, not nine, for a deep link to ask for (six at a time over HTTP/1.1).
              {
                name: 'shared',
                includeDependenciesRecursively: false,
                test: /[\\/]src[\\/](api[\\/](client|early|fetch-client|wire)\.ts|lib[\\/](format|go-text)\.ts|components[\\/]ui[\\/]time\.tsx)$/,
              },
              {
                name: 'container-pages',
                includeDependenciesRecursively: false,
                test: /[\\/]src[\\/](api[\\/]containers\.ts|components[\\/]ui[\\/](badges|row-link|table-skeleton)\.tsx)$/,
              },
              // The list and the search page's shared table, pager and filter controls: one file, not six.
              {
                name: 'lists',
                includeDependenciesRecursively: false,
                test: /[\\/]src[\\/]components[\\/](ui[\\/](paged-result|filter-select|pager|show-deleted|sort-header)|container-table)\.tsx$/,
              },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
      restoreMocks: true,
      // Route journeys take several seconds on a loaded 2-core machine; 5 s made them fail at random.
      testTimeout: 15_000,
    },
  }
})
