import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from '../../scripts/find-chromium'
import { BASE_PATH, smokePorts } from './servers'

/**
 * The nginx smoke (`npm run test:nginx`): the production build behind real nginx, configured from
 * deploy/nginx/default.conf.template as the container image does, in front of the mock API served from
 * Node. The same journeys run against a build served at the root and one built for a base path.
 */
const ports = await smokePorts()
const launchOptions = await chromiumLaunchOptions()

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { ...devices['Desktop Chrome'], trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ports.root}/` } },
    { name: 'base-path', use: { baseURL: `http://127.0.0.1:${ports.base}${BASE_PATH}` } },
  ],
})
