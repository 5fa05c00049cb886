import { expect, type Page } from '@playwright/test'

/** The container page (header, latest version, tabs, versions table) and the version page. */
export class DetailPage {
  constructor(readonly page: Page) {}

  readonly article = () => this.page.getByRole('article')
  readonly title = () => this.article().getByRole('heading', { level: 1 })
  readonly latest = () => this.page.getByRole('region', { name: 'Latest version' })
  readonly tab = (name: 'Overview' | 'Versions') =>
    this.page.getByRole('tab', { name: new RegExp(`^${name}`) })
  readonly table = () => this.page.getByRole('table')
  readonly rows = () => this.table().locator('tbody tr')
  readonly position = () => this.page.getByText(/^Showing \d/)
  readonly imageSection = () => this.page.getByRole('region', { name: 'Image' })
  readonly compareWith = () => this.page.getByLabel('Compare with')
  readonly comparison = () => this.page.getByRole('table', { name: /compared with version/ })

  async gotoContainer(id: number, query = '') {
    await this.page.goto(`/containers/${id}${query}`)
    await expect(this.title()).toBeVisible()
  }

  /** Adds versions through the API (as another user or a script would), in the order given. */
  async addVersions(containerId: number, names: string[]) {
    await this.page.evaluate(
      async ({ containerId, names }) => {
        const { token } = JSON.parse(sessionStorage.getItem('rcabench.session') ?? '{}') as { token?: string }
        for (const name of names) {
          const response = await fetch(`/api/v2/containers/${containerId}/versions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({
              name,
              image_ref: `ghcr.io/opspai/journey:v${name}`,
              command: name.endsWith('.0.0') ? 'bash /entrypoint.sh' : 'python run.py',
            }),
          })
          if (!response.ok) throw new Error(`creating ${name}: ${response.status}`)
        }
      },
      { containerId, names },
    )
  }

  async readClipboard() {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }
}
