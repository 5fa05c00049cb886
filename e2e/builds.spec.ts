import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { BuildPage } from './pages/build-page'

const fixture = (name: string) => ({
  name,
  content: readFileSync(new URL(`./fixtures-files/${name}`, import.meta.url), 'utf8'),
})
const TOKEN = `ghp_${'0123456789abcdef'.repeat(3).slice(0, 36)}`

test('drop a Dockerfile, info.toml and a GitHub link → submit → live timeline → register as a version', async ({
  page,
  checkA11y,
}) => {
  test.slow() // a long journey with four axe scans
  const builds = new BuildPage(page)
  await builds.goto()
  await expect(builds.dropZone()).toContainText('Files are read in your browser; nothing is uploaded.')
  await checkA11y()

  await builds.pickFiles(fixture('Dockerfile'), fixture('info.toml'))
  await expect(builds.field('Dockerfile path')).toHaveValue('Dockerfile')
  await expect(builds.field('Image name')).toHaveValue('detector-api')
  await expect(page.getByLabel('Name of build arg 1')).toHaveValue('PY_VERSION')
  await expect(page.getByLabel('Value of build arg 1')).toHaveValue('3.11')
  await expect(page.getByLabel('Name of build arg 3')).toHaveValue('APP_PORT')
  await expect(builds.field('Target stage').locator('option')).toHaveText([
    'The last stage (default)',
    'builder',
    'runtime',
  ])
  await expect(builds.reports()).toContainText('Base image ubuntu has no tag')

  await builds.dropLink('https://github.com/acme/detector/tree/dev/services/api')
  await expect(builds.field('GitHub repository')).toHaveValue('acme/detector')
  await expect(builds.field('Branch')).toHaveValue('dev')
  await expect(builds.field('Sub path')).toHaveValue('services/api')

  // A file that cannot be used is named with the reason, and the form keeps what it had.
  await builds.dropFiles({ name: 'notes.txt', content: 'hello' })
  await expect(builds.reports()).toContainText('notes.txt cannot be used')
  await expect(builds.field('GitHub repository')).toHaveValue('acme/detector')

  await builds.field('Target stage').selectOption('runtime')
  await builds.field('Tag').fill('1.0.0')
  await builds.field('GitHub token').fill(TOKEN)
  // The draft is saved as the user types, without the token.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rcabench.draft.admin.new-build') ?? ''))
    .toContain('detector-api')
  expect(
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
  ).not.toContain(TOKEN)
  await checkA11y()

  await builds.submit().click()
  await builds.expectOnProgressPage()
  expect(page.url()).not.toContain(TOKEN)
  await expect(builds.step('Completed')).toHaveClass(/done/)
  await expect(page.getByRole('heading', { name: 'Pushed image' })).toBeVisible()
  await expect(page.getByTestId('built-image-ref')).toHaveText('10.10.10.240/library/detector-api:1.0.0')
  await expect(
    page.getByText('docker pull 10.10.10.240/library/detector-api:1.0.0', { exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: /Copy image reference/ })).toBeVisible()
  await checkA11y()
  expect(
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
  ).not.toContain(TOKEN)
  const progressUrl = page.url()

  // Away and back: the recent builds list has it, and its page still shows the result.
  await builds.goto()
  await expect(builds.field('GitHub token')).toHaveValue('')
  const row = builds.recentBuilds().getByRole('row', { name: /acme\/detector/ })
  await expect(row).toContainText('detector-api:1.0.0')
  await expect(row).toContainText('Completed')
  await row.getByRole('link').click()
  await expect(page).toHaveURL(progressUrl)
  await expect(page.getByTestId('built-image-ref')).toHaveText('10.10.10.240/library/detector-api:1.0.0')

  await page.getByLabel('Find a container').fill('detector')
  await expect(page.getByLabel('Container', { exact: true })).toContainText('detector')
  await page.getByLabel('Container', { exact: true }).selectOption({ label: 'detector (Algorithm)' })
  await page.getByRole('button', { name: 'Register as a version' }).click()
  await expect(page).toHaveURL(/\/containers\/1\/versions\/new/)
  await expect(page.getByLabel('Image reference', { exact: true })).toHaveValue(
    '10.10.10.240/library/detector-api:1.0.0',
  )
})

test.describe('a build that fails in the builder', () => {
  test.use({ scenario: 'build-fails' })

  test('shows the error on the timeline', async ({ page, checkA11y }) => {
    const builds = new BuildPage(page)
    await builds.goto()
    await builds.fillMinimal('acme/detector', 'detector')
    await builds.submit().click()
    await builds.expectOnProgressPage()
    await expect(builds.step('Error')).toHaveClass(/done/)
    await expect(page.getByRole('alert')).toContainText('The build failed.')
    await expect(page.getByRole('alert')).toContainText('failed to read dockerfile')
    await expect(page.getByRole('heading', { name: 'Pushed image' })).toHaveCount(0)
    await checkA11y()
  })
})

test.describe('a dropped stream', () => {
  test.use({ scenario: 'stream-drops' })

  test('resumes from the last event and still reaches Completed', async ({ page }) => {
    const builds = new BuildPage(page)
    await builds.goto()
    await builds.fillMinimal('https://github.com/acme/traceback', 'traceback')
    await builds.field('Image name').click()
    await expect(builds.field('GitHub repository')).toHaveValue('acme/traceback')
    await builds.submit().click()
    await builds.expectOnProgressPage()
    await expect(builds.step('Completed')).toHaveClass(/done/, { timeout: 15_000 })
    await expect(page.getByTestId('built-image-ref')).toHaveText('10.10.10.240/library/traceback:latest')
  })
})

test('a batch file: good items are built, the bad ones are reported and do not stop the rest', async ({
  page,
  checkA11y,
}) => {
  const builds = new BuildPage(page)
  await builds.goto()
  await builds.field('GitHub repository').fill('typed/by-user')
  await builds.pickFiles(fixture('builds.yaml'))
  await expect(builds.reports()).toContainText('builds.yaml: 4 build requests, 3 valid, 1 with problems')
  const rows = builds.batchTable().locator('tbody tr')
  await expect(rows.nth(1)).toContainText('Not valid')
  await expect(rows.nth(1)).toContainText('image_name: is required')
  await checkA11y()

  await page.getByRole('button', { name: 'Submit 3 builds' }).click()
  await expect(
    page.getByText('4 build requests: 2 submitted, 1 failed, 1 not valid, 0 waiting.'),
  ).toBeVisible()
  await expect(rows.nth(0)).toContainText('Submitted')
  await expect(rows.nth(2)).toContainText('Failed')
  await expect(rows.nth(2)).toContainText('failed to clone repository')
  await expect(rows.nth(3)).toContainText('Submitted')
  // The form was not touched by the batch.
  await expect(builds.field('GitHub repository')).toHaveValue('typed/by-user')
  await checkA11y()

  // The typed repository makes the form dirty, so leaving asks first.
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('link', { name: 'Open build 4' }).click()
  await builds.expectOnProgressPage()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build of traceback:latest')
  await expect(builds.step('Completed')).toHaveClass(/done/)
})
