import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fail, http } from '@/mocks/http'
import { db } from '@/mocks/db'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { renderRoute, signIn } from '@/test/render-route'
import { SAVED_SEARCHES_KEY } from './saved-searches'

/** Records the body of every search request the page sends. */
function recordSearches() {
  const bodies: unknown[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && request.url.endsWith('/api/v2/containers/search'))
      void request
        .clone()
        .json()
        .then((b) => bodies.push(b))
  }
  server.events.on('request:start', listener)
  return bodies
}

afterEach(() => server.events.removeAllListeners())

// jsdom does no layout: give elements a size so the virtualized table renders the rows in view.
const sizes = ['clientHeight', 'clientWidth'] as const
const originals = sizes.map((key) => Object.getOwnPropertyDescriptor(Element.prototype, key))
beforeAll(() => {
  for (const key of sizes)
    Object.defineProperty(Element.prototype, key, { configurable: true, get: () => 600 })
})
afterAll(() => {
  sizes.forEach((key, i) => Object.defineProperty(Element.prototype, key, originals[i]!))
})

describe('/containers/search', () => {
  it('runs the query from the URL and shows total, position, chips and the exact request', async () => {
    await signIn()
    const bodies = recordSearches()
    await renderRoute(
      '/containers/search?q=ts&status=enabled&sort=%5B%7B%22field%22%3A%22name%22%2C%22direction%22%3A%22asc%22%7D%5D',
    )
    const table = await screen.findByRole('table', { name: /^Search results/ })
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1))
    expect(screen.getByText(/^Showing 1–\d+ of \d+ containers · page 1 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove filter: Status is Enabled' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove sort: Sorted by Name ascending' })).toBeInTheDocument()
    const expected = {
      page: 1,
      size: 20,
      keyword: 'ts',
      filters: [{ field: 'status', operator: 'eq', value: '1' }],
      sort: [{ field: 'name', direction: 'asc' }],
    }
    await waitFor(() => expect(bodies).toContainEqual(expected))
    await userEvent.click(await screen.findByText('Show request'))
    expect(screen.getByLabelText('JSON body')).toHaveTextContent(
      JSON.stringify(expected, null, 2).replace(/\s+/g, ' '),
    )
    expect(screen.getByLabelText('curl command')).toHaveTextContent('Authorization: Bearer $RCABENCH_TOKEN')
  })

  it('sorts by a column from its header: ascending, descending, then the server order', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/search')
    const table = await screen.findByRole('table', { name: /^Search results/ })
    const header = () => within(table).getByRole('columnheader', { name: /^Updated/ })
    expect(header()).not.toHaveAttribute('aria-sort')
    await user.click(within(header()).getByRole('button', { name: 'Updated' }))
    expect(router.state.location.search).toEqual({ sort: [{ field: 'updated_at', direction: 'asc' }] })
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'))
    await user.click(within(header()).getByRole('button', { name: 'Updated' }))
    expect(router.state.location.search).toEqual({ sort: [{ field: 'updated_at', direction: 'desc' }] })
    await waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'))
    await user.click(within(header()).getByRole('button', { name: 'Updated' }))
    expect(router.state.location.search).toEqual({})
  }, 15_000) // three searches through the real route tree on a loaded machine

  it("says a copied curl cannot reach the in-browser mock, and points it at a server's address", async () => {
    vi.stubEnv('VITE_API_MOCKING', 'true')
    await signIn()
    await renderRoute('/containers/search?q=ts')
    await userEvent.click(await screen.findByText('Show request'))
    expect(screen.getByRole('note')).toHaveTextContent('lives in this browser tab')
    const curl = screen.getByLabelText('curl command', { exact: true })
    expect(curl).toHaveTextContent("'http://your-rcabench-server:8082/api/v2/containers/search'")
    expect(curl).not.toHaveTextContent(window.location.origin)
    vi.unstubAllEnvs()
  })

  it('flags an invalid advanced filter at the field and sends nothing', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/search')
    await screen.findByRole('table')
    const bodies = recordSearches()
    await user.click(await screen.findByText('Advanced filters'))
    const builder = within(screen.getByRole('form', { name: 'Advanced filters' }))
    await user.click(builder.getByRole('button', { name: 'Add filter' }))
    await user.selectOptions(builder.getByLabelText('Field'), 'created_at')
    await user.selectOptions(builder.getByLabelText('Operator'), 'dbetween')
    await user.type(builder.getByLabelText('From'), '2025-03-01')
    await user.click(builder.getByRole('button', { name: 'Apply filters' }))
    const to = builder.getByLabelText('To')
    expect(to).toHaveAttribute('aria-invalid', 'true')
    expect(to).toHaveAccessibleDescription('Enter a value.')
    expect(to).toHaveFocus()
    expect(router.state.location.search).toEqual({})
    expect(bodies).toEqual([])
  })

  it('says when a link could not be read and uses the defaults', async () => {
    await signIn()
    await renderRoute('/containers/search?size=5000&type=rocket')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Part of this link could not be read')
    expect(alert).toHaveTextContent('page size (1–1,000), type')
    const live = [...db.containers.values()].filter((c) => c.status !== -1).length
    expect(await screen.findByText(new RegExp(`^Showing 1–20 of ${live} containers`))).toBeInTheDocument()
  })

  it('shows the server message when it rejects a search', async () => {
    await signIn()
    server.use(
      http.post('/api/v2/containers/search', () =>
        fail(400, "Invalid search parameters: 'in' operator requires values array"),
      ),
    )
    await renderRoute('/containers/search')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server rejected this search')
    expect(alert).toHaveTextContent("Invalid search parameters: 'in' operator requires values array")
  })

  it('falls back to the list endpoint when the server has no search, and says what is lost', async () => {
    await signIn()
    server.use(...scenarios['no-search'])
    await renderRoute('/containers/search?q=ts&type=pedestal&size=1000')
    const notice = await screen.findByText(/This server has no search endpoint/)
    expect(notice.closest('.alert')).toHaveTextContent(
      'Not applied: keyword “ts”, hiding deleted containers (they are shown and marked), page size 1000.',
    )
    expect(await screen.findByText(/^Showing 1–50 of 102 containers/)).toBeInTheDocument()
    expect(screen.queryByLabelText('Name contains')).not.toBeInTheDocument()
  })

  it('saves the current search and reopens it later', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/search?q=trace&type=algorithm&page=3')
    await user.click(await screen.findByText('Saved searches'))
    await user.click(screen.getByRole('button', { name: 'Save search' }))
    expect(screen.getByLabelText('Name for the current search')).toHaveAccessibleDescription(
      'Give this search a name.',
    )
    await user.type(screen.getByLabelText('Name for the current search'), 'My tracers')
    await user.click(screen.getByRole('button', { name: 'Save search' }))
    expect(screen.getByText('Saved “My tracers”.')).toBeInTheDocument()
    // Kept for the signed-in account only, and never with the session's token.
    const stored = localStorage.getItem(`${SAVED_SEARCHES_KEY}.admin`)
    expect(stored).toContain('My tracers')
    expect(stored).not.toMatch(/token|Bearer/i)
    await router.navigate({ to: '/containers/search', search: {} })
    await user.click(screen.getByRole('link', { name: 'My tracers' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'trace', type: 'algorithm' }))
  })

  it('focuses the keyword box with / and debounces typing into the URL', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers/search')
    await screen.findByRole('table')
    await user.keyboard('/')
    const box = screen.getByLabelText('Name contains')
    expect(box).toHaveFocus()
    await user.keyboard('clickhouse')
    expect(router.state.location.search).toEqual({})
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'clickhouse' }))
    expect(await screen.findByRole('link', { name: 'clickhouse' })).toBeInTheDocument()
    expect(box).toHaveValue('clickhouse')
  })
})
