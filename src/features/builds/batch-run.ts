import type { components } from '@/api/schema.gen'
import type { BatchItem, BuildRequestDraft } from './lib/batch-file'
import { toBuildRequest } from './lib/build-request'

type BuildRequest = components['schemas']['BuildRequest']
type Submitted = { trace_id: string; task_id: string }

/** One row of a batch: what the file said, and what happened to it. */
export type BatchRow = {
  index: number
  request?: BuildRequestDraft
  status: 'invalid' | 'waiting' | 'submitting' | 'submitted' | 'failed'
  /** Validation problems (invalid) or the server's answer (failed). */
  messages: string[]
  traceId?: string
}

export const toBatchRows = (items: BatchItem[]): BatchRow[] =>
  items.map((item) =>
    item.ok && item.request
      ? { index: item.index, request: item.request, status: 'waiting', messages: [] }
      : {
          index: item.index,
          status: 'invalid',
          messages: item.errors ?? ['This item is not a build request'],
        },
  )

/**
 * Submits the waiting rows one by one. A failed row is recorded and the next one still goes; invalid rows
 * are never sent. `onChange` hears each row's new state; `signal` stops before the next row.
 */
export async function runBatch(
  rows: BatchRow[],
  submit: (request: BuildRequest) => Promise<Submitted>,
  onChange: (row: BatchRow) => void,
  options: { token?: string; signal?: AbortSignal; describe?: (error: unknown) => string } = {},
): Promise<BatchRow[]> {
  const describe = options.describe ?? ((e) => (e instanceof Error ? e.message : String(e)))
  const out = rows.map((r) => ({ ...r }))
  for (const row of out) {
    if (row.status !== 'waiting' || !row.request) continue
    if (options.signal?.aborted) break
    row.status = 'submitting'
    onChange({ ...row })
    try {
      const result = await submit(toBuildRequest(row.request, options.token))
      row.status = 'submitted'
      row.traceId = result.trace_id
      row.messages = []
    } catch (error) {
      row.status = 'failed'
      row.messages = [describe(error)]
    }
    onChange({ ...row })
  }
  return out
}

export const batchSummary = (rows: BatchRow[]) => {
  const count = (status: BatchRow['status']) => rows.filter((r) => r.status === status).length
  return {
    total: rows.length,
    invalid: count('invalid'),
    waiting: count('waiting'),
    submitted: count('submitted'),
    failed: count('failed'),
    running: count('submitting') > 0,
  }
}
