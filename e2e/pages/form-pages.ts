import { expect, type Locator, type Page } from '@playwright/test'

/** The version fields shared by both forms, scoped to the form. */
class VersionFieldsSection {
  constructor(readonly root: Locator) {}

  readonly name = () => this.root.getByLabel('Version name', { exact: true })
  readonly imageRef = () => this.root.getByLabel('Image reference', { exact: true })
  readonly githubLink = () => this.root.getByLabel('GitHub repository (optional)', { exact: true })
  readonly command = () => this.root.getByLabel('Command (optional)', { exact: true })
  readonly suggestion = (level: 'patch' | 'minor' | 'major') =>
    this.root.getByRole('button', { name: new RegExp(`^Next ${level}: `) })
  readonly envVars = () => this.root.getByRole('group', { name: 'Environment variables' })
  readonly envVar = (n: number) =>
    this.envVars().getByRole('group', { name: new RegExp(`^Variable ${n}\\b`) })
  readonly helm = () => this.root.getByRole('group', { name: 'Helm chart' })
  readonly helmEnabled = () => this.helm().getByLabel('Deploy this version with a Helm chart')
  readonly helmValues = () => this.root.getByRole('group', { name: 'Helm values' })
  readonly helmValue = (n: number) =>
    this.helmValues().getByRole('group', { name: new RegExp(`^Value ${n}\\b`) })

  /** Picks a file through the editor's "Load … file" button, as a user would with the file dialog. */
  async pickFile(editor: Locator, buttonName: RegExp, name: string, content: string) {
    const chooser = editor.page().waitForEvent('filechooser')
    await editor.getByRole('button', { name: buttonName }).click()
    await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) })
  }

  /** Drops a file on an editor (a real drop event carrying the file). */
  async dropFile(editor: Locator, name: string, content: string) {
    const dataTransfer = await editor.page().evaluateHandle(
      ({ name, content }) => {
        const dt = new DataTransfer()
        dt.items.add(new File([content], name, { type: 'text/plain' }))
        return dt
      },
      { name, content },
    )
    const zone = editor.locator('.drop-zone').first()
    await zone.dispatchEvent('dragenter', { dataTransfer })
    await zone.dispatchEvent('drop', { dataTransfer })
  }
}

export class ContainerFormPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'New container', level: 1 })
  readonly form = () => this.page.getByRole('form', { name: 'New container' })
  readonly name = () => this.form().getByLabel('Name', { exact: true })
  readonly type = (label: 'Algorithm' | 'Benchmark' | 'Pedestal') =>
    this.form().getByLabel(label, { exact: true })
  readonly includeVersion = () => this.form().getByLabel('Also create the first version')
  readonly submit = () => this.form().getByRole('button', { name: /^Create container|^Creating container/ })
  get version() {
    return new VersionFieldsSection(this.form())
  }

  async goto(query = '') {
    await this.page.goto(`/containers/new${query}`)
    await expect(this.heading()).toBeVisible()
  }
}

export class VersionFormPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: /^New version of /, level: 1 })
  readonly form = () => this.page.getByRole('form', { name: /^New version of / })
  readonly submit = () => this.form().getByRole('button', { name: /^Create version|^Creating version/ })
  readonly startFrom = () => this.page.getByLabel('Start from version…')
  get version() {
    return new VersionFieldsSection(this.form())
  }

  async goto(containerId: number, query = '') {
    await this.page.goto(`/containers/${containerId}/versions/new${query}`)
    await expect(this.heading()).toBeVisible()
  }
}

/** The field's error text (linked to the input through aria-describedby). */
export async function fieldError(field: Locator): Promise<Locator> {
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  const ids = (await field.getAttribute('aria-describedby')) ?? ''
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'))
  return field.page().locator(`[id="${errorId}"]`)
}
