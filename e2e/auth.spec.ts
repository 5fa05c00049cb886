import { expect, test, useScenario } from './fixtures'

test.describe('session', () => {
  test('a 401 sends the user to sign in and back to the page they were on', async ({
    page,
    containersPage,
  }) => {
    await containersPage.goto('?type=benchmark&page=2')
    await containersPage.waitForRows()
    await useScenario(page, 'expired-session')
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.getByText('Your session has ended.')).toBeVisible()
    await useScenario(page)
    await page.getByLabel('Username', { exact: true }).fill('admin')
    await page.getByLabel('Password', { exact: true }).fill('admin123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/containers\?.*page=3/)
    await expect(page).toHaveURL(/type=benchmark/)
    await expect(containersPage.position()).toHaveText(/^Showing 41–60 of/)
  })

  test('sign out clears the session and every draft of the account', async ({ page }) => {
    await page.goto('/containers/new')
    await page.getByLabel('Name', { exact: true }).fill('half-typed-detector')
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rcabench.draft.admin.'))),
      )
      .not.toEqual([])
    // Signing out with unsaved input asks first (it removes the drafts).
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.accept()
    })
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    expect(stored).not.toContain('rcabench.draft.admin.')
    expect(asked).toEqual([expect.stringMatching(/^Sign out\? What you typed/)])
    expect(stored).not.toContain('rcabench.session')
    expect(stored).not.toContain('half-typed-detector')
    await page.goto('/containers')
    await expect(page).toHaveURL(/\/sign-in/)
    // Signing in again starts from an empty form.
    await page.getByLabel('Username', { exact: true }).fill('admin')
    await page.getByLabel('Password', { exact: true }).fill('admin123')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible()
    await page.getByRole('navigation').getByRole('link', { name: 'New container' }).click()
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('')
  })

  test.describe('signed out', () => {
    test.use({ account: null })
    test('wrong password is explained at the form; an API token also works', async ({ page, checkA11y }) => {
      await page.goto('/sign-in')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByText('Use 3 to 20 letters, digits or underscores.')).toBeVisible()
      await page.getByLabel('Username', { exact: true }).fill('admin')
      await page.getByLabel('Password', { exact: true }).fill('wrong')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('alert')).toHaveText('The username or password is not right.')
      await checkA11y()

      const token = await page.evaluate(async () => {
        const r = await fetch('/api/v2/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'viewer', password: 'viewer123' }),
        })
        return ((await r.json()) as { data: { token: string } }).data.token
      })
      await page.getByRole('tab', { name: 'API token' }).click()
      await page.getByLabel('Token', { exact: true }).fill('not-a-token')
      await page.getByRole('button', { name: 'Sign in with token' }).click()
      await expect(page.getByRole('alert')).toContainText('did not accept this token')
      await page.getByLabel('Token', { exact: true }).fill(token)
      await page.getByRole('button', { name: 'Sign in with token' }).click()
      await expect(page.getByText('Signed in as')).toContainText('viewer')
      expect(page.url()).not.toContain(token)
    })
  })
})
