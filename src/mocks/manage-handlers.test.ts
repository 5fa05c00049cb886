import { db, users } from './db'
import { issueToken } from './tokens'

/** The five management routes answer as the v1.1.45 server does, defects included. */
const base = 'http://localhost/api/v2'
const token = (name: 'admin' | 'viewer') => issueToken(users.find((u) => u.username === name)!).token

async function call(method: string, path: string, body?: unknown, as: 'admin' | 'viewer' = 'admin') {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token(as)}` },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    contentType: response.headers.get('Content-Type'),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw wire bodies of many shapes
    json: text ? (JSON.parse(text) as { code: number; message: string; data?: any }) : null,
  }
}

/** A live container that has at least two live versions. */
function containerWithVersions() {
  for (const c of db.containers.values()) {
    if (c.status !== 1) continue
    const versions = db.versionsOf(c.id).filter((v) => v.status === 1)
    if (versions.length >= 2) return { container: c, versions }
  }
  throw new Error('the seed has no container with two versions')
}

describe('PATCH /containers/{id} (update_container)', () => {
  it('answers 202 with the container without its README, and the detail then shows the change', async () => {
    const { container } = containerWithVersions()
    const res = await call('PATCH', `/containers/${container.id}`, { readme: '# New', is_public: false })
    expect(res.status).toBe(202)
    expect(res.json).toMatchObject({ code: 202, message: 'Container updated successfully' })
    expect(res.json?.data).toMatchObject({ id: container.id, is_public: false, status: 'enabled' })
    expect(res.json?.data).not.toHaveProperty('readme')
    expect(res.json?.data).not.toHaveProperty('labels')
    const detail = await call('GET', `/containers/${container.id}`)
    expect(detail.json?.data).toMatchObject({ readme: '# New', is_public: false })
  })

  it('leaves absent and null fields unchanged, and clears the README with ""', async () => {
    const { container } = containerWithVersions()
    const before = container.updated_at
    const res = await call('PATCH', `/containers/${container.id}`, { readme: null, status: 0 })
    expect(res.json?.data).toMatchObject({ status: 'disabled', is_public: container.is_public })
    expect(db.containers.get(container.id)!.updated_at).toBeGreaterThanOrEqual(before)
    await call('PATCH', `/containers/${container.id}`, { readme: '' })
    expect((await call('GET', `/containers/${container.id}`)).json?.data.readme).toBe('')
    expect((await call('PATCH', `/containers/${container.id}`, {})).status).toBe(202)
    expect((await call('PATCH', `/containers/${container.id}`, 'null')).status).toBe(202)
  })

  it('stores any status integer: -1 deletes without the cascade, 7 reads back as "unknown"', async () => {
    const { container, versions } = containerWithVersions()
    const odd = await call('PATCH', `/containers/${container.id}`, { status: 7 })
    expect(odd.json?.data.status).toBe('unknown')
    const deleted = await call('PATCH', `/containers/${container.id}`, { status: -1 })
    expect(deleted.status).toBe(202)
    expect(deleted.json?.data.status).toBe('deleted')
    expect(versions.every((v) => db.versions.get(v.id)!.status === 1)).toBe(true)
    // No undelete: a deleted container can never be changed again.
    expect((await call('PATCH', `/containers/${container.id}`, { status: 1 })).json).toMatchObject({
      code: 500,
      message: `failed to find container with id ${container.id}: record not found`,
    })
  })

  it('answers 500 "record not found" (not 404) for a missing, 0 or negative id, and 400 for bad input', async () => {
    for (const id of [99999, 0, -3])
      expect((await call('PATCH', `/containers/${id}`, { status: 1 })).json).toMatchObject({
        code: 500,
        message: `failed to find container with id ${id}: record not found`,
      })
    expect((await call('PATCH', '/containers/abc', {})).json?.message).toBe('Invalid container ID')
    expect((await call('PATCH', '/containers/1', '')).json?.message).toBe('Invalid request format: EOF')
    expect((await call('PATCH', '/containers/1', { status: 'enabled' })).json?.message).toBe(
      'Invalid request format: json: cannot unmarshal string into Go struct field UpdateContainerReq.status of type consts.StatusType',
    )
  })

  it('refuses the read-only account with 403', async () => {
    expect((await call('PATCH', '/containers/1', { status: 0 }, 'viewer')).json).toMatchObject({
      code: 403,
      message: 'Insufficient permissions',
    })
  })
})

describe('DELETE /containers/{id} (delete_container)', () => {
  it('answers 204 with no body and cascades to every version', async () => {
    const { container, versions } = containerWithVersions()
    const res = await call('DELETE', `/containers/${container.id}`)
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect(res.contentType).toMatch(/^application\/json/)
    expect(versions.every((v) => db.versions.get(v.id)!.status === -1)).toBe(true)
    // Detail rejects it; the list still returns it as deleted; its name is free again.
    expect((await call('GET', `/containers/${container.id}`)).json?.message).toMatch(/record not found$/)
    const listed = await call('GET', '/containers?status=-1&size=50')
    expect(listed.json?.data.items).toContainEqual(
      expect.objectContaining({ id: container.id, status: 'deleted' }),
    )
    expect((await call('POST', '/containers', { name: container.name, type: 0 })).status).toBe(201)
  })

  it('answers a real 404 for a missing, already deleted, 0 or negative id (not idempotent)', async () => {
    const { container } = containerWithVersions()
    expect((await call('DELETE', `/containers/${container.id}`)).status).toBe(204)
    for (const id of [container.id, 99999, 0, -1])
      expect(await call('DELETE', `/containers/${id}`)).toMatchObject({
        status: 404,
        json: { code: 404, message: `Record not found: container id ${id} not found` },
      })
    expect((await call('DELETE', '/containers/abc')).json?.message).toBe('Invalid container ID')
  })

  it('refuses the read-only account with 403 and deletes nothing', async () => {
    const { container } = containerWithVersions()
    expect((await call('DELETE', `/containers/${container.id}`, undefined, 'viewer')).status).toBe(403)
    expect(db.containers.get(container.id)!.status).toBe(1)
  })
})

describe('the broken routes', () => {
  it('DELETE …/versions/{B} soft-deletes container B (no cascade) and leaves the version alone', async () => {
    const { container, versions } = containerWithVersions()
    const version = versions[0]!
    const victim = [...db.containers.values()].find((c) => c.id === version.id && c.status !== -1)
    const res = await call('DELETE', `/containers/${container.id}/versions/${version.id}`)
    if (victim) {
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      expect(db.containers.get(victim.id)!.status).toBe(-1)
    } else {
      expect(res.json?.message).toBe(`Record not found: container version id ${version.id} not found`)
    }
    expect(db.versions.get(version.id)!.status).toBe(1)
    expect((await call('DELETE', `/containers/${container.id}/versions/999999`)).json).toMatchObject({
      code: 404,
      message: 'Record not found: container version id 999999 not found',
    })
    expect((await call('DELETE', `/containers/${container.id}/versions/0`)).json?.message).toBe(
      'Invalid container version ID',
    )
  })

  it('DELETE …/versions/{B} deletes an unrelated container when its id is B', async () => {
    const { container } = containerWithVersions()
    const unrelated = [...db.containers.values()].find((c) => c.status === 1 && c.id !== container.id)!
    expect((await call('DELETE', `/containers/${container.id}/versions/${unrelated.id}`)).status).toBe(204)
    expect(db.containers.get(unrelated.id)!.status).toBe(-1)
  })

  it('PATCH …/versions/{id} fails with 500 for every existing version and changes nothing', async () => {
    const { container, versions } = containerWithVersions()
    const version = versions[0]!
    const res = await call('PATCH', `/containers/${container.id}/versions/${version.id}`, { command: 'x' })
    expect(res.json).toMatchObject({
      code: 500,
      message:
        "failed to update container version: Error 3105 (HY000): The value specified for generated column 'active_name' in table 'containers' is not allowed.",
    })
    expect(db.versions.get(version.id)!.command).not.toBe('x')
    expect((await call('PATCH', `/containers/${container.id}/versions/999999`, {})).json?.message).toBe(
      'failed to find container version with id 999999: record not found',
    )
  })

  it('PATCH …/labels adds a new pair (the response lags one call behind) but can never remove one', async () => {
    const { container } = containerWithVersions()
    container.labels = []
    const added = await call('PATCH', `/containers/${container.id}/labels`, {
      add_labels: [{ key: 'zz-new', value: 'one' }],
    })
    expect(added.status).toBe(200)
    expect(added.json?.data).not.toHaveProperty('labels')
    const again = await call('PATCH', `/containers/${container.id}/labels`, {
      add_labels: [{ key: 'zz-new', value: 'one' }],
    })
    expect(again.status).toBe(500)
    const removed = await call('PATCH', `/containers/${container.id}/labels`, { remove_labels: ['zz-new'] })
    expect(removed.json?.message).toMatch(/^failed to batch decrease label usages/)
    const noMatch = await call('PATCH', `/containers/${container.id}/labels`, { remove_labels: ['nope'] })
    expect(noMatch).toMatchObject({ status: 500, text: '' })
    expect((await call('PATCH', `/containers/${container.id}/labels`, {})).json?.message).toBe(
      'Invalid request parameters: at least one of add_labels or remove_labels must be provided',
    )
  })
})
