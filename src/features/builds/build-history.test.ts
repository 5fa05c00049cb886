import { afterEach, describe, expect, it } from 'vitest'
import { buildHistory, MAX_RECENT_BUILDS } from './build-history'
import type { BuildRecord } from './build-record'

const record = (traceId: string, submittedAt = 1): BuildRecord => ({
  traceId,
  repository: 'acme/a',
  imageName: 'a',
  tag: 'latest',
  submittedAt,
  events: [],
  finished: false,
  updatedAt: submittedAt,
})

afterEach(() => localStorage.clear())

describe('buildHistory', () => {
  it('adds, updates, lists newest first and notifies', () => {
    let calls = 0
    const stop = buildHistory.subscribe(() => calls++)
    buildHistory.put(record('a', 1))
    buildHistory.put(record('b', 2))
    buildHistory.update('a', (r) => ({ ...r, state: 'Running' }))
    expect(buildHistory.list().map((r) => r.traceId)).toEqual(['b', 'a'])
    expect(buildHistory.get('a')?.state).toBe('Running')
    expect(calls).toBe(3)
    stop()
    // The same array while nothing changed (useSyncExternalStore needs a stable snapshot).
    expect(buildHistory.list()).toBe(buildHistory.list())
  })

  it('never stores a token, even when a caller passes one', () => {
    buildHistory.put({ ...record('a'), github_token: 'ghp_secret' } as BuildRecord)
    expect(JSON.stringify({ ...localStorage })).not.toContain('ghp_secret')
  })

  it('keeps every field of the record on save, including optional ones (none is dropped silently)', () => {
    const full: Required<BuildRecord> = {
      ...record('full'),
      taskId: 'task',
      branch: 'dev',
      commit: 'abc1234',
      subPath: 'services/api',
      registryPrefix: '10.10.10.240/library',
      containerId: 7,
      events: [{ id: '1-0', at: 1, name: 'task.state.update', state: 'Running', message: 'm', source: 's' }],
      state: 'Running',
      outcome: 'succeeded',
      error: 'e',
      lastId: '1-0',
    }
    buildHistory.put(full)
    localStorage.setItem('rcabench.builds.anonymous', localStorage.getItem('rcabench.builds.anonymous')!)
    expect(JSON.parse(localStorage.getItem('rcabench.builds.anonymous')!)).toEqual([full])
    expect(buildHistory.get('full')).toEqual(full)
  })

  it(`keeps the ${MAX_RECENT_BUILDS} most recent builds`, () => {
    for (let i = 0; i < MAX_RECENT_BUILDS + 5; i++) buildHistory.put(record(`t${i}`, i))
    const list = buildHistory.list()
    expect(list).toHaveLength(MAX_RECENT_BUILDS)
    expect(list[0]!.traceId).toBe(`t${MAX_RECENT_BUILDS + 4}`)
  })

  it('survives damaged storage', () => {
    localStorage.setItem('rcabench.builds.anonymous', '{not json')
    expect(buildHistory.list()).toEqual([])
    localStorage.setItem('rcabench.builds.anonymous', JSON.stringify([{ nope: 1 }, record('ok')]))
    expect(buildHistory.list().map((r) => r.traceId)).toEqual(['ok'])
  })
})
