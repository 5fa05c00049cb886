import { expect, type Page } from '@playwright/test'

type FileSpec = { name: string; content: string }

/** The build form (/builds/new) and the build progress page (/builds/$traceId). */
export class BuildPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Build an image', level: 1 })
  readonly dropZone = () => this.page.getByTestId('build-drop-zone')
  readonly reports = () => this.dropZone().getByRole('status')
  readonly field = (label: string) => this.page.getByLabel(label, { exact: true })
  readonly submit = () => this.page.getByRole('button', { name: 'Build image', exact: true })
  readonly timeline = () => this.page.getByRole('list', { name: 'Build timeline' })
  /** A trace event on the timeline, by its event name (task.started, image.build.succeed, …). */
  readonly event = (name: string) => this.timeline().locator(`li[data-event="${name}"]`)
  /** The "State: …" line, announced as it changes. */
  readonly stateLine = () => this.page.getByTestId('build-state')
  readonly pushedImage = () => this.page.getByTestId('built-image-ref')
  readonly recentBuilds = () => this.page.getByRole('table', { name: 'Recent builds in this browser' })
  readonly batchTable = () => this.page.getByRole('table', { name: /^Build requests of / })

  async goto(query = '') {
    await this.page.goto(`/builds/new${query}`)
    await expect(this.heading()).toBeVisible()
  }

  /** Picks files with the "Choose files…" button, as a keyboard or mouse user would. */
  async pickFiles(...files: FileSpec[]) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.dropZone().getByRole('button', { name: 'Choose files…' }).click()
    await (
      await chooser
    ).setFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(f.content),
      })),
    )
  }

  /** Drops a link the way a browser tab's address does (a real drop event with text/uri-list). */
  async dropLink(url: string) {
    const dataTransfer = await this.page.evaluateHandle((url) => {
      const dt = new DataTransfer()
      dt.setData('text/uri-list', url)
      dt.setData('text/plain', url)
      return dt
    }, url)
    await this.dropZone().dispatchEvent('dragenter', { dataTransfer })
    await this.dropZone().dispatchEvent('dragover', { dataTransfer })
    await this.dropZone().dispatchEvent('drop', { dataTransfer })
  }

  /** Drops files (a real drop event carrying them). */
  async dropFiles(...files: FileSpec[]) {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer()
      for (const f of files) dt.items.add(new File([f.content], f.name))
      return dt
    }, files)
    await this.dropZone().dispatchEvent('dragenter', { dataTransfer })
    await this.dropZone().dispatchEvent('drop', { dataTransfer })
  }

  async fillMinimal(repository: string, imageName: string) {
    await this.field('GitHub repository').fill(repository)
    await this.field('Image name').fill(imageName)
  }

  /**
   * Notes, in the page's clock (ms), each moment timeline entries arrive (an entry shows its time). Call it
   * before the build starts (the app moves to the progress page without reloading); read the moments with
   * the function it returns.
   */
  async recordTimelineArrivals(): Promise<() => Promise<number[]>> {
    await this.page.evaluate(() => {
      const moments: number[] = []
      ;(window as unknown as { __timelineArrivals: number[] }).__timelineArrivals = moments
      let seen = 0
      new MutationObserver(() => {
        const count = document.querySelectorAll('[aria-label="Build timeline"] li time').length
        if (count > seen) moments.push(performance.now())
        seen = count
      }).observe(document.body, { childList: true, subtree: true, characterData: true })
    })
    return () =>
      this.page.evaluate(() => (window as unknown as { __timelineArrivals: number[] }).__timelineArrivals)
  }

  /** The build reached its successful end (the pushed image is shown). */
  async expectSucceeded() {
    await expect(this.page.getByRole('heading', { name: 'Pushed image' })).toBeVisible({ timeout: 30_000 })
  }

  async expectOnProgressPage() {
    await expect(this.page).toHaveURL(/\/builds\/[0-9a-f-]{36}$/)
    await expect(this.stateLine()).toBeVisible()
  }
}
