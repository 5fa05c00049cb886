import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mswHttp } from 'msw'
import { db } from '@/mocks/db'
import { insertVersion } from '@/mocks/handlers/containers'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { expectLoggedErrors, renderRoute, signIn } from '@/test/render-route'

/** Adds versions to the seeded `detector` (id 1, which has 1.0.0) in an order unlike their semantic order. */
function addDetectorVersions(names: string[]) {
  names.forEach((name, i) =>
    insertVersion(
      1,
      { name, image_ref: `docker.io/opspai/detector:v${name}`, command: 'bash /entrypoint.sh' },
      Date.UTC(2025, 1, 1) + i * 3600_000,
    ),
  )
}

/** Records the query string of every list_container_versions request. */
function recordVersionListQueries() {
  const seen: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (/\/containers\/\d+\/versions$/.test(url.pathname) && request.method === 'GET')
      seen.push(url.searchParams)
  })
  return seen
}

describe('/containers/$containerId', () => {
  // The README renderer is loaded on first use; transforming it once here keeps that out of the tests' time.
  beforeAll(() => import('@/components/markdown'), 30_000)
  afterEach(() => server.events.removeAllListeners())

  it('shows the header, the README and the latest version by semantic order', async () => {
    await signIn()
    addDetectorVersions(['1.10.0', '0.9.0', '1.9.0'])
    await renderRoute('/containers/1')
    expect(await screen.findByRole('heading', { level: 1, name: 'detector' })).toBeInTheDocument()
    expect(screen.getByText('Algorithm')).toBeInTheDocument()
    expect(screen.getByText('Public')).toBeInTheDocument()
    expect(screen.getByText('Enabled')).toBeInTheDocument()
    const latest = screen.getByRole('region', { name: 'Latest version' })
    expect(within(latest).getByRole('link', { name: '1.10.0' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/containers\/1\/versions\/\d+$/),
    )
    expect(latest).toHaveTextContent('4 versions in all')
    expect(within(latest).getByTitle('docker.io/opspai/detector:v1.10.0')).toHaveTextContent(
      'docker.io/opspai/detector:v1.10.0',
    )
    expect(within(latest).getByRole('button', { name: 'Copy pull command' })).toBeInTheDocument()
    // The README's own headings sit under the page's h1 (the renderer loads with the first README).
    expect(await screen.findByRole('heading', { level: 3, name: 'detector' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Usage' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'the RCABench docs' })).toHaveAttribute('target', '_blank')
    const page = screen.getByRole('article')
    expect(within(page).getByRole('link', { name: 'New version' })).toHaveAttribute(
      'href',
      '/containers/1/versions/new',
    )
    expect(within(page).getByRole('link', { name: 'Build image' })).toHaveAttribute(
      'href',
      '/builds/new?containerId=1',
    )
  })

  it('renders a hostile README as text and says when there is none', async () => {
    await signIn()
    db.containers.get(2)!.readme = '<script>window.pwned = true</script>\n\n[click](javascript:alert(1))'
    db.containers.get(3)!.readme = ''
    const { router } = await renderRoute('/containers/2')
    expect(await screen.findByText('click')).not.toHaveAttribute('href')
    expect(document.querySelector('.markdown script')).toBeNull()
    // Raw HTML reads as written, in a code block.
    expect(document.querySelector('.markdown pre code')).toHaveTextContent(
      '<script>window.pwned = true</script>',
    )
    await router.navigate({ to: '/containers/$containerId', params: { containerId: 3 } })
    expect(await screen.findByText('This container has no README yet.')).toBeInTheDocument()
  })

  it('pages through the versions tab with page, size, status and tab in the URL, Status sent capitalised', async () => {
    await signIn()
    addDetectorVersions(Array.from({ length: 12 }, (_, i) => `2.${i}.0`))
    db.versions.get(1)!.status = -1 // 1.0.0 is deleted
    const queries = recordVersionListQueries()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/1')
    await user.click(await screen.findByRole('tab', { name: 'Versions (13)' }))
    expect(router.state.location.search).toEqual({ tab: 'versions' })
    const table = await screen.findByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(11)
    expect(screen.getByText(/^Showing 1–10 of 13 versions · page 1 of 2$/)).toBeInTheDocument()
    // Newest created first, as the server orders them.
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2.11.0')
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Latest')

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText(/^Showing 11–13 of 13 versions/)).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ tab: 'versions', page: 2 })

    await user.selectOptions(screen.getByLabelText('Status'), 'enabled')
    expect(await screen.findByText(/^Showing 1–10 of 12 versions/)).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ tab: 'versions', status: 'enabled' })
    const last = queries.at(-1)!
    expect(last.get('Status')).toBe('1')
    expect(last.has('status')).toBe(false)

    await user.selectOptions(screen.getByLabelText('Rows per page'), '20')
    expect(await screen.findByText(/^Showing 1–12 of 12 versions/)).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ tab: 'versions', status: 'enabled', size: 20 })

    await user.selectOptions(screen.getByLabelText('Status'), 'deleted')
    expect(await screen.findByText(/^Showing 1–1 of 1 versions/)).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Status'), 'disabled')
    expect(await screen.findByRole('heading', { name: 'No disabled versions' })).toBeInTheDocument()
    // A long journey: on the shared 2-core machine it takes ~5 s, the default limit.
  }, 20_000)

  it('sorts versions by semantic version across pages', async () => {
    await signIn()
    addDetectorVersions(['1.10.0', '0.9.0', '1.9.0', '1.2.0-rc.1', '1.2.0'])
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/1?tab=versions&size=10')
    await screen.findByRole('table')
    await user.selectOptions(screen.getByLabelText('Sort'), 'semver-desc')
    expect(router.state.location.search).toEqual({ tab: 'versions', sort: 'semver-desc' })
    const names = async () =>
      within(await screen.findByRole('table'))
        .getAllByRole('link')
        .map((a) => a.textContent)
    await vi.waitFor(async () =>
      expect(await names()).toEqual(['1.10.0', '1.9.0', '1.2.0', '1.2.0-rc.1', '1.0.0', '0.9.0']),
    )
    await user.selectOptions(screen.getByLabelText('Sort'), 'semver-asc')
    await vi.waitFor(async () =>
      expect(await names()).toEqual(['0.9.0', '1.0.0', '1.2.0-rc.1', '1.2.0', '1.9.0', '1.10.0']),
    )
  })

  it('falls back to defaults for a broken URL', async () => {
    await signIn()
    const { router } = await renderRoute('/containers/1?tab=nope&page=-2&size=33&status=gone&sort=x')
    expect(await screen.findByRole('tab', { name: /Overview/, selected: true })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({})
  })

  it('shows a not-found page for a container that does not exist (the server answers 500)', async () => {
    await signIn()
    await renderRoute('/containers/99999')
    expect(await screen.findByRole('heading', { name: 'Container not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to all containers' })).toHaveAttribute(
      'href',
      '/containers',
    )
  })

  it('shows a not-found page for a non-numeric id without asking the server', async () => {
    await signIn()
    const queries: string[] = []
    server.events.on('request:start', ({ request }) => void queries.push(request.url))
    await renderRoute('/containers/abc')
    expect(await screen.findByRole('heading', { name: 'Container not found' })).toBeInTheDocument()
    expect(queries.filter((u) => u.includes('/containers/abc'))).toEqual([])
  })

  it("shows the server's message with a retry when loading fails", async () => {
    const logs = expectLoggedErrors()
    await signIn()
    server.use(...scenarios['server-errors'])
    await renderRoute('/containers/1')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'failed to list containers: dial tcp mysql:3306: connect: connection refused',
    )
    expect(screen.queryByRole('heading', { name: 'Container not found' })).not.toBeInTheDocument()
    // The route's error boundary caught it (dev builds log that); nothing else was logged.
    expect(logs.warn).toHaveBeenCalledWith(expect.stringMatching(/Error in route match/))
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'detector' })).toBeInTheDocument()
  })

  it('shows an error with retry inside the versions tab when only the list fails', async () => {
    await signIn()
    server.use(
      mswHttp.get('*/api/v2/containers/:id/versions', () =>
        Response.json(
          { code: 500, message: 'failed to list versions: driver: bad connection' },
          { status: 500 },
        ),
      ),
    )
    await renderRoute('/containers/1?tab=versions')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('failed to list versions: driver: bad connection')
    expect(screen.getByRole('heading', { level: 1, name: 'detector' })).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table')).toBeInTheDocument()
  })
})
