import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Every page at desktop and phone width, in both themes: a full-page screenshot into the test output
 * (attached to the report, never committed), no sideways page scroll, and no axe finding (contrast
 * included, which is what differs between the themes).
 */
const pages: { name: string; path: string; ready: (page: Page) => Promise<void>; signedOut?: boolean }[] = [
  {
    name: 'sign-in',
    path: '/sign-in',
    signedOut: true,
    ready: (page) => expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible(),
  },
  {
    name: 'containers',
    path: '/containers',
    ready: (page) => expect(page.getByRole('link', { name: 'hotel-reservation-299' })).toBeVisible(),
  },
  {
    name: 'search',
    path: '/containers/search?q=scope',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: 'trace-scope-297' })).toBeVisible()
      // The rail's panels come one frame after the results (folded away on a phone): wait for them too.
      await expect(page.getByText('Saved searches').first()).toBeAttached()
    },
  },
  {
    name: 'container',
    path: '/containers/1',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'detector' })).toBeVisible(),
  },
  {
    name: 'versions',
    path: '/containers/300?tab=versions',
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  {
    name: 'version',
    path: '/containers/1/versions/1',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'new-container',
    path: '/containers/new',
    ready: (page) => expect(page.getByRole('heading', { name: 'New container' })).toBeVisible(),
  },
  {
    name: 'new-version',
    path: '/containers/1/versions/new',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'build',
    path: '/builds/new',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
]

const viewports = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    test.describe(`${scheme}, ${viewport.width} px`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme })
      for (const p of pages) {
        test.describe(p.name, () => {
          if (p.signedOut) test.use({ account: null })
          test(`looks right: ${p.name}`, async ({ page }, testInfo) => {
            await page.goto(p.path)
            await p.ready(page)
            await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
            const file = testInfo.outputPath(`${p.name}-${viewport.name}-${scheme}.png`)
            await page.screenshot({ path: file, fullPage: true })
            await testInfo.attach(`${p.name} ${viewport.name} ${scheme}`, {
              path: file,
              contentType: 'image/png',
            })

            // What sticks out past the right edge (empty when the page does not scroll sideways).
            const sticksOut = await page.evaluate(() => {
              const width = document.documentElement.clientWidth
              if (document.documentElement.scrollWidth <= width) return []
              return Array.from(document.querySelectorAll('body *'))
                .filter((el) => el.getBoundingClientRect().right > width + 1)
                .slice(0, 5)
                .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
            })
            expect(sticksOut, 'the page scrolls sideways').toEqual([])

            const results = await new AxeBuilder({ page }).analyze()
            expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
          })
        })
      }
    })
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('the header is one row with a menu, and search results start on the first screen', async ({
    page,
  }) => {
    await page.goto('/containers/search?q=scope')
    await expect(page.getByRole('link', { name: 'trace-scope-297' })).toBeInViewport()
    const header = await page.locator('header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(56)
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav).toBeHidden()
    await page.getByRole('button', { name: 'Menu' }).click()
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true')
    await nav.getByRole('link', { name: 'Containers' }).click()
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible()
    await expect(nav).toBeHidden() // closed again after navigating
  })
})

test('the theme follows the system until picked, and the pick survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/containers')
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  await expect(page.getByRole('link', { name: 'hotel-reservation-299' })).toBeVisible()
  const dark = await background()
  await page.getByRole('button', { name: /^Theme: system/ }).click() // → light
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await background()).not.toBe(dark)
  await page.reload()
  await expect(page.getByRole('button', { name: /^Theme: light/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.getByRole('button', { name: /^Theme: light/ }).click() // → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background()).toBe(dark)
})
