import { describe, expect, it, vi } from 'vitest'
import { batchSummary, runBatch, toBatchRows } from './batch-run'
import { parseBuildRequestFile } from './lib/batch-file'

const file = JSON.stringify([
  { github_repository: 'acme/a', image_name: 'a' },
  { github_repository: 'acme/b' },
  { github_repository: 'acme/c', image_name: 'c' },
  { github_repository: 'acme/d', image_name: 'd' },
])

describe('runBatch', () => {
  it('submits valid items one by one; a failure does not stop the rest; invalid items are never sent', async () => {
    const parsed = parseBuildRequestFile('builds.json', file)
    if (!parsed.ok) throw new Error(parsed.reason)
    const rows = toBatchRows(parsed.items)
    expect(rows.map((r) => r.status)).toEqual(['waiting', 'invalid', 'waiting', 'waiting'])
    const submit = vi.fn(async (req: { image_name: string }) => {
      if (req.image_name === 'c') throw new Error('failed to clone repository: exit status 128')
      return { trace_id: `trace-${req.image_name}`, task_id: 'task' }
    })
    const seen: string[] = []
    const done = await runBatch(rows, submit, (row) => seen.push(`${row.index}:${row.status}`), {
      token: 'ghp_x',
    })
    expect(submit).toHaveBeenCalledTimes(3)
    expect(
      submit.mock.calls.every(([req]) => (req as { github_token?: string }).github_token === 'ghp_x'),
    ).toBe(true)
    expect(submit.mock.calls[0]![0]).toMatchObject({
      build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
    })
    expect(seen).toEqual([
      '0:submitting',
      '0:submitted',
      '2:submitting',
      '2:failed',
      '3:submitting',
      '3:submitted',
    ])
    expect(done.map((r) => [r.status, r.traceId])).toEqual([
      ['submitted', 'trace-a'],
      ['invalid', undefined],
      ['failed', undefined],
      ['submitted', 'trace-d'],
    ])
    expect(done[2]!.messages).toEqual(['failed to clone repository: exit status 128'])
    expect(batchSummary(done)).toMatchObject({ total: 4, submitted: 2, failed: 1, invalid: 1, waiting: 0 })
  })

  it('stops before the next item when aborted', async () => {
    const parsed = parseBuildRequestFile('b.json', file)
    if (!parsed.ok) throw new Error(parsed.reason)
    const controller = new AbortController()
    const submit = vi.fn(async () => {
      controller.abort()
      return { trace_id: 't', task_id: 'k' }
    })
    const done = await runBatch(toBatchRows(parsed.items), submit, () => undefined, {
      signal: controller.signal,
    })
    expect(submit).toHaveBeenCalledTimes(1)
    expect(done.filter((r) => r.status === 'waiting')).toHaveLength(2)
  })
})
