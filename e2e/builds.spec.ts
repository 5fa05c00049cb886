import { readFileSync } from 'node:fs'
import { expect, recordRequests, test } from './fixtures'
import { type BuildPage } from './pages/build-page'

const fixture = (name: string) => ({
  name,
  content: readFileSync(new URL(`./fixtures-files/${name}`, import.meta.url), 'utf8'),
})
const TOKEN = `ghp_${'0123456789abcdef'.repeat(3).slice(0, 36)}`

test('drop a Dockerfile, info.toml and a GitHub link → submit → live timeline → register as a version', async ({
  page,
  buildPage: builds,
  checkA11y,
}) => {
  test.slow() // a long journey with four axe scans
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
  // The registry prefix is server configuration no endpoint returns: guessed, then set once per server.
  await builds.field('Registry prefix').fill('10.10.10.240/library')
  await expect(page.getByTestId('pushed-as')).toHaveText('Pushed as 10.10.10.240/library/detector-api:1.0.0')
  await builds.field('Registry prefix').blur()
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
  // The stream as the server sends it: task.started, Running, image.build.succeed (no payload), end.
  await expect(builds.event('task.started')).toContainText('Task started')
  await expect(builds.event('task.state.update')).toContainText('State: Running')
  await expect(builds.event('task.state.update')).toContainText(/building image for task [0-9a-f-]{36}/)
  await expect(builds.event('image.build.succeed')).toContainText('Image built and pushed')
  await expect(builds.stateLine()).toHaveText('State: Succeeded. The build has ended.')
  await expect(page).toHaveTitle('✓ Succeeded · Build of detector-api:1.0.0 · RCABench')
  // The "submitted" banner was about the submission: it goes once the result is in.
  await expect(page.getByText('Build of detector-api submitted.')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Pushed image' })).toBeVisible()
  await expect(builds.pushedImage()).toHaveText('10.10.10.240/library/detector-api:1.0.0')
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
  await expect(builds.field('Registry prefix')).toHaveValue('10.10.10.240/library')
  const row = builds.recentBuilds().getByRole('row', { name: /acme\/detector/ })
  await expect(row).toContainText('detector-api:1.0.0')
  await expect(row).toContainText('Succeeded')
  await row.getByRole('link').click()
  await expect(page).toHaveURL(progressUrl)
  await expect(builds.pushedImage()).toHaveText('10.10.10.240/library/detector-api:1.0.0')

  // No container is named detector-api: nothing is preselected, the user is asked.
  const container = page.getByLabel('Container', { exact: true })
  await expect(page.getByLabel('Find a container')).toHaveValue('detector-api')
  await expect(container).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Register as a version' })).toBeDisabled()
  await page.getByLabel('Find a container').fill('detector')
  await expect(container).toContainText('detector')
  await container.selectOption({ label: 'detector (Algorithm)' })
  await page.getByRole('button', { name: 'Register as a version' }).click()
  await expect(page).toHaveURL(/\/containers\/1\/versions\/new/)
  await expect(page.getByLabel('Image reference', { exact: true })).toHaveValue(
    '10.10.10.240/library/detector-api:1.0.0',
  )
  await expect(page.getByLabel('Version name', { exact: true })).toHaveValue('1.0.0')
  await expect(page.getByLabel('GitHub repository (optional)', { exact: true })).toHaveValue(
    'acme/detector/tree/dev/services/api',
  )
})

/** Fills the smallest valid build (with the registry prefix of the mock's server) and submits it. */
async function submitMinimal(builds: BuildPage, repository: string, imageName: string) {
  await builds.goto()
  await builds.fillMinimal(repository, imageName)
  await builds.field('Registry prefix').fill('10.10.10.240/library')
  await builds.field('Tag').click()
  await builds.submit().click()
  await builds.expectOnProgressPage()
}

test.describe('a build that fails in the builder', () => {
  test.use({ scenario: 'build-fails' })

  test("shows the server's reason", async ({ page, buildPage: builds, checkA11y }) => {
    await submitMinimal(builds, 'acme/detector', 'detector')
    await expect(builds.event('task.retry.status')).toContainText('Attempt failed')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The build failed.')
    await expect(alert).toContainText(
      'Task failed after 0 attempts, errors: [[failed to build and push image: failed to solve: failed to read dockerfile',
    )
    await expect(builds.stateLine()).toHaveText('State: Failed. The build has ended.')
    await expect(page).toHaveTitle(/^✗ Failed · Build of detector:latest/)
    await expect(page.getByRole('heading', { name: 'Pushed image' })).toHaveCount(0)
    await expect(page.getByText('Build of detector submitted.')).toHaveCount(0)
    await checkA11y()
  })
})

test.describe('a v1.1.45 server (its stream ends before any update)', () => {
  test.use({ scenario: 'stream-v1145' })

  test('says progress is unavailable and what to do, never that the build finished', async ({
    page,
    buildPage: builds,
    checkA11y,
  }) => {
    const streams = recordRequests(page, 'GET', /\/traces\/.+\/stream$/)
    await submitMinimal(builds, 'acme/detector', 'detector')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('This server could not report progress for this build.')
    await expect(alert).toContainText('it may still be running')
    await expect(alert).toContainText('failed to send stream events')
    await expect(alert).toContainText('docker pull 10.10.10.240/library/detector:latest')
    await expect(builds.stateLine()).toHaveText('State: Submitted. Progress unavailable.')
    await expect(page.getByText(/The build has ended|Pushed image/)).toHaveCount(0)
    await checkA11y()
    // Checking again asks the server once more (and gets the same answer).
    await page.getByRole('button', { name: 'Check again' }).click()
    await expect.poll(() => streams.length).toBe(2)
    await expect(alert).toContainText('This server could not report progress for this build.')
  })
})

test.describe('a v1.1.45 stream that ends after 1 s without events', () => {
  test.use({ scenario: 'stream-idle-close' })

  test('reconnects with the last event id and still reaches the pushed image', async ({
    page,
    buildPage: builds,
  }) => {
    const streams = recordRequests(page, 'GET', /\/traces\/.+\/stream$/)
    await submitMinimal(builds, 'acme/traceback', 'traceback')
    await expect(builds.pushedImage()).toHaveText('10.10.10.240/library/traceback:latest', {
      timeout: 20_000,
    })
    const lastIds = streams.map((r) => new URL(r.url()).searchParams.get('last_id'))
    expect(lastIds[0]).toBe('0')
    expect(lastIds.length).toBeGreaterThan(1)
    expect(lastIds.at(-1)).toMatch(/^\d+-\d+$/)
  })
})

test.describe('a dropped stream', () => {
  test.use({ scenario: 'stream-drops' })

  test('resumes from the last event and still reaches the pushed image', async ({ buildPage: builds }) => {
    await builds.goto()
    await builds.fillMinimal('https://github.com/acme/traceback', 'traceback')
    await builds.field('Image name').click()
    await expect(builds.field('GitHub repository')).toHaveValue('acme/traceback')
    await builds.field('Registry prefix').fill('10.10.10.240/library')
    await builds.field('Tag').click()
    await builds.submit().click()
    await builds.expectOnProgressPage()
    await expect(builds.pushedImage()).toHaveText('10.10.10.240/library/traceback:latest', {
      timeout: 15_000,
    })
  })
})

test.describe('a long build', () => {
  test.use({ scenario: 'build-slow' })

  test('a reload mid-build resumes from the last event, with the elapsed time, to the result', async ({
    page,
    buildPage: builds,
  }) => {
    const streams = recordRequests(page, 'GET', /\/traces\/.+\/stream$/)
    await submitMinimal(builds, 'acme/detector', 'detector')
    await expect(builds.stateLine()).toContainText('State: Running.')
    await expect(page.getByTestId('build-elapsed')).toContainText(/Elapsed: \d+ s/)
    await page.reload()
    await expect(builds.event('task.state.update')).toHaveCount(1)
    await expect(builds.pushedImage()).toHaveText('10.10.10.240/library/detector:latest', { timeout: 20_000 })
    // Every event once: the reload resumed after the last event seen, it did not replay.
    await expect(builds.event('task.started')).toHaveCount(1)
    const lastIds = streams.map((r) => new URL(r.url()).searchParams.get('last_id'))
    expect(lastIds[0]).toBe('0')
    expect(lastIds.at(-1)).toMatch(/^\d+-\d+$/)
  })
})

test('a batch file: good items are built, the bad ones are reported and do not stop the rest', async ({
  page,
  buildPage: builds,
  checkA11y,
}) => {
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
  await expect(rows.nth(2)).toContainText('Failed')
  await expect(rows.nth(2)).toContainText('failed to clone repository')
  // Submitted rows follow their builds to the end.
  await expect(rows.nth(0)).toContainText('Succeeded')
  await expect(rows.nth(3)).toContainText('Succeeded')
  // The form was not touched by the batch.
  await expect(builds.field('GitHub repository')).toHaveValue('typed/by-user')
  await checkA11y()

  // The typed repository makes the form dirty, so leaving asks first.
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('link', { name: 'Open build 4' }).click()
  await builds.expectOnProgressPage()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build of traceback:latest')
  await expect(builds.event('image.build.succeed')).toBeVisible()
})
