import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '@/mocks/db'
import { renderRoute, signIn } from '@/test/render-route'

const versionsOf = (containerId: number) =>
  [...db.versions.values()].filter((v) => v.container_id === containerId)

describe('/containers/$containerId/versions/new', () => {
  it('starts from ?from=<version> of the same container and says what could not be copied', async () => {
    await signIn()
    const source = versionsOf(4)[0]!
    const { router } = await renderRoute(`/containers/4/versions/new?from=${source.id}`)
    expect(await screen.findByText(/^Started from version/)).toHaveTextContent(
      "The server does not return a version's env vars or Helm values",
    )
    expect(screen.getByLabelText('Namespace prefix')).toHaveValue('ts')
    expect((screen.getByLabelText('Image reference') as HTMLInputElement).value).not.toBe('')
    // The prefill params are consumed, so a reload restores the draft instead of prefilling again.
    expect(router.state.location.search).toEqual({})
  })

  it('turns KEY=value lines pasted into a Key box into one compact row each', async () => {
    await signIn()
    const user = userEvent.setup()
    await renderRoute('/containers/4/versions/new')
    await user.click(await screen.findByRole('button', { name: 'Add variable' }, { timeout: 5000 }))
    const env = screen.getByRole('group', { name: 'Environment variables' })
    await user.click(within(env).getByLabelText('Key'))
    await user.paste('LOG_LEVEL=info\nexport TIMEOUT=30\n')
    const rows = within(env).getAllByRole('group', { name: /^Variable \d/ })
    expect(rows).toHaveLength(2)
    expect(within(rows[0]!).getByLabelText('Key')).toHaveValue('LOG_LEVEL')
    expect(within(rows[0]!).getByLabelText('Default value')).toHaveValue('info')
    expect(within(rows[1]!).getByLabelText('Key')).toHaveValue('TIMEOUT')
    expect(within(rows[1]!).getByRole('button', { name: 'Remove variable 2' })).toBeInTheDocument()
    expect(within(env).getByRole('status')).toHaveTextContent('Read the pasted lines: 2 added.')
  }, 15_000) // the form's route loads lazily: slow on a loaded 2-core machine

  it('refuses ?from= of another container', async () => {
    await signIn()
    const other = versionsOf(1)[0]!
    await renderRoute(`/containers/4/versions/new?from=${other.id}`)
    expect(await screen.findByText(/is not a version of ts, so nothing was copied/)).toBeInTheDocument()
  })

  it('shows errors at the fields and sends nothing while a field is wrong', async () => {
    await signIn()
    const user = userEvent.setup()
    const before = versionsOf(3).length
    await renderRoute('/containers/3/versions/new?imageRef=nginx:1.25')
    const image = await screen.findByLabelText('Image reference')
    expect(image).toHaveValue('nginx:1.25')
    await user.click(screen.getByRole('button', { name: 'Create version' }))
    expect(await screen.findByText('Enter a version name, like 1.2.0')).toBeInTheDocument()
    expect(image).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Use docker.io/library/nginx:1.25' }))
    expect(image).toHaveValue('docker.io/library/nginx:1.25')
    expect(versionsOf(3)).toHaveLength(before)
  })
})
