import { users } from '../db'
import { delay, fail, http, ok, readJson } from '../http'
import { goTime } from '../time'
import { authenticate, issueToken } from '../tokens'

export const authHandlers = [
  http.post('/api/v2/auth/login', async ({ request }) => {
    await delay()
    const read = await readJson(request)
    if (!read.ok) return fail(400, `Invalid request format: ${read.error}`)
    const body = (read.body ?? {}) as { username?: unknown; password?: unknown }
    const missing = [
      ['Username', body.username],
      ['Password', body.password],
    ]
      .filter(([, v]) => typeof v !== 'string' || v === '')
      .map(
        ([field]) =>
          `Key: 'LoginReq.${field}' Error:Field validation for '${field}' failed on the 'required' tag`,
      )
    if (missing.length) return fail(400, `Invalid request format: ${missing.join('\n')}`)
    const username = body.username as string
    if (!/^[a-zA-Z0-9_]{3,20}$/.test(username)) return fail(401, 'Invalid username name or password')
    const user = users.find((u) => u.username === username && u.password === body.password)
    if (!user) return fail(401, 'Authentication failed: invalid username or password')
    const { token, expiresAtMs } = issueToken(user)
    return ok(
      { token, expires_at: goTime(expiresAtMs), user: { id: user.id, username: user.username } },
      'Login successful',
    )
  }),

  http.get('/api/v2/auth/profile', async ({ request }) => {
    await delay()
    const auth = authenticate(request.headers.get('Authorization'))
    if ('error' in auth) return fail(401, auth.error)
    const { user } = auth
    return ok(
      {
        id: user.id,
        username: user.username,
        email: user.email,
        full_name: user.username === 'admin' ? 'Administrator' : 'Read-only viewer',
        created_at: goTime(Date.UTC(2025, 0, 1)),
      },
      'Profile retrieved successfully',
    )
  }),
]
