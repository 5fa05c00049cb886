import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mswHttp } from 'msw'
import { db } from '@/mocks/db'
import { fail } from '@/mocks/http'
import { server } from '@/mocks/node'
import { renderRoute, signIn } from '@/test/render-route'

const patchOf = (respond: () => Response) => mswHttp.patch('*/api/v2/containers/:id', respond)

describe('/containers/$containerId/edit', () => {
  it('starts from the server values and sends only what changed, then shows the re-read container', async () => {
    await signIn()
    const sent: unknown[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH')
        void request
          .clone()
          .json()
          .then((b) => sent.push(b))
    })
    const { router } = await renderRoute('/containers/1/edit')
    const user = userEvent.setup()
    const readme = await screen.findByRole('textbox', { name: 'README' })
    expect(readme).toHaveValue(db.containers.get(1)!.readme)
    expect(screen.getByLabelText('Public')).toBeChecked()
    expect(screen.getByLabelText('Enabled')).toBeChecked()
    await user.click(screen.getByLabelText('Private'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'detector' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/containers/1')
    expect(sent).toEqual([{ is_public: false }])
    expect(within(document.querySelector('dl.facts')!).getByText('Private')).toBeInTheDocument()
    server.events.removeAllListeners()
  }, 20_000)

  it('says when nothing changed, and sends nothing', async () => {
    await signIn()
    let patches = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') patches++
    })
    await renderRoute('/containers/1/edit')
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing has changed yet')
    expect(patches).toBe(0)
    server.events.removeAllListeners()
  })

  it('keeps the input and shows the server error when the save fails', async () => {
    await signIn()
    server.use(
      patchOf(() =>
        fail(500, 'failed to update container: dial tcp mysql:3306: connect: connection refused'),
      ),
    )
    await renderRoute('/containers/1/edit')
    const user = userEvent.setup()
    const readme = await screen.findByRole('textbox', { name: 'README' })
    await user.clear(readme)
    await user.type(readme, 'New text')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('connection refused')
    expect(readme).toHaveValue('New text')
  })

  it('puts a decode error on the field it names', async () => {
    await signIn()
    server.use(
      patchOf(() =>
        fail(
          400,
          'Invalid request format: json: cannot unmarshal string into Go struct field UpdateContainerReq.status of type consts.StatusType',
        ),
      ),
    )
    await renderRoute('/containers/1/edit')
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('Disabled'))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    const status = screen.getByRole('group', { name: 'Status' })
    expect(await within(status).findByText(/UpdateContainerReq\.status/)).toBeInTheDocument()
  })

  it('says plainly when the container was deleted meanwhile', async () => {
    await signIn()
    await renderRoute('/containers/1/edit')
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('Disabled'))
    db.containers.get(1)!.status = -1
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('no longer exists on the server')
  })

  it('shows a deleted container as deleted, not as missing', async () => {
    await signIn()
    db.containers.get(1)!.status = -1
    await renderRoute('/containers/1/edit')
    expect(await screen.findByRole('heading', { name: 'Container deleted' })).toBeInTheDocument()
    expect(screen.getByText(/was deleted, together with all its versions/)).toHaveTextContent('detector')
  })
})
