import { server } from './node'
import { scenarios } from './scenarios'
import { buildSeed } from './seed'
import { db } from './db'
import { users } from './db'
import { issueToken } from './tokens'

/** The mock backend must answer like the real v1.1.45 server, quirks included. */
const base = 'http://localhost/api/v2'
const token = (name: 'admin' | 'viewer' = 'admin') =>
  issueToken(users.find((u) => u.username === name)!).token

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw wire bodies of many shapes
type Envelope = { code: number; message: string; data?: any }

async function call(method: string, path: string, body?: unknown, as: 'admin' | 'viewer' | null = 'admin') {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(as ? { Authorization: `Bearer ${token(as)}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    json: text ? (JSON.parse(text) as Envelope) : null,
  }
}

const goodVersion = { name: '1.0.0', image_ref: 'docker.io/opspai/demo:v1' }

describe('seed', () => {
  it('is deterministic and starts with the platform seed containers', () => {
    const a = buildSeed(50)
    const b = buildSeed(50)
    expect(a).toEqual(b)
    expect(a.containers.slice(0, 5).map((c) => c.name)).toEqual([
      'detector',
      'traceback',
      'clickhouse',
      'ts',
      'ts_cn',
    ])
    expect(a.containers).toHaveLength(55)
    expect(new Set(a.containers.map((c) => c.name)).size).toBe(55)
  })

  it('scales to 10,000 containers quickly', () => {
    const started = performance.now()
    const big = buildSeed(10_000)
    expect(big.containers).toHaveLength(10_005)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('auth', () => {
  it('rejects calls without a well-formed bearer header with 401', async () => {
    expect((await call('GET', '/containers', undefined, null)).json).toMatchObject({
      code: 401,
      message: 'Unauthorized: authorization header is empty',
    })
    const lower = await fetch(`${base}/containers`, { headers: { Authorization: `bearer ${token()}` } })
    expect(lower.status).toBe(401)
  })

  it('logs in with the seed account and rejects bad usernames with the server text', async () => {
    const ok = await call('POST', '/auth/login', { username: 'admin', password: 'admin123' }, null)
    expect(ok.json?.message).toBe('Login successful')
    expect(ok.json?.data.expires_at).toMatch(/\+08:00$/)
    const badName = await call('POST', '/auth/login', { username: 'a!', password: 'x' }, null)
    expect(badName.json).toMatchObject({ code: 401, message: 'Invalid username name or password' })
    const wrong = await call('POST', '/auth/login', { username: 'admin', password: 'nope' }, null)
    expect(wrong.json?.message).toBe('Authentication failed: invalid username or password')
  })

  it('gives the read-only account 403 on writes but lets it build (build has no permission check)', async () => {
    const create = await call('POST', '/containers', { name: 'x', type: 0 }, 'viewer')
    expect(create.json).toMatchObject({ code: 403, message: 'Insufficient permissions' })
    const build = await call(
      'POST',
      '/containers/build',
      { image_name: 'x', github_repository: 'o/r', build_options: {} },
      'viewer',
    )
    expect(build.status).toBe(200)
  })
})

describe('containers', () => {
  it('lists newest first with string enums, deleted included, and validates the page size', async () => {
    const list = await call('GET', '/containers?page=1&size=50')
    expect(list.json?.data.items[0]).toMatchObject({
      type: expect.stringMatching(/algorithm|benchmark|pedestal/),
    })
    const times = list.json?.data.items.map((c: { created_at: string }) => Date.parse(c.created_at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect((await call('GET', '/containers?size=25')).json?.message).toBe(
      'Invalid request parameters: invalid page size: 25',
    )
    expect((await call('GET', '/containers?type=algorithm')).json?.message).toBe(
      'Invalid request format: strconv.ParseInt: parsing "algorithm": invalid syntax',
    )
    const deleted = await call('GET', '/containers?status=-1&size=50')
    expect(deleted.json?.data.items.every((c: { status: string }) => c.status === 'deleted')).toBe(true)
    expect(deleted.json?.data.pagination.total).toBeGreaterThan(0)
  })

  it('answers 500 "record not found" for a missing container and 400 for a bad id', async () => {
    expect((await call('GET', '/containers/99999')).json).toMatchObject({
      code: 500,
      message: 'failed to find container with id 99999: record not found',
    })
    expect((await call('GET', '/containers/abc')).json?.message).toBe('Invalid container ID')
  })

  it('returns null versions for a container without versions', async () => {
    const created = await call('POST', '/containers', { name: 'empty-one', type: 1 })
    expect(created.status).toBe(201)
    expect(created.json?.data).toMatchObject({
      name: 'empty-one',
      type: 'benchmark',
      is_public: true,
      status: 'enabled',
    })
    const detail = await call('GET', `/containers/${created.json?.data.id}`)
    expect(detail.json?.data.versions).toBeNull()
  })

  it('answers 409 only for a duplicate container name', async () => {
    const dup = await call('POST', '/containers', { name: ' detector ', type: 0 })
    expect(dup.json).toMatchObject({
      code: 409,
      message: 'failed to create container: Record already exists',
    })
  })

  it('rejects create bodies with the server messages', async () => {
    expect((await call('POST', '/containers', { name: 'x' })).json?.message).toBe(
      'Invalid request parameters: container type is required',
    )
    expect((await call('POST', '/containers', { name: 'x', type: 'algorithm' })).json?.message).toContain(
      'json: cannot unmarshal string into Go struct field CreateContainerReq.type of type consts.ContainerType',
    )
    expect((await call('POST', '/containers', { name: '   ', type: 0 })).json?.message).toBe(
      'Invalid request parameters: container name cannot be empty',
    )
    expect(
      (await call('POST', '/containers', { name: 'x', type: 0, version: { ...goodVersion, name: 'v1.0.0' } }))
        .json?.message,
    ).toMatch(
      /^Invalid request parameters: invalid container version request: invalid semantic version: v1\.0\.0/,
    )
  })
})

describe('versions', () => {
  it('reads only the capital-S Status query key', async () => {
    const id = 1
    await call('POST', `/containers/${id}/versions`, { ...goodVersion, name: '9.9.9' })
    const all = await call('GET', `/containers/${id}/versions?status=-1`)
    const onlyDeleted = await call('GET', `/containers/${id}/versions?Status=-1`)
    expect(all.json?.data.pagination.total).toBe(2)
    expect(onlyDeleted.json?.data.pagination.total).toBe(0)
    expect(all.json?.message).toBe('Container versions retrieved successfully')
  })

  it('answers 500 for a duplicate version name and adds :latest on read', async () => {
    const created = await call('POST', '/containers/1/versions', { name: '2.0.0', image_ref: 'ghcr.io/o/r' })
    expect(created.status).toBe(201)
    expect(created.json?.data.image_ref).toBe('ghcr.io/o/r')
    const detail = await call('GET', `/containers/1/versions/${created.json?.data.id}`)
    expect(detail.json?.data).toMatchObject({
      image_ref: 'ghcr.io/o/r:latest',
      env_vars: '',
      github_link: '',
    })
    const dup = await call('POST', '/containers/1/versions', { name: '2.0.0', image_ref: 'ghcr.io/o/r' })
    expect(dup.json).toMatchObject({
      code: 500,
      message: 'failed to batch create container versions: duplicated key not allowed',
    })
  })

  it('rejects a helm values object and a bad env key the way the server does', async () => {
    const helm = { chart_name: 'c', repo_name: 'r', repo_url: 'https://charts.example.org', ns_prefix: 'ts' }
    const object = await call('POST', '/containers/4/versions', {
      ...goodVersion,
      helm_config: { ...helm, values: {} },
    })
    expect(object.status).toBe(400)
    const env = await call('POST', '/containers/1/versions', {
      ...goodVersion,
      name: '3.0.0',
      env_vars: [{ key: 'lower' }],
    })
    expect(env.json).toMatchObject({ code: 500 })
    const ns = await call('POST', '/containers/4/versions', {
      ...goodVersion,
      name: '3.0.1',
      helm_config: { ...helm, ns_prefix: 'TS' },
    })
    expect(ns.json?.message).toBe(
      'Invalid request parameters: invalid helm config:  invalid namespace prefix: TS',
    )
  })
})

describe('search', () => {
  it('requires page and size', async () => {
    const res = await call('POST', '/containers/search', {})
    expect(res.status).toBe(400)
    expect(res.json?.message).toContain("'Page' failed on the 'min' tag")
  })

  it('fails with 500 on fields without a column, and on a two-ended date shortcut with 400', async () => {
    const image = await call('POST', '/containers/search', { page: 1, size: 10, image: 'nginx' })
    expect(image.status).toBe(500)
    expect(image.json?.message).toContain("Unknown column 'image'")
    const range = await call('POST', '/containers/search', {
      page: 1,
      size: 10,
      created_at: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
    })
    expect(range.json?.message).toBe(
      "Invalid search parameters: 'dbetween' operator requires exactly 2 values",
    )
  })

  it('filters through `filters`, ignores the status shortcut, and returns null items past the end', async () => {
    const res = await call('POST', '/containers/search', {
      page: 1,
      size: 1000,
      status: 1,
      filters: [{ field: 'status', operator: 'eq', value: '-1' }],
    })
    expect(res.json?.data.items.every((c: { status: string }) => c.status === 'deleted')).toBe(true)
    expect(res.json?.data.applied_filters).toEqual([{ field: 'status', operator: 'eq', value: '-1' }])
    const past = await call('POST', '/containers/search', { page: 999, size: 10 })
    expect(past.json?.data.items).toBeNull()
  })
})

describe('builds', () => {
  it('panics (500, empty body) without build_options', async () => {
    const res = await call('POST', '/containers/build', { image_name: 'x', github_repository: 'o/r' })
    expect(res.status).toBe(500)
    expect(res.text).toBe('')
  })

  const submit = async (body: Record<string, unknown> = {}) => {
    const res = await call('POST', '/containers/build', {
      image_name: 'demo',
      tag: 'v1',
      github_repository: 'o/r',
      build_options: {},
      ...body,
    })
    return res.json?.data as { trace_id: string; task_id: string }
  }
  const streamText = async (traceId: string, lastId = '0') => {
    const response = await fetch(`${base}/traces/${traceId}/stream?last_id=${lastId}`, {
      headers: { Authorization: `Bearer ${token()}` },
    })
    return { response, text: await response.text() }
  }

  // What the v1.1.45 consumer writes for a build (src/dto/trace.go); gin-contrib/sse v1.0.0 writes no space after
  // the colons; the data is dto.StreamEvent (timestamp omitted, payload only for task.state.update).
  it('streams task.started → Running → image.build.succeed (no payload) → end, byte for byte as gin writes it', async () => {
    const { trace_id, task_id } = await submit()
    const { response, text } = await streamText(trace_id)
    expect(response.headers.get('content-type')).toBe('text/event-stream;charset=utf-8')
    const frames = text.split('\n\n').filter(Boolean)
    expect(frames).toHaveLength(4)
    const [started, running, succeed, end] = frames.map((f) => f.split('\n'))
    expect(started![0]).toMatch(/^id:\d+-0$/)
    expect(started!.slice(1)).toEqual([
      'event:update',
      `data:{"task_id":"${task_id}","task_type":0,"file_name":"distribute_tasks.go","function_name":"aegis/service/consumer.dispatchTask","line":26,"event_name":"task.started"}`,
    ])
    expect(running![2]).toBe(
      `data:{"task_id":"${task_id}","task_type":0,"file_name":"build_container.go","function_name":"aegis/service/consumer.executeBuildContainer.func1","line":86,"event_name":"task.state.update","payload":{"task_state":"Running","msg":"building image for task ${task_id}"}}`,
    )
    expect(JSON.parse(succeed![2]!.slice('data:'.length))).toEqual({
      task_id,
      task_type: 0,
      file_name: 'build_container.go',
      function_name: 'aegis/service/consumer.executeBuildContainer.func1',
      line: 99,
      event_name: 'image.build.succeed',
    })
    // The stream closes after image.build.succeed: the Completed state update is never delivered.
    expect(end).toEqual(['event:end', 'data:<nil>'])
    expect(text).not.toContain('Completed')
    expect(text).not.toContain('10.10.10.240')
    const ids = [...text.matchAll(/^id:(.+)$/gm)].map((m) => m[1]!)
    const resumed = await streamText(trace_id, ids[1])
    expect(resumed.text).not.toContain('task.started')
    expect(resumed.text).toContain('image.build.succeed')
  })

  it("on failure sends task.retry.status, then the Error state with the server's reason, then end", async () => {
    server.use(...scenarios['build-fails'])
    const { trace_id } = await submit()
    const { text } = await streamText(trace_id)
    const names = [...text.matchAll(/"event_name":"([^"]+)"/g)].map((m) => m[1])
    expect(names).toEqual(['task.started', 'task.state.update', 'task.retry.status', 'task.state.update'])
    expect(text).toContain(
      '"payload":{"task_state":"Error","msg":"Task failed after 0 attempts, errors: [[failed to build and push image: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory]]"}',
    )
    expect(text).toMatch(/"line":292,"event_name":"task.retry.status"\}\n\n/)
    expect(text.endsWith('event:end\ndata:<nil>\n\n')).toBe(true)
  })

  it('when no build slot is free: no.token.available, then the Rescheduled state, then the build runs', async () => {
    server.use(...scenarios['build-queued'])
    const { text } = await streamText((await submit()).trace_id)
    expect([...text.matchAll(/"event_name":"([^"]+)"/g)].map((m) => m[1])).toEqual([
      'task.started',
      'no.token.available',
      'task.state.update',
      'task.started',
      'task.state.update',
      'image.build.succeed',
    ])
    expect(text).toContain(
      '{"task_state":"Rescheduled","msg":"failed to acquire build token within timeout, retrying later"}',
    )
  })

  it('stream-v1145: every stream is `end` with no data and then a JSON 500 body, before any update', async () => {
    server.use(...scenarios['stream-v1145'])
    const { response, text } = await streamText((await submit()).trace_id)
    expect(response.status).toBe(200)
    expect(text).toMatch(
      /^event:end\ndata:<nil>\n\n\{"code":500,"message":"failed to send stream events","timestamp":\d+\}$/,
    )
  })

  it('stream-idle-close: after 1 s without events the stream ends with a JSON 500 body; resuming goes on', async () => {
    server.use(...scenarios['stream-idle-close'])
    const { trace_id } = await submit()
    const first = await streamText(trace_id)
    expect(first.text).toContain('"task_state":"Running"')
    expect(first.text).toMatch(/\n\n\{"code":500,"message":"failed to read stream events","timestamp":\d+\}$/)
    expect(first.text).not.toContain('event:end')
    const lastId = [...first.text.matchAll(/^id:(.+)$/gm)].map((m) => m[1]!).at(-1)
    const second = await streamText(trace_id, lastId)
    expect(second.text).toContain('"event_name":"image.build.succeed"')
    expect(second.text.endsWith('event:end\ndata:<nil>\n\n')).toBe(true)
  })

  it("answers the stream's errors as the server does", async () => {
    const { trace_id } = await submit()
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await call('GET', `/traces/${unknown}/stream?last_id=0`)).json).toMatchObject({
      code: 500,
      message: `Failed to initialize trace stream: no tasks found for trace ID: ${unknown}`,
    })
    expect((await call('GET', `/traces/${trace_id}/stream`)).json?.message).toBe('Invalid request format')
    expect((await call('GET', `/traces/${trace_id}/stream?last_id=12`)).status).toBe(400)
    expect((await call('GET', '/traces/nope/stream?last_id=0')).json?.message).toBe('Invalid trace ID')
    expect((await call('GET', `/traces/${trace_id}/stream?last_id=0`, undefined, null)).status).toBe(401)
  })

  it('keeps created data in the store until reset', () => {
    expect(db.containers.size).toBeGreaterThan(300)
  })
})
