import { goTrimSpace } from '../go-parsers'
import { db, splitStoredRef, type ContainerRow, type VersionRow } from '../db'
import { fail, http, ok, readJson } from '../http'
import { containerRequestProblem, versionRequestProblem, versionStorageProblem } from '../rules'
import { searchContainers } from '../search'
import { goTime } from '../time'
import { guarded } from './guard'

/** Parses a query integer like gin's form binding (strconv.ParseInt). */
export function queryInt(
  value: string | null,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  if (value === null || value === '') return { ok: true, value: undefined }
  if (!/^[+-]?\d+$/.test(value))
    return {
      ok: false,
      message: `Invalid request format: strconv.ParseInt: parsing "${value}": invalid syntax`,
    }
  return { ok: true, value: Number(value) }
}

export function pageParams(query: URLSearchParams): { page: number; size: number } | { message: string } {
  const page = queryInt(query.get('page'))
  if (!page.ok) return page
  const size = queryInt(query.get('size'))
  if (!size.ok) return size
  const p = page.value || 1
  const s = size.value || 20
  if (p < 1) return { message: 'Invalid request parameters: page must be at least 1' }
  if (![10, 20, 50].includes(s)) return { message: `Invalid request parameters: invalid page size: ${s}` }
  return { page: p, size: s }
}

export function paginate<T>(rows: T[], page: number, size: number) {
  return {
    items: rows.slice((page - 1) * size, page * size),
    pagination: { page, size, total: rows.length, total_pages: Math.ceil(rows.length / size) },
  }
}

const newestFirst = (a: { created_at: number; id: number }, b: { created_at: number; id: number }) =>
  b.created_at - a.created_at || b.id - a.id

function parsePathId(raw: string | readonly string[] | undefined): number | null {
  const text = String(raw ?? '')
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null
}

export const containerHandlers = [
  http.get(
    '/api/v2/containers',
    guarded('read', ({ request }) => {
      const query = new URL(request.url).searchParams
      const paging = pageParams(query)
      if ('message' in paging) return fail(400, paging.message)
      const type = queryInt(query.get('type'))
      if (!type.ok) return fail(400, type.message)
      if (type.value !== undefined && ![0, 1, 2].includes(type.value))
        return fail(400, `Invalid request parameters: invalid container type: ${type.value}`)
      const status = queryInt(query.get('status'))
      if (!status.ok) return fail(400, status.message)
      if (status.value !== undefined && ![-1, 0, 1].includes(status.value))
        return fail(400, `Invalid request parameters: invalid status value: ${status.value}.`)
      const rawPublic = query.get('is_public')
      let isPublic: boolean | undefined
      if (rawPublic !== null && rawPublic !== '') {
        if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(rawPublic)) isPublic = true
        else if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(rawPublic)) isPublic = false
        else
          return fail(
            400,
            `Invalid request format: strconv.ParseBool: parsing "${rawPublic}": invalid syntax`,
          )
      }
      const rows: ContainerRow[] = []
      for (const c of db.containers.values()) {
        if (type.value !== undefined && c.type !== type.value) continue
        if (status.value !== undefined && c.status !== status.value) continue
        if (isPublic !== undefined && c.is_public !== isPublic) continue
        rows.push(c)
      }
      rows.sort(newestFirst)
      const page = paginate(rows, paging.page, paging.size)
      return ok({ ...page, items: page.items.map(db.renderContainer) })
    }),
  ),

  http.post(
    '/api/v2/containers/search',
    guarded('read', async ({ request }) => {
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const result = searchContainers([...db.containers.values()], read.body)
      if ('status' in result) return fail(result.status, result.message)
      return ok({ ...result, items: result.items?.map(db.renderContainer) ?? null })
    }),
  ),

  http.get(
    '/api/v2/containers/{container_id}',
    guarded('read', ({ params }) => {
      const id = parsePathId(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const c = db.liveContainer(id)
      if (!c) return fail(500, `failed to find container with id ${id}: record not found`)
      const versions = db.versionsOf(id).sort((a, b) => a.id - b.id)
      return ok({
        ...db.renderContainer(c),
        readme: c.readme,
        versions: versions.length ? versions.map(db.renderVersion) : null,
      })
    }),
  ),

  http.post(
    '/api/v2/containers',
    guarded('write', async ({ request }) => {
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const problem = containerRequestProblem(read.body)
      if (problem) return fail(problem.status, problem.message)
      const body = read.body as Record<string, unknown>
      const name = goTrimSpace(body.name as string)
      if (Array.from(name).length > 128)
        return fail(
          500,
          "failed to create container: Error 1406 (22001): Data too long for column 'name' at row 1",
        )
      const lower = name.toLowerCase()
      for (const c of db.containers.values()) {
        if (c.status >= 0 && c.name.toLowerCase() === lower)
          return fail(409, 'failed to create container: Record already exists')
      }
      const version = body.version as Record<string, unknown> | undefined
      if (version) {
        const storage = versionStorageProblem(version, [], 'failed to create container version')
        if (storage) return fail(storage.status, storage.message)
      }
      const now = Date.now()
      const row: ContainerRow = {
        id: db.nextIds.container++,
        name,
        type: body.type as number,
        is_public: (body.is_public as boolean | undefined) ?? true,
        status: 1,
        readme: (body.readme as string | undefined) ?? '',
        created_at: now,
        updated_at: now,
        labels: [],
      }
      db.containers.set(row.id, row)
      if (version) insertVersion(row.id, version, now)
      db.changed()
      return ok(
        { ...db.renderContainer(row), created_at: goTime(now), updated_at: goTime(now) },
        'Container created successfully',
        201,
      )
    }),
  ),
]

/** Stores a validated CreateContainerVersionReq and returns the row. github_link is dropped, as on the server. */
export function insertVersion(
  containerId: number,
  body: Record<string, unknown>,
  now = Date.now(),
): VersionRow {
  const helm = body.helm_config as Record<string, unknown> | undefined
  const toParam = (category: 0 | 1) => (p: Record<string, unknown>) => ({
    key: p.key as string,
    type: ((p.type as number | undefined) ?? 0) as 0 | 1,
    category: ((p.category as number | undefined) ?? category) as 0 | 1,
    description: (p.description as string | undefined) ?? '',
    default_value: (p.default_value as string | undefined) ?? null,
    template_string: (p.template_string as string | undefined) ?? null,
    required: (p.required as boolean | undefined) ?? false,
  })
  const row: VersionRow = {
    id: db.nextIds.version++,
    container_id: containerId,
    name: goTrimSpace(body.name as string),
    ...splitStoredRef(goTrimSpace(body.image_ref as string)),
    command: (body.command as string | undefined) ?? '',
    github_link: '',
    usage: 0,
    status: 1,
    created_at: now,
    updated_at: now,
    env_vars: ((body.env_vars as Record<string, unknown>[] | undefined) ?? []).map(toParam(0)),
    helm: helm
      ? {
          id: db.nextIds.helm++,
          chart_name: goTrimSpace(helm.chart_name as string),
          repo_name: goTrimSpace(helm.repo_name as string),
          repo_url: goTrimSpace(helm.repo_url as string),
          ns_prefix: goTrimSpace(helm.ns_prefix as string),
          values: ((helm.values as Record<string, unknown>[] | undefined) ?? []).map(toParam(1)),
        }
      : null,
  }
  db.versions.set(row.id, row)
  return row
}

export const versionHandlers = [
  http.get(
    '/api/v2/containers/{container_id}/versions',
    guarded('read', ({ params, request }) => {
      const id = parsePathId(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const query = new URL(request.url).searchParams
      const paging = pageParams(query)
      if ('message' in paging) return fail(400, paging.message)
      // The DTO has no form tag: only `Status` (capital S) is read; `status` is silently ignored.
      const status = queryInt(query.get('Status'))
      if (!status.ok) return fail(400, status.message)
      if (status.value !== undefined && ![-1, 0, 1].includes(status.value))
        return fail(400, `Invalid request parameters: invalid status value: ${status.value}.`)
      const rows = db
        .versionsOf(id)
        .filter((v) => status.value === undefined || v.status === status.value)
        .sort(newestFirst)
      const page = paginate(rows, paging.page, paging.size)
      return ok(
        { ...page, items: page.items.map(db.renderVersion) },
        'Container versions retrieved successfully',
      )
    }),
  ),

  http.post(
    '/api/v2/containers/{container_id}/versions',
    guarded('write', async ({ params, request }) => {
      const id = parsePathId(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const read = await readJson(request)
      if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
      const problem = versionRequestProblem(read.body, 'CreateContainerVersionReq')
      if (problem) return fail(problem.status, problem.message)
      const body = read.body as Record<string, unknown>
      if (!db.containers.has(id))
        return fail(
          500,
          'failed to create container version: Error 1452 (23000): Cannot add or update a child row: a foreign key constraint fails',
        )
      const existing = db
        .versionsOf(id)
        .filter((v) => v.status !== -1)
        .map((v) => v.name)
      const storage = versionStorageProblem(body, existing, 'failed to batch create container versions')
      if (storage) return fail(storage.status, storage.message)
      const row = insertVersion(id, body)
      db.changed()
      // The create response echoes the submitted (trimmed) reference, not the canonical read-back.
      return ok(
        {
          id: row.id,
          name: row.name,
          image_ref: goTrimSpace(body.image_ref as string),
          usage: 0,
          updated_at: goTime(row.updated_at),
        },
        'Container version created successfully',
        201,
      )
    }),
  ),

  http.get(
    '/api/v2/containers/{container_id}/versions/{version_id}',
    guarded('read', ({ params }) => {
      const id = parsePathId(params.container_id)
      if (id === null) return fail(400, 'Invalid container ID')
      const versionId = parsePathId(params.version_id)
      if (versionId === null) return fail(400, 'Invalid container version ID')
      if (!db.liveContainer(id)) return fail(500, `failed to find container with id ${id}: record not found`)
      // Looked up by id alone: the server does not check that it belongs to this container.
      const v = db.versions.get(versionId)
      if (!v) return fail(500, `failed to find container version with id ${versionId}: record not found`)
      return ok(db.renderVersionDetail(v))
    }),
  ),
]
