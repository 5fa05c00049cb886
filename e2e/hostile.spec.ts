import type { Page } from '@playwright/test'
import {
  HOSTILE,
  HOSTILE_BUILD,
  HOSTILE_COMMAND,
  HOSTILE_IMAGE_REFS,
  HOSTILE_NAMES,
  HOSTILE_TRACES,
  HOSTILE_VERSION_NAMES,
} from '../src/mocks/hostile'
import { revealInvisible } from '../src/lib/format'
import { expect, test } from './fixtures'

/**
 * Hostile data (src/mocks/hostile.ts) on every page that shows it: nothing runs, nothing is injected, the
 * text reads literally, long values wrap or truncate with the full value at hand, and copies are exact.
 */
test.use({ hostile: true, permissions: ['clipboard-read', 'clipboard-write'] })

const dialogs = new WeakMap<Page, string[]>()
test.beforeEach(({ page }) => {
  const seen: string[] = []
  dialogs.set(page, seen)
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
})

/** Nothing executed and nothing from the data became markup. */
async function expectInert(page: Page) {
  expect(dialogs.get(page), 'dialogs opened by the page').toEqual([])
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  await expect(
    page.locator(
      '#root [onerror], #root [onload], #root [onclick], #root script, #root iframe, #root object',
    ),
  ).toHaveCount(0)
  // A link is dangerous by what the browser resolves, whatever the spelling in the source.
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => !/^(https?|mailto):$/.test(a.protocol))
        .map((a) => a.href),
    ),
  ).toEqual([])
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none')
}

/** The page never scrolls sideways. */
async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }))
  expect(scroll, 'page width with hostile text').toBeLessThanOrEqual(client)
}

test('list and search show hostile names as text, truncated with the full name on hover', async ({
  page,
  searchPage: search,
  containersPage,
  checkA11y,
}) => {
  await containersPage.goto()
  await containersPage.waitForRows()
  const names = containersPage.rows().getByRole('link')
  // The hostile containers are the newest, so they open the list.
  await expect(names.nth(0)).toHaveText(HOSTILE_NAMES.javascript)
  await expect(names.nth(4)).toHaveText(HOSTILE_NAMES.script)
  await expect(names.nth(3)).toHaveText(HOSTILE_NAMES.img)
  const long = names.nth(2)
  await expect(long).toHaveAttribute('title', HOSTILE_NAMES.long)
  // Truncated, not overflowing: the cell clips it and the page keeps its width.
  const cell = containersPage.rows().nth(2).locator('td').first()
  expect(await cell.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true)
  // Bidi controls and zero-width characters are shown as codes, so the name cannot pass for another.
  expect(await names.nth(1).textContent()).toBe(revealInvisible(HOSTILE_NAMES.bidi))
  expect(await names.nth(1).textContent()).toContain('⟨U+202E⟩gpj.exe')
  await expect(names.nth(1)).toHaveAttribute('title', revealInvisible(HOSTILE_NAMES.bidi))
  await expectNoOverflow(page)
  await expectInert(page)
  await checkA11y()

  await search.goto('?q=pwn')
  await expect(search.rows()).toHaveCount(5)
  await search.keyword().fill('<script>')
  await search.keyword().press('Enter')
  await expect(search.rows()).toHaveCount(1)
  await expect(search.rows().getByRole('link')).toHaveText(HOSTILE_NAMES.script)
  await expect(search.rows().getByRole('link')).toHaveAttribute('title', HOSTILE_NAMES.script)
  await search.keyword().fill(HOSTILE_NAMES.long)
  await search.keyword().press('Enter')
  await expect(search.rows()).toHaveCount(1)
  await expect(search.rows().getByRole('link')).toHaveAttribute('title', HOSTILE_NAMES.long)
  await expectNoOverflow(page)
  await expectInert(page)
})

test('container page: the name is the heading as text, the README shows raw HTML literally', async ({
  page,
  detailPage: detail,
  containersPage,
  checkA11y,
}) => {
  await containersPage.goto()
  await containersPage.rows().getByRole('link', { name: HOSTILE_NAMES.script, exact: true }).click()
  await expect(detail.title()).toHaveText(HOSTILE_NAMES.script)
  const readme = page.getByRole('region', { name: 'README' })
  await expect(readme.getByRole('heading', { name: `Hostile README ${HOSTILE.script}` })).toBeVisible()
  // Raw HTML blocks read as their source text.
  for (const raw of [
    HOSTILE.imgOnerror,
    HOSTILE.script,
    HOSTILE.svgOnload,
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    '<style>body { display: none }</style>',
    '<a href="javascript:window.__pwned=1">raw anchor with a javascript: href</a>',
  ])
    await expect(readme).toContainText(raw)
  // javascript: links and images are dropped, their text kept.
  await expect(readme.getByText('markdown link to javascript:')).toBeVisible()
  await expect(readme.getByRole('link')).toHaveCount(0)
  await expect(readme.getByRole('img')).toHaveCount(0)
  await expectNoOverflow(page)
  await expectInert(page)
  await checkA11y()

  await detail.tab('Versions').click()
  await expect(detail.rows()).toHaveCount(2)
  await expect(
    detail.rows().getByRole('link', { name: HOSTILE_VERSION_NAMES.html, exact: true }),
  ).toBeVisible()
  await expectNoOverflow(page)
  await expectInert(page)

  // The same for the long name and the bidi name.
  for (const name of [HOSTILE_NAMES.long, HOSTILE_NAMES.bidi, HOSTILE_NAMES.img].map(revealInvisible)) {
    await containersPage.goto()
    await containersPage.rows().getByRole('link', { name, exact: true }).click()
    await expect(detail.title()).toHaveAttribute('title', name)
    expect(await detail.title().textContent()).toBe(name)
    await expectNoOverflow(page)
    await expectInert(page)
  }
})

test('version pages: odd image references and commands are shown as text and copied exactly', async ({
  page,
  detailPage: detail,
  containersPage,
  checkA11y,
}) => {
  test.slow() // four version pages on a loaded 2-core machine
  const copy = async (name: string) => {
    await page.getByRole('button', { name, exact: true }).first().click()
    await expect(page.getByRole('button', { name, exact: true }).first()).toContainText('✓ Copied')
    return detail.readClipboard()
  }

  await containersPage.goto()
  await containersPage.rows().getByRole('link', { name: HOSTILE_NAMES.script, exact: true }).click()
  await detail.tab('Versions').click()
  await detail.rows().getByRole('link', { name: HOSTILE_VERSION_NAMES.plain, exact: true }).click()
  await expect(detail.title()).toContainText(HOSTILE_VERSION_NAMES.plain)
  await expect(detail.imageSection().getByText(HOSTILE_IMAGE_REFS.shell, { exact: true })).toBeVisible()
  expect(await copy('Copy reference')).toBe(HOSTILE_IMAGE_REFS.shell)
  expect(await copy('Copy pull command')).toBe(`docker pull '${HOSTILE_IMAGE_REFS.shell}'`)
  expect(await copy('Copy command')).toBe(HOSTILE_COMMAND)
  await expect(page.getByText(HOSTILE_COMMAND, { exact: true })).toBeVisible()
  // A javascript: GitHub link is shown, never linked.
  await expect(page.getByText(HOSTILE.javascriptUrl, { exact: true })).toBeVisible()
  await expectNoOverflow(page)
  await expectInert(page)
  await checkA11y()

  await page.getByRole('link', { name: /^Next:/ }).click()
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(HOSTILE_VERSION_NAMES.html)
  await expect(detail.title()).toContainText(`${HOSTILE_NAMES.script} ${HOSTILE_VERSION_NAMES.html}`)
  expect(await copy('Copy pull command')).toBe(
    `docker pull 'ghcr.io/o'\\''brien/<svg onload=alert(1)>:latest'`,
  )
  await expectNoOverflow(page)
  await expectInert(page)

  // A reference far wider than the page: truncated, with the whole of it on hover and in the copy.
  await containersPage.goto()
  await containersPage.rows().getByRole('link', { name: HOSTILE_NAMES.long, exact: true }).click()
  await detail.latest().getByRole('link', { name: HOSTILE_VERSION_NAMES.long }).click()
  await expect(detail.imageSection().locator('code').first()).toHaveAttribute(
    'title',
    HOSTILE_IMAGE_REFS.long,
  )
  expect(await copy('Copy reference')).toBe(HOSTILE_IMAGE_REFS.long)
  await expectNoOverflow(page)
  await expectInert(page)

  // Bidi controls and zero-width characters: shown as codes, copied exactly; the Helm fields read as text.
  await containersPage.goto()
  await containersPage
    .rows()
    .getByRole('link', { name: revealInvisible(HOSTILE_NAMES.bidi), exact: true })
    .click()
  await detail.latest().getByRole('link').first().click()
  await expect(crumbs.locator('[aria-current="page"]')).toHaveAttribute(
    'title',
    revealInvisible(HOSTILE_VERSION_NAMES.bidi),
  )
  expect(await copy('Copy reference')).toBe(HOSTILE_IMAGE_REFS.bidi)
  expect(await copy('Copy pull command')).toBe(`docker pull '${HOSTILE_IMAGE_REFS.bidi}'`)
  const helm = page.getByRole('region', { name: 'Helm config' })
  await expect(helm.getByText(`<b>chart</b>/${HOSTILE.imgOnerror}`, { exact: true })).toBeVisible()
  await expect(helm.getByText(HOSTILE.javascriptUrl, { exact: true })).toBeVisible()
  await expectNoOverflow(page)
  await expectInert(page)
})

test('build timeline: hostile event messages and image reference are text; the pull command is quoted', async ({
  page,
  detailPage: detail,
  checkA11y,
}) => {
  // The stream never says which image was pushed: this browser's record of the build does (what was
  // asked and the registry prefix), here with hostile text in every field.
  await page.goto('/builds/new')
  await page.evaluate(
    ({ traceId, repository, imageName }) => {
      const now = Date.now()
      const record = {
        traceId,
        repository,
        imageName,
        tag: 'v1$(touch /tmp/pwned)',
        registryPrefix: '10.10.10.240/library',
        submittedAt: now,
        events: [],
        finished: false,
        updatedAt: now,
      }
      localStorage.setItem('rcabench.builds.admin', JSON.stringify([record]))
    },
    { traceId: HOSTILE_TRACES.succeeded, repository: HOSTILE_BUILD.repository, imageName: HOSTILE.script },
  )
  await page.goto(`/builds/${HOSTILE_TRACES.succeeded}`)
  await expect(page.getByTestId('built-image-ref')).toHaveText(HOSTILE_BUILD.imageRef)
  await expect(page.getByRole('link', { name: HOSTILE_BUILD.repository, exact: true })).toBeVisible()
  const pull = `docker pull '${HOSTILE_BUILD.imageRef}'`
  await expect(page.getByText(pull, { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Copy docker pull command' }).click()
  await expect(page.getByRole('button', { name: 'Copy docker pull command' })).toContainText('✓ Copied')
  expect(await detail.readClipboard()).toBe(pull)
  await page.getByRole('button', { name: 'Copy image reference' }).click()
  await expect(page.getByRole('button', { name: 'Copy image reference' })).toContainText('✓ Copied')
  expect(await detail.readClipboard()).toBe(HOSTILE_BUILD.imageRef)
  await expectNoOverflow(page)
  await expectInert(page)
  await checkA11y()

  await page.goto(`/builds/${HOSTILE_TRACES.failed}`)
  await expect(page.getByRole('alert')).toContainText('The build failed.')
  await expect(page.getByRole('alert')).toContainText(HOSTILE_BUILD.error)
  await expectNoOverflow(page)
  await expectInert(page)
})
