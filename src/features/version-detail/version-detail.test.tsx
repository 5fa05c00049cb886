import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mswHttp } from 'msw'
import { rememberSentParameters } from '@/lib/sent-parameters'
import { insertVersion } from '@/mocks/handlers/containers'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { expectLoggedErrors, renderRoute, signIn } from '@/test/render-route'

const section = (name: string) => screen.getByRole('region', { name })

describe('/containers/$containerId/versions/$versionId', () => {
  it('shows the image split into parts, command, GitHub link, usage, env vars and Helm config', async () => {
    await signIn()
    await renderRoute('/containers/4/versions/4')
    expect(await screen.findByRole('heading', { level: 1, name: 'ts 1.0.0 Latest' })).toBeInTheDocument()
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(crumbs).getByRole('link', { name: 'Containers' })).toHaveAttribute('href', '/containers')
    expect(within(crumbs).getByRole('link', { name: 'ts' })).toHaveAttribute('href', '/containers/4')
    expect(within(crumbs).getByText('1.0.0')).toHaveAttribute('aria-current', 'page')
    expect(crumbs.querySelectorAll('[aria-current]')).toHaveLength(1)
    // One version only: one sentence, not "lowest" and "highest" side by side.
    expect(screen.getByText('This is the only version of this container.')).toBeInTheDocument()
    expect(screen.queryByText(/This is the (lowest|highest) version/)).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Other versions' })).not.toBeInTheDocument()

    const image = section('Image')
    expect(within(image).getAllByText('docker.io/opspai/ts-train-service:v1.0.0-213-gf9294111')).toHaveLength(
      1,
    )
    expect(within(image).getByRole('button', { name: 'Copy reference' })).toBeInTheDocument()
    expect(within(image).getByRole('button', { name: 'Copy pull command' })).toBeInTheDocument()
    expect(within(image).getAllByRole('button')).toHaveLength(2)
    for (const [, value] of [
      ['Registry', 'docker.io'],
      ['Namespace', 'opspai'],
      ['Repository', 'ts-train-service'],
      ['Tag', 'v1.0.0-213-gf9294111'],
    ] as const) {
      expect(within(image).getByText(value)).toBeInTheDocument()
    }

    const details = section('Details')
    expect(within(details).getByText("none (the image's own entrypoint runs)")).toBeInTheDocument()
    expect(within(details).getByRole('link', { name: /LGU-SE-Internal\/train-ticket/ })).toHaveAttribute(
      'href',
      'https://github.com/LGU-SE-Internal/train-ticket',
    )
    expect(within(details).getByText('used 0 times')).toBeInTheDocument()

    const helm = section('Helm config')
    expect(within(helm).getByText('train-ticket/trainticket')).toBeInTheDocument()
    expect(within(helm).getByText('https://lgu-se-internal.github.io/train-ticket')).toBeInTheDocument()
    expect(within(helm).getByText('ts')).toBeInTheDocument()

    const page = screen.getByRole('article')
    expect(within(page).getByRole('link', { name: 'New version from this one' })).toHaveAttribute(
      'href',
      '/containers/4/versions/new?from=4',
    )
    expect(within(page).getByRole('link', { name: 'Build image' })).toHaveAttribute(
      'href',
      '/builds/new?containerId=4',
    )
  })

  it('says when the GitHub link was not recorded and there is no Helm config', async () => {
    await signIn()
    const row = insertVersion(1, { name: '1.1.0', image_ref: 'docker.io/opspai/detector:v1.1.0' })
    await renderRoute(`/containers/1/versions/${row.id}`)
    const details = await screen.findByRole('region', { name: 'Details' })
    expect(within(details).getByText(/^not recorded/)).toBeInTheDocument()
    // The server keeps env vars but never returns them: never "none".
    expect(within(details).queryByText('none')).not.toBeInTheDocument()
    expect(within(details).getByText(/^not returned by the server/)).toBeInTheDocument()
    expect(within(section('Helm config')).getByText(/has no Helm config/)).toBeInTheDocument()
  })

  it('shows the env vars and Helm values this browser sent, labelled, without secret-looking ones', async () => {
    await signIn()
    const sent = {
      name: '1.1.0',
      image_ref: 'docker.io/opspai/ts-train-service:v1.1.0',
      env_vars: [
        { key: 'LOG_LEVEL', type: 0, default_value: 'debug', required: true },
        { key: 'WINDOW', type: 1, template_string: '{{ .Window }}' },
        { key: 'GITHUB_TOKEN', type: 0, default_value: 'ghp_x' },
      ],
      helm_config: {
        chart_name: 'trainticket',
        repo_name: 'train-ticket',
        repo_url: 'https://operationspai.github.io/train-ticket',
        ns_prefix: 'ts',
        values: [{ key: 'global.replicas', type: 0, default_value: '2' }],
      },
    }
    const row = insertVersion(4, sent) // the server stores them, and returns neither
    rememberSentParameters(row.id, sent)
    await renderRoute(`/containers/4/versions/${row.id}`)
    const details = await screen.findByRole('region', { name: 'Details' })
    expect(details).toHaveTextContent('LOG_LEVEL=debug (fixed, required)')
    expect(details).toHaveTextContent('WINDOW={{ .Window }} (dynamic)')
    expect(details).not.toHaveTextContent('GITHUB_TOKEN')
    expect(within(details).getByText(/As sent from this browser/)).toHaveTextContent('1 secret-looking entry')
    const helm = section('Helm config')
    expect(helm).toHaveTextContent('global.replicas=2 (fixed)')
    expect(within(helm).getByText(/As sent from this browser/)).toBeInTheDocument()
    expect(localStorage.getItem(`rcabench.sent-parameters.${row.id}`)).not.toContain('ghp_x')
  })

  it('links the previous and next version by semantic order and compares two side by side', async () => {
    await signIn()
    const v110 = insertVersion(1, {
      name: '1.10.0',
      image_ref: 'ghcr.io/opspai/detector:v1.10.0',
      command: 'python run.py',
    })
    const v090 = insertVersion(1, { name: '0.9.0', image_ref: 'docker.io/opspai/detector:v0.9.0' })
    const v120 = insertVersion(1, { name: '1.2.0', image_ref: 'docker.io/opspai/detector:v1.2.0' })
    const user = userEvent.setup()
    const { router } = await renderRoute(`/containers/1/versions/${v120.id}`)
    const others = await screen.findByRole('navigation', { name: 'Other versions' })
    expect(within(others).getByRole('link', { name: /Previous: 1\.0\.0/ })).toHaveAttribute(
      'href',
      '/containers/1/versions/1',
    )
    expect(within(others).getByRole('link', { name: /Next: 1\.10\.0/ })).toHaveAttribute(
      'href',
      `/containers/1/versions/${v110.id}`,
    )
    const options = within(screen.getByLabelText('Compare with')).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Choose a version…', '1.10.0', '1.0.0', '0.9.0'])
    expect(v090.id).toBeGreaterThan(0)

    await user.selectOptions(screen.getByLabelText('Compare with'), '1.10.0')
    expect(router.state.location.search).toEqual({ compare: v110.id })
    const table = await screen.findByRole('table', { name: 'Version 1.2.0 compared with version 1.10.0' })
    expect(await screen.findByText('4 of 12 fields differ; they are highlighted.')).toBeInTheDocument()
    const row = (label: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(`^${label}( \\(differs\\))?$`) })
        .closest('tr')!
    expect(row('Registry')).toHaveClass('differs')
    expect(row('Registry')).toHaveTextContent('docker.io')
    expect(row('Registry')).toHaveTextContent('ghcr.io')
    expect(row('Command')).toHaveClass('differs')
    expect(row('Namespace')).not.toHaveClass('differs')
    expect(row('Chart')).not.toHaveClass('differs')
  })

  it('shows not-found for a version of another container (the server does not check)', async () => {
    await signIn()
    await renderRoute('/containers/1/versions/4')
    expect(await screen.findByRole('heading', { name: 'Version not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: "See this container's versions" })).toHaveAttribute(
      'href',
      '/containers/1?tab=versions',
    )
  })

  it('shows not-found for a missing version, a missing container and non-numeric ids', async () => {
    await signIn()
    const { router } = await renderRoute('/containers/1/versions/999999')
    expect(await screen.findByRole('heading', { name: 'Version not found' })).toBeInTheDocument()
    await router.navigate({
      to: '/containers/$containerId/versions/$versionId',
      params: { containerId: 99999, versionId: 1 },
    })
    expect(await screen.findByRole('heading', { name: 'Container not found' })).toBeInTheDocument()
    await router.navigate({ href: '/containers/1/versions/abc' })
    expect(await screen.findByRole('heading', { name: 'Version not found' })).toBeInTheDocument()
    await router.navigate({ href: '/containers/x1/versions/1' })
    expect(await screen.findByRole('heading', { name: 'Container not found' })).toBeInTheDocument()
  })

  it("shows the server's message with a retry when loading fails", async () => {
    const logs = expectLoggedErrors()
    await signIn()
    server.use(...scenarios['server-errors'])
    await renderRoute('/containers/1/versions/1')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'failed to list containers: dial tcp mysql:3306: connect: connection refused',
    )
    // The route's error boundary caught it (dev builds log that); nothing else was logged.
    expect(logs.warn).toHaveBeenCalledWith(expect.stringMatching(/Error in route match/))
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'detector 1.0.0 Latest' }),
    ).toBeInTheDocument()
  })

  it('keeps the page when only the compared version fails, with a retry', async () => {
    await signIn()
    const other = insertVersion(1, { name: '1.1.0', image_ref: 'docker.io/opspai/detector:v1.1.0' })
    server.use(
      mswHttp.get(`*/api/v2/containers/1/versions/${other.id}`, () =>
        Response.json(
          { code: 500, message: 'failed to read version: driver: bad connection' },
          { status: 500 },
        ),
      ),
    )
    await renderRoute(`/containers/1/versions/1?compare=${other.id}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('failed to read version: driver: bad connection')
    expect(screen.getByRole('heading', { level: 1, name: /detector 1\.0\.0/ })).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: /compared with version 1\.1\.0/ })).toBeInTheDocument()
  })
})
