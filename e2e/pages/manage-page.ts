import { expect, type Page } from '@playwright/test'

/** Managing a container: the Edit and Delete actions of its page, the edit form and the delete dialog. */
export class ManagePage {
  constructor(readonly page: Page) {}

  readonly title = () => this.page.getByRole('heading', { level: 1 })
  readonly editAction = () => this.page.getByRole('article').getByRole('link', { name: 'Edit' })
  readonly editUnavailable = () => this.page.getByRole('article').getByRole('button', { name: 'Edit' })
  readonly deleteAction = () => this.page.getByRole('button', { name: 'Delete…' })
  readonly announcement = () => this.page.locator('.route-announcement')
  readonly facts = () => this.page.locator('dl.facts')
  readonly readme = () => this.page.getByRole('region', { name: 'README' })

  // The edit form
  readonly form = () => this.page.getByRole('form', { name: /^Edit / })
  readonly readmeInput = () => this.form().getByRole('textbox', { name: 'README' })
  readonly readmeTab = (name: 'Write' | 'Preview') => this.form().getByRole('tab', { name })
  readonly preview = () => this.form().locator('#readme-panel-preview')
  readonly choice = (label: 'Public' | 'Private' | 'Enabled' | 'Disabled') =>
    this.form().getByLabel(label, { exact: true })
  readonly save = () => this.form().getByRole('button', { name: /^Save changes|^Saving changes/ })
  readonly formError = () => this.form().getByRole('alert')

  // The delete dialog
  readonly dialog = () => this.page.getByRole('dialog')
  readonly confirmName = () => this.dialog().getByLabel(/^Type .* to confirm$/)
  readonly confirmDelete = () => this.dialog().getByRole('button', { name: /^Delete container|^Deleting/ })

  async gotoContainer(id: number) {
    await this.page.goto(`/containers/${id}`)
    await expect(this.page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible()
  }

  /** Registers a container with versions through the API (as a script would); returns its id. */
  async createContainer(name: string, versions: string[]) {
    return this.page.evaluate(
      async ({ name, versions }) => {
        const { token } = JSON.parse(sessionStorage.getItem('rcabench.session') ?? '{}') as { token?: string }
        const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
        const created = await fetch('/api/v2/containers', {
          method: 'POST',
          headers,
          body: JSON.stringify({ name, type: 0, readme: '# To be deleted' }),
        })
        const { data } = (await created.json()) as { data: { id: number } }
        for (const version of versions) {
          const response = await fetch(`/api/v2/containers/${data.id}/versions`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ name: version, image_ref: `ghcr.io/opspai/${name}:v${version}` }),
          })
          if (!response.ok) throw new Error(`creating ${version}: ${response.status}`)
        }
        return data.id
      },
      { name, versions },
    )
  }
}
