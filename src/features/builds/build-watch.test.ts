import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { submitBuild } from '@/api/builds'
import { getSession } from '@/api/session'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { signIn } from '@/test/render-route'
import { buildHistory } from './build-history'
import { watchBuild } from './build-watch'
import { recordFor } from './use-build-form'

const request = {
  github_repository: 'acme/detector',
  image_name: 'detector',
  tag: '1.0.0',
  build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
}

describe('watchBuild', () => {
  it('follows a build to Completed and keeps the pushed image in the history', async () => {
    await signIn()
    const submitted = await submitBuild(request)
    buildHistory.put(recordFor(request, submitted))
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(buildHistory.get(submitted.trace_id)?.finished).toBe(true))
    expect(buildHistory.get(submitted.trace_id)).toMatchObject({
      phase: 'completed',
      imageRef: '10.10.10.240/library/detector:1.0.0',
      steps: [{ state: 'Pending' }, { state: 'Running' }, { state: 'Completed' }],
    })
  })

  it('resumes after the stream drops and still reaches Completed', async () => {
    await signIn()
    server.use(...scenarios['stream-drops'])
    const submitted = await submitBuild(request)
    buildHistory.put(recordFor(request, submitted))
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(buildHistory.get(submitted.trace_id)?.finished).toBe(true), { timeout: 4000 })
    expect(buildHistory.get(submitted.trace_id)?.steps.map((s) => s.state)).toEqual([
      'Pending',
      'Running',
      'Completed',
    ])
  })

  it('ends the session when the stream answers 401', async () => {
    await signIn()
    const submitted = await submitBuild(request)
    buildHistory.put(recordFor(request, submitted))
    server.use(...scenarios['expired-session'])
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(getSession()).toBeNull())
  })
})
