import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '@/mocks/db'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { renderRoute, signIn } from '@/test/render-route'

const rows = () => [...db.containers.values()]

/** The search bodies the list sends (it reads through search to leave deleted containers out). */
function recordSearches() {
  const bodies: unknown[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/api/v2/containers/search'))
      void request
        .clone()
        .json()
        .then((b) => bodies.push(b))
  })
  return bodies
}

describe('/containers', () => {
  afterEach(() => server.events.removeAllListeners())

  it('sends a signed-out user to sign in, keeping where they were going', async () => {
    const { router } = await renderRoute('/containers?type=pedestal')
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ redirect: '/containers?type=pedestal' })
  })

  it('shows the first page with links, total and position', async () => {
    await signIn()
    await renderRoute('/containers')
    const table = await screen.findByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(21)
    expect(within(table).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/containers\/\d+$/),
    )
    const live = rows().filter((c) => c.status !== -1).length
    expect(
      screen.getByText(`Showing 1–20 of ${live} containers · page 1 of ${Math.ceil(live / 20)}`),
    ).toBeInTheDocument()
  })

  it('leaves deleted containers out by default (on the server); "Show deleted" brings them back, marked and not links', async () => {
    await signIn()
    const bodies = recordSearches()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers?size=50')
    const table = await screen.findByRole('table')
    expect(within(table).queryByText('Deleted')).not.toBeInTheDocument()
    expect(bodies.at(-1)).toMatchObject({ filters: [{ field: 'status', operator: 'ne', value: '-1' }] })

    await user.click(screen.getByLabelText('Show deleted containers'))
    expect(router.state.location.search).toEqual({ size: 50, deleted: 'shown' })
    await screen.findByText(
      `Showing 1–50 of ${rows().length} containers · page 1 of ${Math.ceil(rows().length / 50)}`,
    )
    const marked = within(screen.getByRole('table'))
      .getAllByRole('row')
      .filter((row) => row.textContent?.includes('Deleted'))
    expect(marked.length).toBeGreaterThan(0)
    // A deleted container has no page: its name is plain text, not a link to "Container not found".
    for (const row of marked) expect(within(row).queryByRole('link')).not.toBeInTheDocument()
  })

  it('says a page past the end is past the end, and links the last page with the filters kept', async () => {
    await signIn()
    const { router } = await renderRoute('/containers?type=algorithm&page=999')
    expect(
      await screen.findByRole('heading', { name: 'This page is past the end of the list' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('No containers match these filters')).not.toBeInTheDocument()
    const last = screen.getByRole('link', { name: 'Go to the last page' })
    await userEvent.click(last)
    await screen.findByRole('table')
    expect(router.state.location.search).toMatchObject({ type: 'algorithm' })
    expect(router.state.location.search.page).toBeGreaterThan(1)
    expect(router.state.location.search.page).toBeLessThan(999)

    await router.navigate({ href: '/containers?page=99' })
    expect(
      await screen.findByRole('heading', { name: 'This page is past the end of the list' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('No containers yet')).not.toBeInTheDocument()
  })

  it('filters through the URL with integer codes on the wire and names in the URL', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers')
    await screen.findByRole('table')
    await user.selectOptions(screen.getByLabelText('Type'), 'pedestal')
    const pedestals = rows().filter((c) => c.type === 2 && c.status !== -1).length
    await screen.findByText(new RegExp(`of ${pedestals} containers`))
    expect(router.state.location.search).toEqual({ type: 'pedestal' })
    for (const row of within(screen.getByRole('table')).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('Pedestal')
    }
  })

  it('hands the name box to the search page (the list endpoint cannot filter by name), filters kept', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers?type=algorithm')
    await screen.findByRole('table')
    expect(screen.getByRole('columnheader', { name: /^Created/ })).toHaveAttribute('aria-sort', 'descending')
    await user.type(screen.getByLabelText('Name'), 'scope{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe('/containers/search'), { timeout: 5000 })
    expect(router.state.location.search).toEqual({ q: 'scope', type: 'algorithm' })
  })

  it('falls back to defaults for a broken URL', async () => {
    await signIn()
    await renderRoute('/containers?page=-4&size=33&type=rocket')
    expect(await screen.findByText(/^Showing 1–20 of/)).toBeInTheDocument()
  })

  it('offers to clear filters when nothing matches', async () => {
    await signIn()
    server.use(...scenarios['empty-catalog'])
    const { router } = await renderRoute('/containers?status=disabled')
    const heading = await screen.findByRole('heading', { name: 'No containers match these filters' })
    await userEvent.click(within(heading.closest('section')!).getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toEqual({})
    expect(await screen.findByRole('heading', { name: 'No containers yet' })).toBeInTheDocument()
  })

  it('shows the server message and a retry when loading fails', async () => {
    await signIn()
    server.use(...scenarios['server-errors'])
    await renderRoute('/containers')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Failed to search containers: dial tcp mysql:3306: connect: connection refused',
    )
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table')).toBeInTheDocument()
  })

  it('shows a not-found page for unknown URLs', async () => {
    await signIn()
    await renderRoute('/nowhere')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })
})
