import type { Page } from '@playwright/test'
import { expect, recordRequests, test, useScenario } from './fixtures'
import { type ContainerFormPage } from './pages/form-pages'

/**
 * Fault injection: each test switches on a named mock scenario (src/mocks/scenarios.ts) and checks what
 * the user sees while the backend is slow, hangs, fails, lies, drops off or ends the session.
 * Long waits (timeouts, retry backoff, the slow scenario) run on Playwright's clock, not in real time.
 */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

/** Waits until the form's autosaved draft (debounced) holds `name`. */
async function expectDraftWith(page: Page, name: string) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.endsWith('.new-container'))
          .map((k) => localStorage.getItem(k) ?? '')
          .join('\n'),
      ),
    )
    .toContain(name)
}

async function fillNewContainer(form: ContainerFormPage, name: string) {
  await form.name().fill(name)
  await form.type('Benchmark').check()
}

test('slow responses show a loading state, then the content', async ({ page, containersPage }) => {
  await page.clock.install()
  await useScenario(page, 'slow')

  await page.goto('/containers')
  await expect(page.getByRole('table', { name: 'Loading containers' })).toBeVisible()
  await page.clock.fastForward('00:03')
  await expect(containersPage.position()).toBeVisible()
  const link = page
    .getByRole('table', { name: /^Containers/ })
    .getByRole('link')
    .first()
  const name = (await link.textContent())!

  await link.click()
  await expect(page.getByRole('status').filter({ hasText: 'Loading the container…' })).toBeAttached()
  await page.clock.fastForward('00:03')
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
})

test('a request that hangs past the timeout is stopped with a message and a retry', async ({
  page,
  containersPage,
}) => {
  await page.clock.install()
  await useScenario(page, 'hang')

  await page.goto('/containers')
  await expect(page.getByRole('table', { name: 'Loading containers' })).toBeVisible()
  await page.clock.fastForward('00:31')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Containers could not be loaded.')
  await expect(alert).toContainText('The server took too long to answer, so the request was stopped.')

  await useScenario(page)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(containersPage.position()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('server errors: reads are retried, then explained; the shell works; a failed write is sent once', async ({
  page,
  containerFormPage: form,
}) => {
  await page.clock.install()
  await useScenario(page, 'server-errors', 'write-errors')
  // The list reads through search, which leaves deleted containers out.
  const reads = recordRequests(page, 'POST', /^\/api\/v2\/containers\/search$/)

  await page.goto('/containers')
  // Backoff between retries runs on the fake clock: push it on until the last retry has been sent.
  await expect
    .poll(async () => {
      await page.clock.fastForward(1000)
      return reads.length
    })
    .toBe(4)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Containers could not be loaded.')
  await expect(alert).toContainText(
    'Failed to search containers: dial tcp mysql:3306: connect: connection refused (HTTP 500)',
  )
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  expect(new Set(reads.map((r) => r.postData())).size, 'every retry asks for the same page').toBe(1)

  // The header and navigation still work.
  await nav(page).getByRole('link', { name: 'New container' }).click()
  await expect(form.heading()).toBeVisible()

  const writes = recordRequests(page, 'POST', /^\/api\/v2\/containers$/)
  await fillNewContainer(form, 'fault-500')
  await form.submit().click()
  await expect(form.form().getByRole('alert')).toHaveText(
    'failed to create container: dial tcp mysql:3306: connect: connection refused',
  )
  await expect(form.name()).toHaveValue('fault-500')
  // Writes are never retried, however long the user waits.
  await page.clock.fastForward('00:30')
  await expect(form.submit()).toBeEnabled()
  expect(writes).toHaveLength(1)

  page.once('dialog', (dialog) => void dialog.accept()) // the form still holds unsaved input
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})

test('bad bodies read as an unexpected response with details; the shell stays usable', async ({
  page,
  containersPage,
  containerFormPage,
}) => {
  // An empty 200 body on the list.
  await useScenario(page, 'bad-body')
  await page.goto('/containers')
  let alert = page.getByRole('alert')
  await expect(alert).toContainText('Containers could not be loaded. The server sent an unexpected response.')
  await alert.getByText('Details').click()
  await expect(alert.locator('pre')).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()

  // An envelope without data on a container page.
  await page.goto('/containers/1')
  alert = page.getByRole('alert')
  await expect(alert).toContainText('The server sent an unexpected response.')
  await alert.getByText('Details').click()
  await expect(alert.locator('pre')).toContainText('"message":"Success"')

  // A proxy's HTML page instead of JSON: reported, never rendered.
  await useScenario(page, 'not-json')
  await page.goto('/containers/1')
  alert = page.getByRole('alert')
  await expect(alert).toContainText('The server sent an unexpected response.')
  await alert.getByText('Details').click()
  await expect(alert.locator('pre')).toContainText('is not valid JSON')
  await expect(page.getByRole('heading', { name: 'Welcome to nginx!' })).toHaveCount(0)

  // null where the contract promises a value.
  await useScenario(page, 'null-fields')
  await nav(page).getByRole('link', { name: 'Containers' }).click()
  alert = page.getByRole('alert')
  await expect(alert).toContainText('The server sent an unexpected response.')
  await alert.getByText('Details').click()
  await expect(alert.locator('pre')).toContainText('items.0.name')
  await expect(alert.locator('pre')).toContainText('pagination')

  // The shell still works: another page opens from the navigation.
  await nav(page).getByRole('link', { name: 'New container' }).click()
  await expect(containerFormPage.heading()).toBeVisible()

  // Type and status names this dashboard does not know are shown as unknown, not as a broken page.
  await useScenario(page, 'unknown-enums')
  await nav(page).getByRole('link', { name: 'Containers' }).click()
  await expect(containersPage.position()).toBeVisible()
  const firstRow = page
    .getByRole('table', { name: /^Containers/ })
    .locator('tbody tr')
    .first()
  await expect(firstRow).toContainText('Unknown type')
  await expect(firstRow).toContainText('Unknown status')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('offline: the banner shows, reads wait and resume, a dropped submit keeps the form and is resent', async ({
  page,
  containersPage,
  containerFormPage: form,
  context,
}) => {
  await page.goto('/containers')
  await expect(containersPage.position()).toHaveText(/^Showing 1–20 of/)
  const reads = recordRequests(page, 'POST', /^\/api\/v2\/containers\/search$/)

  await context.setOffline(true)
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(/page=2/)
  // The read waits: the previous page stays, nothing is sent.
  await expect(containersPage.position()).toHaveText(/^Showing 1–20 of/)
  expect(reads).toHaveLength(0)

  await context.setOffline(false)
  await expect(page.getByText('You are offline.')).toHaveCount(0)
  await expect(containersPage.position()).toHaveText(/^Showing 21–40 of/)
  expect(reads).toHaveLength(1)

  // A submit that fails because the network dropped (the browser still thinks it is online).
  await nav(page).getByRole('link', { name: 'New container' }).click()
  await expect(form.heading()).toBeVisible()
  const writes = recordRequests(page, 'POST', /^\/api\/v2\/containers$/)
  await fillNewContainer(form, 'fault-offline')
  await expectDraftWith(page, 'fault-offline')
  await useScenario(page, 'offline')
  await form.submit().click()
  await expect(form.form().getByRole('alert')).toContainText('The server could not be reached.')
  await expect(form.form().getByRole('alert')).toContainText('Your input is kept')
  await expect(form.name()).toHaveValue('fault-offline')
  await expect(form.type('Benchmark')).toBeChecked()
  await expectDraftWith(page, 'fault-offline')

  await useScenario(page)
  await form.submit().click()
  await expect(page).toHaveURL(/\/containers\/\d+$/)
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    'Container fault-offline was created.',
  )
  expect(writes.at(-1)!.postDataJSON()).toMatchObject({ name: 'fault-offline', type: 1 })
})

test('a session that expires on submit is renewed in place, and the same submission then succeeds', async ({
  page,
  containerFormPage: form,
}) => {
  await form.goto()
  const writes = recordRequests(page, 'POST', /^\/api\/v2\/containers$/)
  await fillNewContainer(form, 'fault-expired')
  await useScenario(page, 'expire-on-write')
  await form.submit().click()

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(/\/containers\/new$/)
  await dialog.getByLabel('Username', { exact: true }).fill('admin')
  await dialog.getByLabel('Password', { exact: true }).fill('admin123')
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toBeHidden()

  await expect(page).toHaveURL(/\/containers\/new$/)
  await expect(form.name()).toHaveValue('fault-expired')
  await expect(form.type('Benchmark')).toBeChecked()
  await form.submit().click()
  await expect(page).toHaveURL(/\/containers\/\d+$/)
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    'Container fault-expired was created.',
  )
  expect(writes).toHaveLength(2)
  expect(writes[1]!.postDataJSON()).toEqual(writes[0]!.postDataJSON())
})

test('a double click or a held Enter creates the container once', async ({
  page,
  containerFormPage: form,
}) => {
  const writes = recordRequests(page, 'POST', /^\/api\/v2\/containers$/)

  await form.goto()
  await fillNewContainer(form, 'fault-double-click')
  await form.submit().dblclick()
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    'Container fault-double-click was created.',
  )
  expect(writes).toHaveLength(1)

  await form.goto()
  await fillNewContainer(form, 'fault-held-enter')
  await form.name().focus()
  // A held key repeats keydown without keyup.
  for (let i = 0; i < 5; i++) await page.keyboard.down('Enter')
  await page.keyboard.up('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    'Container fault-held-enter was created.',
  )
  expect(writes).toHaveLength(2)
})
