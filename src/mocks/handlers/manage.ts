import { HttpResponse } from 'msw'
import { db } from '../db'
import { fail, http, ok, panic, readJson } from '../http'
import { guarded } from './guard'

/**
 * The five management routes of v1.1.45, defects included: PATCH answers 202 without the
 * README and stores any status; DELETE cascades and answers 204 with no body, or a real 404; the version
 * PATCH always fails; the version DELETE soft-deletes the container whose id is the version id; label
 * removal always fails. The dashboard calls only the first two; the others are here so a test can prove
 * it never does, and so a wrong call meets what the real server would do.
 */

/** `strconv.Atoi` alone (update_container, delete_container, update_container_version): 0 and negatives pass. */
function atoi(raw: string | readonly string[] | undefined): number | null {
  const text = String(raw ?? '')
  return /^[+-]?\d+$/.test(text) ? Number(text) : null
}

/** `Atoi` and `> 0` (labels, version delete). */
function positiveId(raw: string | readonly string[] | undefined): number | null {
  const id = atoi(raw)
  return id !== null && id > 0 ? id : null
}

/** gin's 204: the body is dropped, the JSON content type is still sent. */
function noContent() {
  return new HttpResponse(null, {
    status: 204,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}

const jsonKind = (value: unknown) =>
  Array.isArray(value) ? 'array' : typeof value === 'boolean' ? 'bool' : typeof value

/** Go's decode error for a field of the wrong JSON type, or for a body that is not an object. */
function decodeProblem(
  body: unknown,
  struct: string,
  fields: Record<string, { go: string; accepts: (v: unknown) => boolean }>,
): string | null {
  if (body === null) return null
  if (typeof body !== 'object' || Array.isArray(body))
    return `json: cannot unmarshal ${jsonKind(body)} into Go value of type dto.${struct}`
  for (const [name, field] of Object.entries(fields)) {
    const value = (body as Record<string, unknown>)[name]
    if (value === undefined || value === null || field.accepts(value)) continue
    const kind = typeof value === 'number' ? `number ${value}` : jsonKind(value)
    return `json: cannot unmarshal ${kind} into Go struct field ${struct}.${name} of type ${field.go}`
  }
  return null
}

const isString = (v: unknown) => typeof v === 'string'
const isInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v)

const notFound = (id: number) => `failed to find container with id ${id}: record not found`

export const manageHandlers = [
  http.patch(
    '/api/v2/containers/{container_id}',
    guarded('write', async ({ params, request }) => {
      const id = atoi(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const problem = decodeProblem(read.body, 'UpdateContainerReq', {
        readme: { go: 'string', accepts: isString },
        is_public: { go: 'bool', accepts: (v) => typeof v === 'boolean' },
        status: { go: 'consts.StatusType', accepts: isInteger },
      })
      if (problem) return fail(400, `Invalid request format: ${problem}`)
      const c = db.liveContainer(id)
      if (!c) return fail(500, notFound(id))
      // Validate() is dead code on the server: any status integer is stored, -1 without the cascade.
      const body = (read.body ?? {}) as {
        readme?: string | null
        is_public?: boolean | null
        status?: number | null
      }
      if (body.readme != null) c.readme = body.readme
      if (body.is_public != null) c.is_public = body.is_public
      if (body.status != null) c.status = body.status
      c.updated_at = Date.now()
      db.touch('containers', id)
      db.changed()
      return ok(db.renderContainer(c), 'Container updated successfully', 202)
    }),
  ),

  http.delete(
    '/api/v2/containers/{container_id}',
    guarded('delete', ({ params }) => {
      const id = atoi(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const c = db.liveContainer(id)
      if (!c) return fail(404, `Record not found: container id ${id} not found`)
      for (const v of db.versionsOf(id)) {
        if (v.status === -1) continue
        v.status = -1
        db.touch('versions', v.id)
      }
      c.status = -1
      db.touch('containers', id)
      db.changed()
      return noContent()
    }),
  ),

  http.patch(
    '/api/v2/containers/{container_id}/labels',
    guarded('write', async ({ params, request }) => {
      const id = positiveId(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const body = (read.body ?? {}) as {
        add_labels?: { key?: string; value?: string }[] | null
        remove_labels?: string[] | null
      }
      const add = body.add_labels ?? []
      const remove = body.remove_labels ?? []
      if (!add.length && !remove.length)
        return fail(
          400,
          'Invalid request parameters: at least one of add_labels or remove_labels must be provided',
        )
      for (const [i, l] of add.entries()) {
        if (!l.key?.trim()) return fail(400, `Invalid request parameters: empty label key at index ${i}`)
        if (!l.value?.trim()) return fail(400, `Invalid request parameters: empty label value at index ${i}`)
      }
      for (const [i, key] of remove.entries())
        if (!key.trim())
          return fail(400, `Invalid request parameters: empty label key at index ${i} in remove_labels`)
      const c = db.liveContainer(id)
      if (!c) return fail(500, notFound(id))
      const before = c.labels.map((l) => ({ ...l }))
      for (const l of add) {
        if (l.key!.length > 20 || l.value!.length > 64)
          return fail(
            500,
            "failed to batch upsert labels: Error 1406 (22001): Data too long for column 'label_key' at row 1",
          )
        const pair = `${l.key}:${l.value}`.toLowerCase()
        const exists = [...db.containers.values()].some((other) =>
          other.labels.some((o) => `${o.key}:${o.value}`.toLowerCase() === pair),
        )
        // The upsert returns no id for an existing pair, so it is linked as label 0.
        if (exists)
          return fail(500, 'failed to add container-label associations: violates foreign key constraint')
      }
      if (remove.length) {
        const matches = c.labels.some((l) => remove.includes(l.key))
        if (matches)
          return fail(
            500,
            "failed to batch decrease label usages: Error 1366 (HY000): Incorrect integer value: 'GREATEST(0, usage_count - 1)' for column 'usage_count' at row 1",
          )
        // No key matched: the transaction commits the additions, then the handler hits a nil pointer.
        c.labels.push(...add.map((l) => ({ key: l.key!, value: l.value! })))
        db.touch('containers', id)
        db.changed()
        return panic()
      }
      c.labels.push(...add.map((l) => ({ key: l.key!, value: l.value! })))
      db.touch('containers', id)
      db.changed()
      // The labels were read before the commit: the response lags one call behind.
      return ok({ ...db.renderContainer(c), ...(before.length ? { labels: before } : {}) })
    }),
  ),

  http.patch(
    '/api/v2/containers/{container_id}/versions/{version_id}',
    guarded('write', async ({ params, request }) => {
      if (atoi(params.container_id) === null) return fail(400, 'Invalid container ID')
      const versionId = atoi(params.version_id)
      if (versionId === null) return fail(400, 'Invalid container version ID')
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const helm = (read.body as { helm_config?: { values?: unknown } } | null)?.helm_config
      if (helm && Array.isArray(helm.values))
        return fail(
          400,
          'Invalid request format: json: cannot unmarshal array into Go struct field UpdateHelmConfigReq.helm_config.values of type map[string]interface {}',
        )
      const v = db.versions.get(versionId)
      if (!v) return fail(500, `failed to find container version with id ${versionId}: record not found`)
      if (helm && !v.helm) {
        const setsField = ['repo_url', 'repo_name', 'chart_name', 'ns_prefix'].some(
          (k) => (helm as Record<string, unknown>)[k] != null,
        )
        if (setsField) return panic()
        return fail(500, 'failed to update helm config: invalid value, should be pointer to struct or slice')
      }
      // GORM's Save upserts the preloaded container with its generated column: MySQL refuses, all rolls back.
      return fail(
        500,
        "failed to update container version: Error 3105 (HY000): The value specified for generated column 'active_name' in table 'containers' is not allowed.",
      )
    }),
  ),

  http.delete(
    '/api/v2/containers/{container_id}/versions/{version_id}',
    guarded('delete', ({ params }) => {
      const versionId = positiveId(params.version_id)
      if (versionId === null) return fail(400, 'Invalid container version ID')
      // The server passes the version id to the *container* delete, without the cascade.
      const c = db.liveContainer(versionId)
      if (!c) return fail(404, `Record not found: container version id ${versionId} not found`)
      c.status = -1
      db.touch('containers', versionId)
      db.changed()
      return noContent()
    }),
  ),
]
