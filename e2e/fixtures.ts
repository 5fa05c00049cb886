import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page, type Request } from '@playwright/test'
import { BuildPage } from './pages/build-page'
import { ContainersPage } from './pages/containers-page'
import { DetailPage } from './pages/detail-page'
import { ContainerFormPage, VersionFormPage } from './pages/form-pages'
import { ManagePage } from './pages/manage-page'
import { SearchPage } from './pages/search-page'

type Account = 'admin' | 'viewer' | null
const passwords = { admin: 'admin123', viewer: 'viewer123' } as const

/**
 * `scenario` names a mock failure mode (src/mocks/scenarios.ts); `hostile` adds the hostile-data corpus
 * (src/mocks/hostile.ts) to the mock store; `account` signs the tab in before the first page loads (null:
 * signed out). Uncaught page errors fail the test. Every page object of e2e/pages is a fixture on the test's
 * page: `test('…', async ({ searchPage }) => …)`.
 */
export const test = base.extend<{
  scenario: string | undefined
  hostile: boolean
  account: Account
  containersPage: ContainersPage
  searchPage: SearchPage
  detailPage: DetailPage
  managePage: ManagePage
  containerFormPage: ContainerFormPage
  versionFormPage: VersionFormPage
  buildPage: BuildPage
  checkA11y: () => Promise<void>
}>({
  scenario: [undefined, { option: true }],
  hostile: [false, { option: true }],
  account: ['admin', { option: true }],
  page: async ({ page, scenario, hostile, account }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => {
      // The in-browser mock's own race, not the app's: MSW's worker unregisters itself when its last page
      // closes, so on a reload the new page's registration can be updated after it was removed. Production
      // has no service worker.
      if (/^Failed to update a ServiceWorker .*mockServiceWorker\.js'\): Not found$/.test(error.message))
        return
      errors.push(error.message)
    })
    // The build ships a Content Security Policy: anything it blocks is a defect.
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        errors.push(message.text())
    })
    // Every journey proves the dashboard never calls the routes that are broken on v1.1.45: version update
    // and delete (which removes another container), and labels.
    const broken: string[] = []
    page.on('request', (r) => {
      if (isBrokenRoute(r.method(), new URL(r.url()).pathname)) broken.push(`${r.method()} ${r.url()}`)
    })
    await page.addInitScript(
      ({ scenario, hostile }) => {
        if (sessionStorage.getItem('e2e:init')) return
        sessionStorage.setItem('e2e:init', '1')
        if (scenario) sessionStorage.setItem('msw:scenario', scenario)
        if (hostile) sessionStorage.setItem('msw:hostile', '1')
      },
      { scenario, hostile },
    )
    if (account) await signInThroughApi(page, account)
    await use(page)
    expect(errors, 'uncaught errors or CSP violations in the page').toEqual([])
    expect(broken, 'requests to routes that are broken on the server').toEqual([])
  },
  containersPage: async ({ page }, use) => use(new ContainersPage(page)),
  searchPage: async ({ page }, use) => use(new SearchPage(page)),
  detailPage: async ({ page }, use) => use(new DetailPage(page)),
  managePage: async ({ page }, use) => use(new ManagePage(page)),
  containerFormPage: async ({ page }, use) => use(new ContainerFormPage(page)),
  versionFormPage: async ({ page }, use) => use(new VersionFormPage(page)),
  buildPage: async ({ page }, use) => use(new BuildPage(page)),
  checkA11y: async ({ page }, use) =>
    use(async () => {
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
    }),
})

/** PATCH or DELETE of a single version, or any call to a container's labels. */
export function isBrokenRoute(method: string, pathname: string): boolean {
  const versionWrite = /^\/api\/v2\/containers\/[^/]+\/versions\/[^/]+$/.test(pathname) && method !== 'GET'
  return versionWrite || /^\/api\/v2\/containers\/[^/]+\/labels$/.test(pathname)
}

/** Signs in the way the app does (the login endpoint of the mock), then keeps the session in the tab. */
async function signInThroughApi(page: Page, account: 'admin' | 'viewer') {
  await page.goto('/sign-in')
  // The app renders only once the mock worker is serving requests.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/v2/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      })
      const body = (await response.json()) as { data: { token: string; expires_at: string } }
      sessionStorage.setItem(
        'rcabench.session',
        JSON.stringify({
          token: body.data.token,
          username,
          expiresAt: body.data.expires_at,
          persistent: false,
        }),
      )
    },
    { username: account, password: passwords[account] },
  )
}

/** Switches the mock backend's scenarios in this tab (none: the happy path). Survives a page.goto. */
export async function useScenario(page: Page, ...names: string[]) {
  await page.evaluate(
    (names) => (window as unknown as { __mocks: { use: (...n: string[]) => void } }).__mocks.use(...names),
    names,
  )
}

/** Records the API requests the page sends with `method` whose path matches `path`. */
export function recordRequests(page: Page, method: string, path: RegExp): Request[] {
  const seen: Request[] = []
  page.on('request', (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) seen.push(r)
  })
  return seen
}

export { expect }
