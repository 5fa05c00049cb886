import { describe, expect, it } from 'vitest'
import { applyTraceEvent, markFinished, sanitizeRecord, streamIdTime, type BuildRecord } from './build-record'

const base: BuildRecord = {
  traceId: 't1',
  repository: 'acme/a',
  imageName: 'a',
  tag: 'latest',
  submittedAt: 1000,
  phase: 'submitted',
  steps: [],
  finished: false,
  updatedAt: 1000,
}
const state = (value: string, extra: Record<string, unknown> = {}) => ({
  task_id: 'task',
  task_type: 0,
  event_name: 'task.state.update',
  payload: { state: value, ...extra },
})

describe('applyTraceEvent', () => {
  it('follows Pending → Running → Completed, then the pushed image', () => {
    let r = applyTraceEvent(base, state('Pending'), { id: '2000-0' }, 5000)
    r = applyTraceEvent(r, state('Running', { message: 'Cloning acme/a' }), { id: '3000-1' }, 5000)
    expect(r.phase).toBe('running')
    r = applyTraceEvent(r, state('Completed'), { id: '4000-2' }, 5000)
    r = applyTraceEvent(
      r,
      { task_id: 'task', task_type: 0, event_name: 'image.build.succeed', payload: 'reg.io/lib/a:latest' },
      { id: '4500-3' },
      5000,
    )
    expect(r).toMatchObject({
      phase: 'completed',
      imageRef: 'reg.io/lib/a:latest',
      lastId: '4500-3',
      taskId: 'task',
      steps: [
        { state: 'Pending', at: 2000 },
        { state: 'Running', at: 3000, message: 'Cloning acme/a' },
        { state: 'Completed', at: 4000 },
      ],
    })
    expect(markFinished(r).finished).toBe(true)
  })

  it('is idempotent when the stream replays events after a resume', () => {
    const once = applyTraceEvent(base, state('Pending'), { id: '2000-0' })
    const twice = applyTraceEvent(once, state('Pending'), { id: '2000-0' })
    expect(twice.steps).toHaveLength(1)
  })

  it('records the error text and finishes on Error', () => {
    const r = applyTraceEvent(base, state('Error', { error: 'no Dockerfile' }), { id: '2000-0' })
    expect(r).toMatchObject({ phase: 'failed', error: 'no Dockerfile', finished: true })
    expect(applyTraceEvent(base, state('Error'), {}).error).toMatch(/no reason/)
  })

  it('uses the receive time when the id carries no time, and ignores unknown events', () => {
    expect(applyTraceEvent(base, state('Pending'), {}, 777).steps[0]!.at).toBe(777)
    expect(streamIdTime('abc')).toBeUndefined()
    const r = applyTraceEvent(base, { task_id: 'x', task_type: 0, event_name: 'no.token.available' }, {}, 9)
    expect(r.steps).toEqual([])
  })
})

describe('sanitizeRecord', () => {
  it('keeps only the record fields (a token never survives)', () => {
    const clean = sanitizeRecord({ ...base, github_token: 'ghp_x', token: 'y', extra: 1 })
    expect(clean).toEqual(base)
    expect(JSON.stringify(clean)).not.toContain('ghp_')
  })
  it('rejects values without a trace id', () => {
    expect(sanitizeRecord({ repository: 'a/b' })).toBeNull()
    expect(sanitizeRecord('x')).toBeNull()
  })
})
