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

function cspPlugin(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'rcabench-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBaseUrl) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

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
  return {
    plugins: [
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        // Loaders are split too: they import page modules, which must not ride along in every page's first
        // load. Pending components are not: the router shows one before a lazy chunk could arrive, so it
        // would suspend (React's conditional use() error); they live in small modules of their own.
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
      cspPlugin(env.VITE_API_BASE_URL),
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
      // Route journeys take several seconds on a loaded 2-core machine; 5 s made them fail at random.
      testTimeout: 15_000,
    },
  }
})
