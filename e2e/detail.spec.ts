import { expect, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('list → container → versions paging → version → copy pull command → compare → back', async ({
  page,
  detailPage: detail,
  containersPage,
  checkA11y,
}) => {
  // A long journey through three pages: give it the slow-test allowance on a loaded 2-core machine.
  test.slow()
  await containersPage.goto()
  await containersPage.waitForRows()
  const link = containersPage.rows().first().getByRole('link')
  const name = (await link.textContent())!
  const containerId = Number((await link.getAttribute('href'))!.split('/').pop())
  // 10.11.0 is created first, so row order (newest created first) and semantic order disagree.
  const names = ['10.11.0', ...Array.from({ length: 11 }, (_, i) => `10.${i}.0`)]
  await detail.addVersions(containerId, names)

  await link.click()
  await expect(detail.title()).toHaveText(name)
  await expect(detail.latest().getByRole('link', { name: '10.11.0' })).toBeVisible()
  await expect(detail.latest()).toContainText('ghcr.io/opspai/journey:v10.11.0')
  await checkA11y()

  await detail.tab('Versions').click()
  await expect(page).toHaveURL(/tab=versions/)
  await expect(detail.position()).toHaveText(/^Showing 1–10 of \d+ versions · page 1 of 2$/)
  await expect(detail.rows().first()).toContainText('10.10.0')
  await expect(detail.rows()).toHaveCount(10)
  await checkA11y()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(detail.position()).toHaveText(/^Showing 11–\d+ of \d+ versions · page 2 of 2$/)
  const latestRow = detail.rows().filter({ has: page.getByRole('link', { name: '10.11.0' }) })
  await expect(latestRow).toContainText('Latest')
  await latestRow.getByRole('link', { name: '10.11.0' }).hover()
  await latestRow.getByRole('link', { name: '10.11.0' }).click()
  await expect(page).toHaveURL(/\/containers\/\d+\/versions\/\d+$/)
  await expect(detail.title()).toHaveText(`${name} 10.11.0 Latest`)
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(crumbs.getByRole('link', { name: 'Containers' })).toBeVisible()
  await expect(crumbs.getByRole('link', { name })).toHaveAttribute('href', `/containers/${containerId}`)
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('10.11.0')
  await expect(page.getByRole('link', { name: /Previous: 10\.10\.0/ })).toBeVisible()

  await detail.imageSection().getByRole('button', { name: 'Copy pull command' }).first().click()
  await expect(detail.imageSection().getByText('✓ Copied')).toBeVisible()
  expect(await detail.readClipboard()).toBe('docker pull ghcr.io/opspai/journey:v10.11.0')

  await detail.compareWith().selectOption('10.0.0')
  await expect(page).toHaveURL(/compare=\d+/)
  await expect(detail.comparison()).toBeVisible()
  const tagRow = detail.comparison().getByRole('row', { name: /^Tag \(differs\)/ })
  await expect(tagRow).toContainText('v10.11.0')
  await expect(tagRow).toContainText('v10.0.0')
  await expect(detail.comparison().getByRole('row', { name: /^Command \(differs\)/ })).toBeVisible()
  await expect(detail.comparison().getByRole('row', { name: /^Registry ghcr/ })).toBeVisible()
  await checkA11y()

  // Back: the versions tab on page 2, shown from cache at once.
  await page.goBack()
  await expect(page).toHaveURL(/tab=versions/)
  await expect(page).toHaveURL(/page=2/)
  await expect(detail.position()).toHaveText(/^Showing 11–/)
  await expect(detail.title()).toHaveText(name)
})

test('a container that does not exist shows a not-found page with a way back', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/containers/999999')
  await expect(page.getByRole('heading', { name: 'Container not found' })).toBeVisible()
  await checkA11y()
  await page.getByRole('link', { name: 'Back to all containers' }).click()
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible()
})

test('a version of another container is not found', async ({ page }) => {
  await page.goto('/containers/1/versions/4')
  await expect(page.getByRole('heading', { name: 'Version not found' })).toBeVisible()
  await page.getByRole('link', { name: "See this container's versions" }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'detector' })).toBeVisible()
})
