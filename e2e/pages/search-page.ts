import { expect, type Page } from '@playwright/test'

/** The container search: query controls, advanced filters, sort, results and pager. */
export class SearchPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Search containers', level: 1 })
  readonly keyword = () => this.page.getByLabel('Name contains')
  readonly quick = (name: 'Type' | 'Status' | 'Visibility') => this.page.getByLabel(name, { exact: true })
  readonly results = () => this.page.getByRole('table', { name: /^Search results/ })
  readonly rows = () => this.results().locator('tbody tr:not(.spacer)')
  readonly scroller = () => this.page.getByRole('region', { name: /^Search results/ })
  readonly position = () => this.page.getByText(/^Showing \d/)
  readonly builder = () => this.page.getByRole('form', { name: 'Advanced filters' })
  readonly sortEditor = () => this.page.getByRole('group', { name: 'Sort order' })

  async goto(query = '') {
    await this.page.goto(`/containers/search${query}`)
    await expect(this.heading()).toBeVisible()
  }

  async waitForRows() {
    await expect(this.rows().first()).toBeVisible()
  }

  /** The names of the rendered rows, in order. */
  async names() {
    return this.rows().getByRole('link').allTextContents()
  }

  async openAdvancedFilters() {
    await this.page.getByText('Advanced filters', { exact: false }).first().click()
  }

  async addSort(field: string, direction: 'Ascending' | 'Descending') {
    await this.page.getByText(/^Sort/).first().click()
    await this.sortEditor().getByRole('button', { name: 'Add sort column' }).click()
    const rows = this.sortEditor().getByRole('listitem')
    const last = rows.last()
    await last.getByRole('combobox').first().selectOption({ label: field })
    await last.getByRole('combobox').nth(1).selectOption({ label: direction })
  }
}
