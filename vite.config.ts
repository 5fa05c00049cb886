import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import type { CodeSplittingOptions } from '@tanstack/router-plugin'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'

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

const splitGroups: NonNullable<CodeSplittingOptions['defaultBehavior']> = [
  ['component'],
  ['errorComponent'],
  ['notFoundComponent'],
  ['pendingComponent'],
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
        // Pending components and loaders are split too: they import page modules, which must not ride
        // along in every page's first load.
        // The list is where most visits land: its loader (a few lines) stays in the entry so the first
        // request starts while the page's component chunk downloads, not after.
        codeSplittingOptions: {
          defaultBehavior: splitGroups,
          splitBehavior: ({ routeId }) =>
            routeId === '/containers/' ? splitGroups.filter(([part]) => part !== 'loader') : undefined,
        },
        routeFileIgnorePattern: '\\.test\\.tsx?$',
      }),
      react(),
      cspPlugin(env.VITE_API_BASE_URL, base, env.NGINX_TEMPLATE_OUT),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: {
      port: Number(env.PORT) || 5173,
      strictPort: true,
      proxy: mode === 'live' ? { '/api': { target: apiTarget, changeOrigin: true } } : undefined,
    },
    preview: { port: Number(env.PORT) || 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        output: {
          // React and the TanStack router/query runtime, which every first load needs, in one file
          // instead of a dozen small shared chunks: fewer requests before the first row.
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/](react-router|router-core|history|store|react-store|query-core|react-query))[\\/]/,
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
    },
  }
})
