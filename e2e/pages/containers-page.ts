import { expect, type Page } from '@playwright/test'

/** The container list: its filters, table and pager. */
export class ContainersPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Containers', level: 1 })
  readonly table = () => this.page.getByRole('table')
  readonly rows = () => this.table().locator('tbody tr')
  readonly position = () => this.page.getByText(/^Showing \d/)
  readonly filter = (name: 'Type' | 'Visibility' | 'Status') => this.page.getByLabel(name, { exact: true })

  async goto(query = '') {
    await this.page.goto(`/containers${query}`)
    await expect(this.heading()).toBeVisible()
  }

  async waitForRows() {
    await expect(this.rows().first()).toBeVisible()
  }

  async nextPage() {
    await this.page.getByRole('button', { name: 'Next' }).click()
  }
}
