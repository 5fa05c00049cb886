import { useCallback, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { submitBuild } from '@/api/builds'
import { describeError } from '@/api/errors'
import { goTrimSpace } from '@/lib/go-text'
import { runBatch, toBatchRows, type BatchRow } from './batch-run'
import type { BuildFormValues } from './build-form-schema'
import { buildHistory } from './build-history'
import { newBuildRecord } from './build-record'
import { watchBuild } from './build-watch'
import type { BatchItem } from './lib/batch-file'

export type Batch = { name: string; rows: BatchRow[]; running: boolean }

/**
 * A batch of build requests from a file: submitted one by one (the form's GitHub token for all of them,
 * cleared afterwards), each followed like a single build.
 */
export function useBuildBatch({
  form,
  containerId,
  registryPrefix,
}: {
  form: UseFormReturn<BuildFormValues>
  containerId?: number
  registryPrefix: string
}) {
  const [batch, setBatch] = useState<Batch | null>(null)
  const openBatch = useCallback(
    (name: string, items: BatchItem[]) => setBatch({ name, rows: toBatchRows(items), running: false }),
    [],
  )

  const startBatch = useCallback(async () => {
    if (!batch || batch.running) return
    if (!(await form.trigger('github_token'))) return
    const token = goTrimSpace(form.getValues('github_token')) || undefined
    setBatch({ ...batch, running: true })
    const rows = await runBatch(
      batch.rows,
      submitBuild,
      (row) => {
        if (row.status === 'submitted' && row.traceId && row.request)
          buildHistory.put(
            newBuildRecord(
              row.request,
              { trace_id: row.traceId, task_id: '' },
              { containerId, registryPrefix },
            ),
          )
        if (row.traceId) watchBuild(row.traceId)
        setBatch(
          (current) =>
            current && { ...current, rows: current.rows.map((r) => (r.index === row.index ? row : r)) },
        )
      },
      { token, describe: (error) => describeError(error) },
    )
    form.setValue('github_token', '')
    setBatch((current) => current && { ...current, rows, running: false })
  }, [batch, form, containerId, registryPrefix])

  return { batch, openBatch, startBatch, clearBatch: useCallback(() => setBatch(null), []) }
}
