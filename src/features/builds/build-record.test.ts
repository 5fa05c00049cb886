import { describe, expect, it } from 'vitest'
import { decodeTraceEvent, type TraceUpdate } from '@/api/trace-stream'
import {
  applyTraceUpdate,
  buildPhase,
  newBuildRecord,
  pushedImageRef,
  readBuildRecord,
  type BuildRecord,
} from './build-record'

const base: BuildRecord = newBuildRecord(
  { github_repository: 'acme/a', image_name: 'a', tag: '' },
  { trace_id: 'trace', task_id: '' },
  {},
  1000,
)

const update = (id: string, payload?: unknown, name = 'task.state.update'): TraceUpdate =>
  decodeTraceEvent(JSON.stringify({ task_id: 'task', task_type: 0, event_name: name, payload }), id)!

describe('applyTraceUpdate', () => {
  it('keeps every event in order with its time, state and message; image.build.succeed ends it', () => {
    let r = applyTraceUpdate(base, update('2000-0', undefined, 'task.started'), 5000)
    r = applyTraceUpdate(
      r,
      update('3000-1', { task_state: 'Running', msg: 'building image for task task' }),
      5000,
    )
    expect(buildPhase(r)).toBe('running')
    expect(r.finished).toBe(false)
    r = applyTraceUpdate(r, update('4000-2', undefined, 'image.build.succeed'), 5000)
    expect(r).toMatchObject({ taskId: 'task', lastId: '4000-2', outcome: 'succeeded', finished: true })
    expect(r.events).toEqual([
      { id: '2000-0', at: 2000, name: 'task.started' },
      {
        id: '3000-1',
        at: 3000,
        name: 'task.state.update',
        state: 'Running',
        message: 'building image for task task',
      },
      { id: '4000-2', at: 4000, name: 'image.build.succeed' },
    ])
    expect(buildPhase(r)).toBe('succeeded')
  })

  it('is idempotent: an event already seen (same id) changes nothing', () => {
    const once = applyTraceUpdate(base, update('2000-0', { task_state: 'Pending', msg: '' }))
    expect(applyTraceUpdate(once, update('2000-0', { task_state: 'Pending', msg: '' }))).toBe(once)
  })

  it("a failure keeps the server's reason; a late event never reopens a finished build", () => {
    const reason = 'Task failed after 0 attempts, errors: [[failed to build and push image: no Dockerfile]]'
    let r = applyTraceUpdate(base, update('2000-0', undefined, 'task.retry.status'))
    r = applyTraceUpdate(r, update('2000-1', { task_state: 'Error', msg: reason }))
    expect(r).toMatchObject({ outcome: 'failed', error: reason, finished: true })
    r = applyTraceUpdate(r, update('2000-2', undefined, 'image.build.succeed'))
    expect(r.outcome).toBe('failed')
  })

  it('waiting for a build slot reads as waiting, and unknown events are kept', () => {
    let r = applyTraceUpdate(base, update('1-0', undefined, 'no.token.available'))
    r = applyTraceUpdate(r, update('1-1', { task_state: 'Rescheduled', msg: 'retrying later' }))
    r = applyTraceUpdate(r, update('1-2', 'step 3/9', 'buildkit.progress'))
    expect(buildPhase(r)).toBe('waiting')
    expect(r.events.map((e) => e.name)).toEqual([
      'no.token.available',
      'task.state.update',
      'buildkit.progress',
    ])
  })
})

describe('pushedImageRef', () => {
  it('is <registry prefix>/<image name>:<tag or latest>, when the prefix is known', () => {
    expect(pushedImageRef(base)).toBeUndefined()
    expect(pushedImageRef({ ...base, registryPrefix: '10.10.10.240/library/' })).toBe(
      '10.10.10.240/library/a:latest',
    )
  })
})

describe('readBuildRecord', () => {
  it('drops anything not in the record (a token) and rejects what is not a record', () => {
    const clean = readBuildRecord({ ...base, github_token: 'ghp_x', token: 'y' })
    expect(clean).toEqual(base)
    expect(JSON.stringify(clean)).not.toContain('ghp_x')
    expect(readBuildRecord({ repository: 'a/b' })).toBeNull()
    expect(readBuildRecord('x')).toBeNull()
  })

  it('reads a record stored before events existed (steps/phase) without losing it', () => {
    // Finished without an outcome (an old record ended by `event: end`) is followed again.
    expect(
      readBuildRecord({ traceId: 't', phase: 'completed', steps: [{ state: 'Pending' }], finished: true }),
    ).toMatchObject({ traceId: 't', events: [], finished: false })
    expect(readBuildRecord({ ...base, finished: true, outcome: 'failed' })?.finished).toBe(true)
  })
})
