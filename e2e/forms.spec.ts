import { expect, recordRequests, test } from './fixtures'
import { fieldError } from './pages/form-pages'

test('create a container with a bad, then a fixed version name', async ({
  page,
  containerFormPage: form,
  checkA11y,
}) => {
  const posts = recordRequests(page, 'POST', /^\/api\/v2\/containers$/)
  await form.goto()
  await checkA11y()

  await form.name().fill('e2e-rca-algorithm')
  await form.type('Algorithm').check()
  await form.includeVersion().check()
  await form.version.name().fill('v1.0.0')
  await form.version.imageRef().fill('opspai/e2e-rca:1.0')
  await form.page.getByRole('button', { name: 'Use docker.io/opspai/e2e-rca:1.0' }).click()
  await expect(form.version.imageRef()).toHaveValue('docker.io/opspai/e2e-rca:1.0')
  await expect(form.form().getByText('opspai', { exact: true })).toBeVisible()

  await form.submit().click()
  await expect(await fieldError(form.version.name())).toHaveText(
    'Use three numbers, like 1.2.0 — a leading v is not accepted',
  )
  await expect(form.version.name()).toBeFocused()
  await checkA11y()
  expect(posts, 'no request is sent while a field is wrong').toHaveLength(0)

  await form.version.suggestion('major').click()
  await expect(form.version.name()).toHaveValue('1.0.0')
  await expect(form.version.name()).not.toHaveAttribute('aria-invalid', 'true')
  await form.submit().click()

  await expect(page).toHaveURL(/\/containers\/\d+$/)
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    'Container e2e-rca-algorithm was created with version 1.0.0.',
  )
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-rca-algorithm' })).toBeVisible()
  expect(posts).toHaveLength(1)
  expect(posts[0]!.postDataJSON()).toEqual({
    name: 'e2e-rca-algorithm',
    type: 0,
    is_public: true,
    version: { name: '1.0.0', image_ref: 'docker.io/opspai/e2e-rca:1.0' },
  })
})

test('a duplicate container name lands on the name field', async ({ page, containerFormPage: form }) => {
  await form.goto('?type=algorithm')
  await expect(form.type('Algorithm')).toBeChecked()
  await expect(page).toHaveURL(/\/containers\/new$/)
  await form.name().fill('detector')
  await form.submit().click()
  await expect(await fieldError(form.name())).toHaveText(
    'A container with this name already exists. Choose another name.',
  )
  await expect(form.name()).toBeFocused()
  await expect(form.name()).toHaveValue('detector')
})

test('create a version of ts with env vars and Helm values', async ({
  page,
  versionFormPage: form,
  checkA11y,
}) => {
  const posts = recordRequests(page, 'POST', /^\/api\/v2\/containers\/4\/versions$/)
  await form.goto(4)
  const v = form.version
  // ts is a pedestal: the Helm section is open.
  await expect(v.helmEnabled()).toBeChecked()

  // Start from the latest existing version: image, command and Helm chart fields come along.
  const options = form.startFrom().locator('option')
  await form.startFrom().selectOption({ index: 1 })
  const chosen = (await options.nth(1).textContent())!.split(' · ')[0]!
  await page.getByRole('button', { name: 'Copy its settings' }).click()
  await expect(page.getByText(`Started from version ${chosen}`)).toContainText(
    "does not return a version's env vars or Helm values",
  )
  await expect(v.helm().getByLabel('Namespace prefix')).toHaveValue('ts')

  const patch = (await v.suggestion('patch').textContent())!.replace('Next patch: ', '')
  await v.suggestion('patch').click()
  await v.imageRef().fill('docker.io/opspai/ts-ui-dashboard:e2e')

  await v.pickFile(
    v.envVars(),
    /Load a \.env file/,
    'ts.env',
    '# Train-Ticket\nexport LOG_LEVEL=debug\nbad key=1\nTIMEOUT="30"\n',
  )
  await expect(v.envVars().getByRole('status')).toContainText('Read ts.env: 2 added, 1 skipped.')
  await expect(v.envVars().getByRole('status')).toContainText('Line 3: "bad key"')
  await expect(v.envVar(1).getByLabel('Key')).toHaveValue('LOG_LEVEL')
  await expect(v.envVar(2).getByLabel('Default value')).toHaveValue('30')

  await v.envVars().getByRole('button', { name: 'Add variable' }).click()
  await v.envVar(3).getByLabel('Key').fill('TARGET_NS')
  await v.envVar(3).getByLabel('Type').selectOption('dynamic')
  await form.submit().click()
  await expect(await fieldError(v.envVar(3).getByLabel('Template string'))).toHaveText(
    /needs a template string/,
  )
  expect(posts).toHaveLength(0)
  await v.envVar(3).getByLabel('Template string').fill('{{ .Namespace }}')

  await v.dropFile(v.helmValues(), 'values.yaml', 'image:\n  tag: e2e\nreplicaCount: 2\n')
  await expect(v.helmValues().getByRole('status')).toContainText('Read values.yaml: 2 added.')
  await expect(v.helmValue(1).getByLabel('Key')).toHaveValue('image.tag')
  await v.dropFile(v.helmValues(), 'broken.yaml', 'a: [1, 2\n')
  await expect(v.helmValues().getByRole('status')).toContainText(
    'broken.yaml could not be read: it is not valid YAML',
  )
  await checkA11y()

  await form.submit().click()
  // Lands on the new version, which shows what was sent (the server does not return it).
  await expect(page).toHaveURL(/\/containers\/4\/versions\/\d+$/)
  await expect(page.getByRole('status').filter({ hasText: 'was created' })).toHaveText(
    `Version ${patch} of ts was created.`,
  )
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details).toContainText('LOG_LEVEL=debug')
  await expect(details).toContainText('As sent from this browser')
  await expect(page.getByRole('region', { name: 'Helm config' })).toContainText('image.tag=e2e')
  expect(posts).toHaveLength(1)
  const body = posts[0]!.postDataJSON() as Record<string, unknown>
  expect(body).toMatchObject({
    name: patch,
    image_ref: 'docker.io/opspai/ts-ui-dashboard:e2e',
    env_vars: [
      { key: 'LOG_LEVEL', type: 0, category: 0, default_value: 'debug' },
      { key: 'TIMEOUT', type: 0, category: 0, default_value: '30' },
      { key: 'TARGET_NS', type: 1, category: 0, template_string: '{{ .Namespace }}' },
    ],
    helm_config: {
      ns_prefix: 'ts',
      values: [
        { key: 'image.tag', type: 0, category: 1, default_value: 'e2e' },
        { key: 'replicaCount', type: 0, category: 1, default_value: '2' },
      ],
    },
  })
})

test('a reload mid-form keeps the draft, and it can be discarded', async ({
  page,
  containerFormPage: form,
}) => {
  await form.goto()
  await form.name().fill('half-done')
  await form.type('Pedestal').check()
  await form.includeVersion().check()
  // Pedestal opens the Helm section.
  await expect(form.version.helmEnabled()).toBeChecked()
  await form.version.name().fill('0.3.0')
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith('.new-container'))))
    .toBe(true)
  // Leaving through the app asks first; staying keeps everything.
  page.once('dialog', (dialog) => void dialog.dismiss())
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click()
  await expect(page).toHaveURL(/\/containers\/new$/)
  await expect(form.name()).toHaveValue('half-done')

  page.once('dialog', (dialog) => void dialog.accept())
  await page.reload()
  await expect(form.heading()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Draft restored from' })).toBeVisible()
  await expect(form.name()).toHaveValue('half-done')
  await expect(form.type('Pedestal')).toBeChecked()
  await expect(form.version.name()).toHaveValue('0.3.0')

  await page.getByRole('button', { name: 'Discard draft' }).click()
  await expect(form.name()).toHaveValue('')
  await expect(page.getByText('Draft restored from')).toHaveCount(0)
  await page.reload()
  await expect(form.heading()).toBeVisible()
  await expect(form.name()).toHaveValue('')
  await expect(page.getByText('Draft restored from')).toHaveCount(0)
})

test.describe('read-only account', () => {
  test.use({ account: 'viewer' })

  test('gets the 403 message and keeps its input', async ({ page, containerFormPage: form, checkA11y }) => {
    await form.goto()
    await form.name().fill('viewer-container')
    await form.type('Benchmark').check()
    await form.submit().click()
    await expect(form.form().getByRole('alert')).toContainText('Your account is not allowed to do this')
    await expect(form.name()).toHaveValue('viewer-container')
    await expect(form.type('Benchmark')).toBeChecked()
    // The refusal is where the user looks, and the session is now known to be read-only.
    await expect(form.form().getByRole('alert')).toBeFocused()
    await expect(form.form().getByRole('alert')).toBeInViewport()
    await expect(page.getByText('Read-only account.')).toHaveCount(1)
    await expect(form.submit()).toBeDisabled()
    await checkA11y()
  })
})
