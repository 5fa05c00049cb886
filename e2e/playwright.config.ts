import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from '../scripts/find-chromium'

/**
 * One server for the whole suite: the app built in mode e2e (the MSW backend with a short fixed latency)
 * and served by `vite preview`. A bundled build loads in a fraction of the dev server's time on 2 cores.
 * Chromium: PLAYWRIGHT_CHROMIUM, Playwright's own, a system one or the npm package's (scripts/find-chromium.ts).
 * The nginx smoke (nginx/) has its own config and servers: `npm run test:nginx`.
 */
const port = Number(process.env.E2E_PORT) || 5174
const launchOptions = await chromiumLaunchOptions()

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  testIgnore: 'nginx/**',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Journeys cross several pages; a loaded 2-core CI machine needs the room.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: {
    command: `npx vite build --mode e2e --outDir dist-e2e/${port} --emptyOutDir && npx vite preview --outDir dist-e2e/${port} --port ${port} --strictPort`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
})
