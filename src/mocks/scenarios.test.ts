import { users } from './db'
import { server } from './node'
import { handlersFor } from './scenarios'
import { issueToken } from './tokens'

const admin = users.find((u) => u.username === 'admin')!
const create = (name: string) =>
  fetch('http://localhost/api/v2/containers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${issueToken(admin).token}` },
    body: JSON.stringify({ name, type: 0, is_public: true }),
  })

describe("scenario 'expire-on-write'", () => {
  it('answers 401 to the first write only, and again after being switched on afresh', async () => {
    server.use(...handlersFor(['expire-on-write']))
    expect((await create('first')).status).toBe(401)
    expect((await create('second')).status).toBe(201)

    server.resetHandlers()
    server.use(...handlersFor(['expire-on-write']))
    expect((await create('third')).status).toBe(401)
  })

  it('lets searches (reads sent as POST) through', async () => {
    server.use(...handlersFor(['expire-on-write']))
    const search = await fetch('http://localhost/api/v2/containers/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${issueToken(admin).token}` },
      body: JSON.stringify({ page: 1, size: 10 }),
    })
    expect(search.status).toBe(200)
  })
})
