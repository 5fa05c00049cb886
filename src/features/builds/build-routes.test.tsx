import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { submitBuild } from '@/api/builds'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { renderRoute, signIn } from '@/test/render-route'
import { buildHistory } from './build-history'
import { newBuildRecord } from './build-record'
import { saveRegistryPrefix } from './registry-prefix'

const request = {
  github_repository: 'acme/detector',
  image_name: 'detector',
  tag: '1.0.0',
  build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
}

/** A build submitted through the API and kept in this browser's history, as the form does. */
async function submitted() {
  await signIn()
  const build = await submitBuild(request)
  buildHistory.put(newBuildRecord(request, build, { registryPrefix: '10.10.10.240/library' }))
  return build.trace_id
}

const stateLine = () => screen.getByTestId('build-state')
/** A long journey on a loaded machine: waits get more room than the 1 s default (no wall-clock assertion). */
const slow = { timeout: 8000 }

describe('/builds/new', () => {
  it('reads a dropped Dockerfile, shows where the image is pushed, submits and follows the build', async () => {
    await signIn()
    saveRegistryPrefix('10.10.10.240/library/')
    const user = userEvent.setup()
    const { router } = await renderRoute('/builds/new')
    const dockerfile = new File(['FROM python:3.11\nARG PORT=8080\n'], 'Dockerfile')
    await user.upload(screen.getByTestId('build-files-input'), dockerfile)
    expect(await screen.findByLabelText('Name of build arg 1', {}, slow)).toHaveValue('PORT')
    expect(screen.getByLabelText('Registry prefix')).toHaveValue('10.10.10.240/library')
    await user.type(screen.getByLabelText('GitHub repository'), 'acme/detector')
    await user.type(screen.getByLabelText('Image name'), 'detector')
    await user.type(screen.getByLabelText('Tag'), 'v1.2.0')
    expect(screen.getByTestId('pushed-as')).toHaveTextContent(
      'Pushed as 10.10.10.240/library/detector:v1.2.0',
    )
    await user.click(screen.getByRole('button', { name: 'Build image' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/builds\/[0-9a-f-]{36}$/), slow)
    expect(await screen.findByTestId('built-image-ref', {}, slow)).toHaveTextContent(
      '10.10.10.240/library/detector:v1.2.0',
    )
    expect(screen.getByText('docker pull 10.10.10.240/library/detector:v1.2.0')).toBeInTheDocument()
    // The container named like the image is preselected; the version name comes from the semver tag.
    await waitFor(
      () => expect(screen.getByLabelText('Container')).toHaveDisplayValue('detector (Algorithm)'),
      slow,
    )
    expect(screen.getByText(/version 1\.2\.0/)).toBeInTheDocument()
    expect(document.title).toBe('✓ Succeeded · Build of detector:v1.2.0 · RCABench')
  }, 30_000)
})

describe('/builds/$traceId', () => {
  it('shows every event of a successful build with its message', async () => {
    const traceId = await submitted()
    await renderRoute(`/builds/${traceId}`)
    const timeline = await screen.findByRole('list', { name: 'Build timeline' })
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(3))
    expect(within(timeline).getByText('Task started')).toBeInTheDocument()
    expect(within(timeline).getByText('State: Running')).toBeInTheDocument()
    expect(within(timeline).getByText(/^building image for task /)).toBeInTheDocument()
    expect(within(timeline).getByText('Image built and pushed')).toBeInTheDocument()
    expect(stateLine()).toHaveTextContent('State: Succeeded. The build has ended.')
  })

  it("shows a failed build with the server's reason", async () => {
    server.use(...scenarios['build-fails'])
    const traceId = await submitted()
    await renderRoute(`/builds/${traceId}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The build failed.')
    expect(alert).toHaveTextContent('Task failed after 0 attempts, errors: [[failed to build and push image:')
    expect(screen.queryByRole('heading', { name: 'Pushed image' })).not.toBeInTheDocument()
  })

  it('v1.1.45: says progress is unavailable and what to do, never that the build finished', async () => {
    server.use(...scenarios['stream-v1145'])
    const traceId = await submitted()
    await renderRoute(`/builds/${traceId}`)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This server could not report progress for this build.')
    expect(alert).toHaveTextContent('it may still be running')
    expect(alert).toHaveTextContent('docker pull 10.10.10.240/library/detector:1.0.0')
    expect(alert).toHaveTextContent('failed to send stream events')
    expect(stateLine()).toHaveTextContent('State: Submitted. Progress unavailable.')
    expect(screen.queryByText(/The build has ended/)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument()
    // Nothing suggests that more events are on their way.
    expect(screen.queryByText('waiting…')).not.toBeInTheDocument()
  })

  it('a stream that closes early shows "reconnecting…" and resumes to the result', async () => {
    server.use(...scenarios['stream-drops'])
    const traceId = await submitted()
    await renderRoute(`/builds/${traceId}`)
    expect(await screen.findByText(/reconnecting… \(attempt 1\)/)).toBeInTheDocument()
    expect(await screen.findByTestId('built-image-ref')).toHaveTextContent(
      '10.10.10.240/library/detector:1.0.0',
    )
  })

  it('an opted-in browser notification says how the build ended', async () => {
    const shown: { title: string; body?: string }[] = []
    vi.stubGlobal(
      'Notification',
      class {
        static permission = 'granted'
        static requestPermission = async () => 'granted'
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body })
        }
      },
    )
    try {
      localStorage.setItem('rcabench.build-notifications', '1')
      const traceId = await submitted()
      await renderRoute(`/builds/${traceId}`)
      await waitFor(() =>
        expect(shown).toEqual([{ title: 'Build succeeded: detector:1.0.0', body: 'acme/detector' }]),
      )
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('says when the server has no such build', async () => {
    await signIn()
    await renderRoute('/builds/00000000-0000-4000-8000-000000000000')
    expect(await screen.findByRole('heading', { name: 'Build not found' })).toBeInTheDocument()
  })
})

describe('the build form reads like a form', () => {
  it('shows a hint only where a rule is not obvious; the rest wait behind each label\'s "?"', async () => {
    await signIn()
    const user = userEvent.setup({ delay: null })
    await renderRoute('/builds/new')
    const form = await screen.findByRole('form', { name: /Build an image/ })
    const shown = [...form.querySelectorAll('.hint[id$="-hint"]')].map((hint) => hint.textContent)
    expect(shown).toEqual([
      expect.stringMatching(/never saved/),
      expect.stringMatching(/not to the context dir/),
      expect.stringMatching(/ignores it/),
    ])
    // What only restated a default became the placeholder.
    expect(screen.getByLabelText('Branch')).toHaveAttribute('placeholder', 'main')
    expect(screen.getByLabelText('Tag')).toHaveAttribute('placeholder', 'latest')
    const commit = screen.getByLabelText('Commit')
    expect(commit).not.toHaveAccessibleDescription()
    await user.click(within(form).getByRole('button', { name: 'Help', description: 'Commit' }))
    expect(commit).toHaveAccessibleDescription(/7 to 64 hex digits/)
  })
})
