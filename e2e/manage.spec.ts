import { expect, recordRequests, test } from './fixtures'

/**
 * Managing containers on a v1.1.45 server: edit and delete work; the version update, version delete and
 * label routes are broken (the version delete even removes another container), so no journey may ever
 * send them: the page fixture (fixtures.ts) fails any journey that does. Container 1 is the seed's "detector".
 */
test('edit the README with a live preview → saved → rendered on the container page', async ({
  page,
  managePage: manage,
  checkA11y,
}) => {
  test.slow()
  await manage.gotoContainer(1)
  await manage.editAction().click()
  await expect(manage.title()).toHaveText('Edit detector')
  await manage.readmeInput().fill('# Tuned detector\n\nUses a **five-minute** window.')
  await manage.readmeTab('Preview').click()
  await expect(manage.preview().getByRole('heading', { name: 'Tuned detector' })).toBeVisible()
  await expect(manage.preview().locator('strong')).toHaveText('five-minute')
  await checkA11y()

  const patches = recordRequests(page, 'PATCH', /^\/api\/v2\/containers\/1$/)
  const reads: number[] = []
  page.on('request', (r) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === '/api/v2/containers/1')
      reads.push(patches.length)
  })
  await manage.save().click()
  await expect(page).toHaveURL(/\/containers\/1$/)
  await expect(manage.announcement()).toHaveText('Container detector was saved.')
  await expect(manage.readme().getByRole('heading', { name: 'Tuned detector' })).toBeVisible()
  await expect(manage.readme().locator('strong')).toHaveText('five-minute')
  // Only the README was sent, and the detail was read again after the 202 (which has no README).
  expect(patches.map((r) => r.postDataJSON())).toEqual([
    { readme: '# Tuned detector\n\nUses a **five-minute** window.' },
  ])
  expect(reads.some((afterPatches) => afterPatches === 1)).toBe(true)

  // A reload reads it from the server again.
  await page.reload()
  await expect(manage.readme().getByRole('heading', { name: 'Tuned detector' })).toBeVisible()

  // Where people look for version actions, one line says why there are none.
  await page.getByRole('tab', { name: /^Versions/ }).click()
  await expect(page.getByText('Single versions can’t be edited or deleted here')).toBeVisible()
  await page.getByRole('table').locator('tbody tr').first().getByRole('link').first().click()
  await expect(page).toHaveURL(/\/versions\/\d+$/)
  await expect(page.getByText('Single versions can’t be edited or deleted here')).toBeVisible()
})

test('disable → the status shows on the container page and in the list; double submit sends one request', async ({
  page,
  managePage: manage,
  containersPage,
}) => {
  test.slow()
  await manage.gotoContainer(1)
  await manage.editAction().click()
  await manage.choice('Disabled').check()
  const patches = recordRequests(page, 'PATCH', /^\/api\/v2\/containers\/1$/)
  // Two submits in the same task, before React can disable the button.
  await manage.form().evaluate((form: HTMLFormElement) => {
    form.requestSubmit()
    form.requestSubmit()
  })
  await expect(manage.announcement()).toHaveText('Container detector was saved.')
  expect(patches.map((r) => r.postDataJSON())).toEqual([{ status: 0 }])
  await expect(manage.facts()).toContainText('Disabled')

  // The seed's oldest container: on the first page of 50 disabled ones, newest first.
  await containersPage.goto('?status=disabled&size=50')
  const row = containersPage.rows().filter({ has: page.getByRole('link', { name: 'detector', exact: true }) })
  await expect(row).toContainText('Disabled')
  await page.goto('/containers/search?q=detector')
  const found = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: 'detector', exact: true }) })
  await expect(found).toContainText('Disabled')
})

test('delete with the typed name → gone from list, search and caches; the old address says deleted', async ({
  page,
  managePage: manage,
  containersPage,
  checkA11y,
}) => {
  test.slow()
  const name = 'journey-delete-me'
  await manage.gotoContainer(1)
  const id = await manage.createContainer(name, ['1.0.0', '1.1.0'])
  await manage.gotoContainer(id)

  await manage.deleteAction().click()
  await expect(manage.dialog()).toContainText('every one of its versions (2)')
  await expect(manage.dialog()).toContainText('This cannot be undone')
  await expect(manage.confirmDelete()).toBeDisabled()
  await manage.confirmName().fill('journey-delete')
  await expect(manage.confirmDelete()).toBeDisabled()
  await checkA11y()
  // Cancel keeps everything.
  await manage.dialog().getByRole('button', { name: 'Cancel' }).click()
  await expect(manage.dialog()).toBeHidden()

  await manage.deleteAction().click()
  await manage.confirmName().fill(name)
  const deletes = recordRequests(page, 'DELETE', /^\/api\/v2\/containers\//)
  await manage.confirmDelete().dblclick()
  await expect(page).toHaveURL(/\/containers$/)
  await expect(manage.announcement()).toHaveText(`Container ${name} and its 2 versions were deleted.`)
  expect(deletes.map((r) => new URL(r.url()).pathname)).toEqual([`/api/v2/containers/${id}`])

  // Back to its page: nothing stale from the cache, the page says it was deleted.
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Container deleted' })).toBeVisible()
  await page.goForward()
  // No live row of that name in the list or the search (the server still returns it, marked deleted).
  await containersPage.waitForRows()
  const rowsNamed = containersPage.rows().filter({ hasText: name })
  await expect(rowsNamed.filter({ hasNotText: /deleted/i })).toHaveCount(0)
  await page.goto(`/containers/search?q=${name}`)
  await expect(page.getByRole('heading', { name: 'Search containers', level: 1 })).toBeVisible()
  await expect(page.getByText(/^Showing|No containers/).first()).toBeVisible()
  await expect(
    page
      .locator('tbody tr')
      .filter({ hasText: name })
      .filter({ hasNotText: /deleted/i }),
  ).toHaveCount(0)

  // Its old address: deleted from this browser…
  await page.goto(`/containers/${id}`)
  await expect(page.getByRole('heading', { name: 'Container deleted' })).toBeVisible()
  await expect(page.getByText(`The container ${name} was deleted from this browser`)).toBeVisible()
  await checkA11y()
  // …and, without that memory, because the server still lists it with the status "deleted".
  await page.evaluate(() => localStorage.removeItem('rcabench.deleted-containers'))
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Container deleted' })).toBeVisible()
  await expect(
    page.getByText(`The container ${name} was deleted, together with all its versions.`),
  ).toBeVisible()
  // A container that never existed is still "not found".
  await page.goto('/containers/987654')
  await expect(page.getByRole('heading', { name: 'Container not found' })).toBeVisible()
})

test.describe('a read-only account', () => {
  test.use({ account: 'viewer' })

  test('is refused on the first try (the server says nothing before), then sees edit and delete as unavailable with the reason', async ({
    page,
    managePage: manage,
    checkA11y,
  }) => {
    test.slow()
    page.on('dialog', (d) => void d.accept())
    await manage.gotoContainer(1)
    // The profile carries no roles: the actions are offered until the server refuses one.
    await expect(manage.editAction()).toBeVisible()
    await manage.editAction().click()
    await manage.choice('Private').check()
    await manage.save().click()
    await expect(manage.formError()).toContainText('Your account is not allowed to do this')
    await expect(manage.choice('Private')).toBeChecked()
    // The draft survives a reload (once saved: drafts are written 300 ms after the last change), and
    // leaving asks first.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith('.edit-container.1'))))
      .toBe(true)
    await page.reload()
    await expect(page.getByText(/^Draft restored from/)).toBeVisible()
    await expect(manage.choice('Private')).toBeChecked()
    const asked: string[] = []
    page.on('dialog', (d) => asked.push(d.message()))
    await manage.form().getByRole('link', { name: 'Cancel' }).click()
    await expect(manage.editUnavailable()).toBeVisible()
    expect(asked).toEqual([expect.stringMatching(/^Leave this page\?/)])

    await manage.gotoContainer(1)
    await expect(manage.editUnavailable()).toHaveAttribute('aria-disabled', 'true')
    await expect(manage.deleteAction()).toHaveAttribute('aria-disabled', 'true')
    await expect(
      page.getByText('Edit and delete are unavailable: your account may only read this container'),
    ).toBeVisible()
    await expect(manage.editUnavailable()).toHaveAccessibleDescription(/may only read this container/)
    await expect(manage.dialog()).toBeHidden()
    await checkA11y()
  })

  test('a refused delete says so in the dialog and deletes nothing', async ({ page, managePage: manage }) => {
    await manage.gotoContainer(2)
    await manage.deleteAction().click()
    await manage.confirmName().fill('traceback')
    await manage.confirmDelete().click()
    await expect(manage.dialog().getByRole('alert')).toContainText('not allowed to delete this container')
    await manage.dialog().getByRole('button', { name: 'Cancel' }).click()
    await expect(manage.deleteAction()).toHaveAttribute('aria-disabled', 'true')
    await expect(page.getByText('Delete is unavailable')).toBeVisible()
    await expect(manage.editAction()).toBeVisible()
  })
})

test('the guard that fails journeys calling a broken route does catch one', async ({
  page,
  managePage: manage,
}) => {
  // Expected to fail: the page fixture sees the request in its teardown. Sent without a token: harmless.
  test.fail()
  await manage.gotoContainer(1)
  const status = await page.evaluate(
    async () => (await fetch('/api/v2/containers/1/labels', { method: 'PATCH', body: '{}' })).status,
  )
  expect(status).toBe(401)
})
