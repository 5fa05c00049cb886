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
    await renderRoute('/containers/3/versions/new?imageRef=bitnami/redis:7')
    const image = await screen.findByLabelText('Image reference')
    expect(image).toHaveValue('bitnami/redis:7')
    await user.click(screen.getByRole('button', { name: 'Create version' }))
    expect(await screen.findByText('Enter a version name, like 1.2.0')).toBeInTheDocument()
    expect(image).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Use docker.io/bitnami/redis:7' }))
    expect(image).toHaveValue('docker.io/bitnami/redis:7')
    expect(versionsOf(3)).toHaveLength(before)
  })

  it('converts a typed GitHub link when the field is left, and lands on the new version after create', async () => {
    await signIn()
    const user = userEvent.setup({ delay: null })
    const { router } = await renderRoute('/containers/1/versions/new')
    await user.type(await screen.findByLabelText('Version name'), '3.0.0')
    await user.type(screen.getByLabelText('Image reference'), 'docker.io/opspai/detector:v3.0.0')
    const github = screen.getByLabelText('GitHub repository (optional)')
    await user.type(github, 'https://github.com/OperationsPAI/AegisLab')
    await user.tab()
    expect(github).toHaveValue('OperationsPAI/AegisLab')
    expect(github).not.toHaveAttribute('aria-invalid')
    expect(
      screen.getByText('Converted https://github.com/OperationsPAI/AegisLab to OperationsPAI/AegisLab.'),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Create version' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: /^detector 3\.0\.0/ }, { timeout: 5000 }),
    ).toBeInTheDocument()
    const created = versionsOf(1).find((v) => v.name === '3.0.0')!
    expect(router.state.location.pathname).toBe(`/containers/1/versions/${created.id}`)
    expect(screen.getByText('Version 3.0.0 of detector was created.')).toBeInTheDocument()
  }, 20_000)

  it('suggests nothing for a bare image name: docker.io/library/ is only for official images', async () => {
    await signIn()
    await renderRoute('/containers/1/versions/new?imageRef=newcomer-rca:latest')
    const image = await screen.findByLabelText('Image reference')
    expect(image).toHaveValue('newcomer-rca:latest')
    expect(screen.queryByRole('button', { name: /^Use docker\.io/ })).not.toBeInTheDocument()
  })

  it('offers the namespace prefix as a prefilled select, in plain words without server versions', async () => {
    await signIn()
    await renderRoute('/containers/4/versions/new')
    const prefix = await screen.findByRole('combobox', { name: 'Namespace prefix' })
    expect(prefix).toHaveValue('ts')
    expect(document.body).not.toHaveTextContent(/v1\.1\.45|shipped configuration|namespace_config/)
  })
})
