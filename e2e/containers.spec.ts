import { expect, test } from './fixtures'

test.describe('container list', () => {
  test.use({ account: null })

  test('sign in → list → filter → paginate → back/forward restores the view → open a container', async ({
    page,
    containersPage,
    checkA11y,
  }) => {
    await page.goto('/containers')
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fcontainers/)
    // The address changes before the sign-in page's code has arrived: check the page once it is there.
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await checkA11y()
    await page.getByLabel('Username', { exact: true }).fill('admin')
    await page.getByLabel('Password', { exact: true }).fill('admin123')
    await page.getByRole('button', { name: 'Sign in' }).click()

    await expect(containersPage.heading()).toBeVisible()
    await containersPage.waitForRows()
    // 305 seeded, 19 of them deleted: deleted containers are left out by default.
    await expect(containersPage.position()).toHaveText(/^Showing 1–20 of 286 containers/)
    await checkA11y()

    await containersPage.filter('Type').selectOption('algorithm')
    await expect(page).toHaveURL(/type=algorithm/)
    await expect(containersPage.position()).toHaveText(/of 91 containers/)
    await containersPage.filter('Status').selectOption('enabled')
    await expect(page).toHaveURL(/status=enabled/)
    // Read the total only once the filtered page has arrived (the previous one stays visible meanwhile).
    await expect(containersPage.position()).not.toHaveText(/of 91 containers/)
    const filteredTotal = await containersPage.position().textContent()

    await containersPage.nextPage()
    await expect(page).toHaveURL(/page=2/)
    await expect(containersPage.position()).toHaveText(/^Showing 21–40 of/)
    const secondPageFirstRow = await containersPage.rows().first().textContent()

    await page.goBack()
    await expect(page).not.toHaveURL(/page=2/)
    await expect(containersPage.position()).toHaveText(filteredTotal!)
    await expect(containersPage.filter('Status')).toHaveValue('enabled')
    await page.goForward()
    await expect(containersPage.position()).toHaveText(/^Showing 21–40 of/)
    await expect(containersPage.rows().first()).toHaveText(secondPageFirstRow!)
    await expect(containersPage.filter('Type')).toHaveValue('algorithm')

    const link = containersPage.rows().first().getByRole('link')
    const name = (await link.textContent())!
    await link.click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(page).toHaveURL(/\/containers\/\d+$/)
  })
})

test('page size and defaults stay out of the URL', async ({ page, containersPage }) => {
  await containersPage.goto('?size=50')
  await containersPage.waitForRows()
  await expect(containersPage.rows()).toHaveCount(50)
  await page.getByLabel('Rows per page').selectOption('20')
  await expect(page).toHaveURL(/\/containers$/)
  await expect(containersPage.rows()).toHaveCount(20)
})

test('a broken URL falls back to defaults', async ({ containersPage }) => {
  await containersPage.goto('?page=abc&size=7&status=gone')
  await expect(containersPage.position()).toHaveText(/^Showing 1–20 of 286/)
})

test('unknown URLs show a not-found page with a way back', async ({ page, checkA11y }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await checkA11y()
  await page.getByRole('link', { name: 'Back to all containers' }).click()
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible()
})

test.describe('empty catalogue', () => {
  test.use({ scenario: 'empty-catalog' })
  test('says so and offers the first registration', async ({ page, containersPage, checkA11y }) => {
    await containersPage.goto()
    await expect(page.getByRole('heading', { name: 'No containers yet' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Register the first container' })).toBeVisible()
    await checkA11y()
  })
})

test('fits a phone-width screen', async ({ page, containersPage }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await containersPage.goto()
  await containersPage.waitForRows()
  const bodyWidth = await page.evaluate(() => document.body.scrollWidth)
  expect(bodyWidth).toBeLessThanOrEqual(380)
})
