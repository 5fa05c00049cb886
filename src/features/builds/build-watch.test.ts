import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { submitBuild } from '@/api/builds'
import { getSession } from '@/lib/session'
import { server } from '@/mocks/node'
import { scenarios } from '@/mocks/scenarios'
import { signIn } from '@/test/render-route'
import { buildHistory } from './build-history'
import { newBuildRecord } from './build-record'
import { onBuildSettled, watchBuild } from './build-watch'

const request = {
  github_repository: 'acme/detector',
  image_name: 'detector',
  tag: '1.0.0',
  build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
}

describe('watchBuild', () => {
  it('follows a build to success and keeps its events in the history', async () => {
    await signIn()
    const submitted = await submitBuild(request)
    buildHistory.put(newBuildRecord(request, submitted, { registryPrefix: '10.10.10.240/library' }))
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(buildHistory.get(submitted.trace_id)?.finished).toBe(true))
    const record = buildHistory.get(submitted.trace_id)!
    expect(record).toMatchObject({ outcome: 'succeeded', registryPrefix: '10.10.10.240/library' })
    expect(record.events.map((e) => e.name)).toEqual([
      'task.started',
      'task.state.update',
      'image.build.succeed',
    ])
  })

  it('resumes after the stream drops and still reaches success', async () => {
    await signIn()
    server.use(...scenarios['stream-drops'])
    const submitted = await submitBuild(request)
    buildHistory.put(newBuildRecord(request, submitted, { registryPrefix: '10.10.10.240/library' }))
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(buildHistory.get(submitted.trace_id)?.finished).toBe(true), { timeout: 4000 })
    expect(buildHistory.get(submitted.trace_id)?.events.map((e) => e.name)).toEqual([
      'task.started',
      'task.state.update',
      'image.build.succeed',
    ])
  })

  it('v1.1.45: the stream ends before any update, so progress is unavailable, never finished', async () => {
    await signIn()
    server.use(...scenarios['stream-v1145'])
    const submitted = await submitBuild(request)
    buildHistory.put(newBuildRecord(request, submitted))
    const states: string[] = []
    const stop = onBuildSettled((traceId, state) => {
      if (traceId === submitted.trace_id) states.push(state.status)
    })
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(states).toEqual(['unavailable']))
    stop()
    expect(buildHistory.get(submitted.trace_id)).toMatchObject({ finished: false, events: [] })
  })

  it('ends the session when the stream answers 401', async () => {
    await signIn()
    const submitted = await submitBuild(request)
    buildHistory.put(newBuildRecord(request, submitted, { registryPrefix: '10.10.10.240/library' }))
    server.use(...scenarios['expired-session'])
    watchBuild(submitted.trace_id)
    await waitFor(() => expect(getSession()).toBeNull())
  })
})
