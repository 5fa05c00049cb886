import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { renderRoute, signIn } from '@/test/render-route'

describe('/containers', () => {
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
    expect(screen.getByText(/^Showing 1–20 of 305 containers · page 1 of 16$/)).toBeInTheDocument()
  })

  it('filters through the URL with integer codes on the wire and names in the URL', async () => {
    await signIn()
    const user = userEvent.setup()
    const { router } = await renderRoute('/containers')
    await screen.findByRole('table')
    await user.selectOptions(screen.getByLabelText('Type'), 'pedestal')
    await screen.findByText(/of 102 containers/)
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
      'failed to list containers: dial tcp mysql:3306: connect: connection refused',
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
