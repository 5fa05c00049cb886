import { expect, recordRequests, test } from './fixtures'
import { SearchPage } from './pages/search-page'

test('keyword + filters + sort → the shared URL reproduces the same results in a new page', async ({
  page,
  searchPage: search,
  context,
  checkA11y,
}) => {
  // A journey across two tabs (one signs in) with two axe scans: the slow-test allowance on a loaded machine.
  test.slow()
  await search.goto()
  await search.waitForRows()
  await checkA11y()

  await search.keyword().fill('ts')
  await expect(page).toHaveURL(/q=ts/)
  await search.quick('Status').selectOption('enabled')
  await expect(page).toHaveURL(/status=enabled/)
  await search.addSort('Name', 'Ascending')
  await expect(page).toHaveURL(/sort=/)
  await expect(page.getByRole('button', { name: 'Remove sort: Sorted by Name ascending' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Remove filter: Status is Enabled' })).toBeVisible()
  await expect(search.results()).not.toHaveClass(/is-stale/)
  const position = await search.position().textContent()
  const names = await search.names()
  expect(names.length).toBeGreaterThan(0)
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  await checkA11y()

  // The request is shown exactly, with a curl command that never contains the token.
  await page.getByText('Show request').click()
  await expect(page.getByLabel('JSON body')).toContainText('"keyword": "ts"')
  await expect(page.getByLabel('curl command', { exact: true })).toContainText(
    'Authorization: Bearer $RCABENCH_TOKEN',
  )

  const shared = page.url()
  // A colleague opens the link in a new tab (a new tab has no session yet: sign in, land on the link).
  const other = await context.newPage()
  await other.goto(shared)
  await other.getByLabel('Username', { exact: true }).fill('admin')
  await other.getByLabel('Password', { exact: true }).fill('admin123')
  await other.getByRole('button', { name: 'Sign in' }).click()
  await expect(other).toHaveURL(shared)
  const again = new SearchPage(other)
  await again.waitForRows()
  await expect(again.position()).toHaveText(position!)
  expect(await again.names()).toEqual(names)
  await expect(again.keyword()).toHaveValue('ts')
  await expect(again.quick('Status')).toHaveValue('enabled')

  // Back restores the previous query (the sort column as first added), forward the last one.
  await page.goBack()
  await expect(page.getByRole('button', { name: 'Remove sort: Sorted by ID ascending' })).toBeVisible()
  await expect(search.quick('Status')).toHaveValue('enabled')
  await page.goForward()
  await expect(page.getByRole('button', { name: 'Remove sort: Sorted by Name ascending' })).toBeVisible()
  await expect(search.position()).toHaveText(position!)
})

test.describe('a 1,000-row page', () => {
  test.use({ scenario: 'big-catalog' })
  test('renders virtualized and scrolls to rows further down', async ({
    page,
    searchPage: search,
    checkA11y,
  }) => {
    await search.goto('?size=1000')
    await search.waitForRows()
    await expect(search.position()).toHaveText(/^Showing 1–1,000 of 1,394 containers/)
    await expect(search.results()).toHaveAttribute('aria-rowcount', '1001')
    const rendered = await search.rows().count()
    expect(rendered).toBeLessThan(120)
    await expect(search.rows().first()).toHaveAttribute('aria-rowindex', '2')
    await expect(search.results().locator('tr[aria-rowindex="900"]')).toHaveCount(0)
    // Table rows are not measured by the virtualizer: each is exactly the height it assumes (ROW_HEIGHT,
    // --row-h at the 14 px root size).
    const heights = await search
      .rows()
      .evaluateAll((rows) => [...new Set(rows.map((r) => r.getBoundingClientRect().height))])
    expect(heights).toEqual([31.5])

    // The results scroll with the page itself, not in a box of their own: bring the place of row 900 to the
    // middle of the window (from the table's own height, so row height and what sits above do not matter).
    await page.evaluate(() => {
      const table = document.querySelector('table[aria-rowcount="1001"]')!
      const { top, height } = table.getBoundingClientRect()
      window.scrollTo({ top: window.scrollY + top + (height * 899) / 1001 - window.innerHeight / 2 })
    })
    await expect(search.results().locator('tr[aria-rowindex="900"]')).toBeInViewport()
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }))
    await expect(search.results().locator('tr[aria-rowindex="1001"]')).toBeVisible()
    expect(await search.rows().count()).toBeLessThan(120)
    await checkA11y()

    // The pager sits below the rows: the next page starts at its own first row (the router resets the
    // scroll on every navigation), not where this one ended.
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(search.position()).toHaveText(/^Showing 1,001–1,394 of 1,394 containers/)
    await expect(search.results().locator('tr[aria-rowindex="2"]')).toBeInViewport()
  })

  test('on a phone the rows are cards of their own height, and the last one is reached', async ({
    page,
    searchPage: search,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await search.goto('?size=1000')
    await search.waitForRows()
    const height = await search
      .rows()
      .first()
      .evaluate((r) => r.getBoundingClientRect().height)
    expect(height).toBeGreaterThan(45)
    // Measured as they render, so the page grows as it is scrolled: scrolling on to the end reaches the last.
    await expect(async () => {
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }))
      await expect(search.results().locator('tr[aria-rowindex="1001"]')).toBeInViewport({ timeout: 500 })
    }).toPass()
    expect(await search.rows().count()).toBeLessThan(120)
  })
})

test('an invalid filter is flagged at the field and no request is sent', async ({
  page,
  searchPage: search,
}) => {
  await search.goto()
  await search.waitForRows()
  const searches = recordRequests(page, 'POST', /^\/api\/v2\/containers\/search$/)
  await search.openAdvancedFilters()
  const builder = search.builder()
  await builder.getByRole('button', { name: 'Add filter' }).click()
  await builder.getByLabel('Field').selectOption('name')
  await builder.getByLabel('Operator').selectOption('in')
  await builder.getByRole('button', { name: 'Apply filters' }).click()
  const values = builder.getByLabel('Values, one per line')
  await expect(values).toHaveAttribute('aria-invalid', 'true')
  await expect(values).toHaveAccessibleDescription('Enter at least one value.')
  await expect(values).toBeFocused()
  await expect(page).toHaveURL(/\/containers\/search$/)

  // Fixing it applies the filter.
  await values.fill('clickhouse\ndetector')
  await builder.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/filters=/)
  await expect(search.position()).toHaveText(/of 2 containers/)
  await expect(
    page.getByRole('button', { name: 'Remove filter: Name is one of clickhouse, detector' }),
  ).toBeVisible()
  expect(searches).toHaveLength(1)
})

test('a broken link falls back to defaults and says so; / focuses the search box', async ({
  page,
  searchPage: search,
}) => {
  await search.goto('?size=abc&filters=%5B%7B%22field%22%3A%22image%22%7D%5D')
  await expect(page.getByRole('alert')).toContainText('Part of this link could not be read')
  await expect(page.getByRole('alert')).toContainText('page size (1–1,000), advanced filters')
  await expect(search.position()).toHaveText(/^Showing 1–20 of 286/)
  await page.locator('body').press('/')
  await expect(search.keyword()).toBeFocused()
})

test.describe('a server without search', () => {
  test.use({ scenario: 'no-search' })
  test('says so and falls back to the list filters', async ({ page, searchPage: search, checkA11y }) => {
    await search.goto('?q=ts&type=pedestal')
    await expect(page.getByText('This server has no search endpoint')).toBeVisible()
    await expect(
      page.getByText('Not applied: keyword “ts”, hiding deleted containers (they are shown and marked).'),
    ).toBeVisible()
    await expect(search.position()).toHaveText(/^Showing 1–20 of 102 containers/)
    await expect(search.keyword()).toHaveCount(0)
    await search.quick('Status').selectOption('enabled')
    await expect(page).toHaveURL(/status=enabled/)
    await expect(search.rows().first()).toBeVisible()
    await checkA11y()
  })
})
