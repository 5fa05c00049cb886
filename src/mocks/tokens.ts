import { users, type User } from './db'

/**
 * JWT-shaped tokens the mock issues and verifies statelessly, so a token kept in the browser still works
 * after a reload re-creates the worker. The signature is a keyed hash: good enough to tell forged tokens.
 */
const SECRET = 'rcabench-mock-secret'
const TOKEN_LIFETIME_MS = 24 * 3600_000

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromB64url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'))

function sign(input: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  const data = `${SECRET}.${input}`
  for (let i = 0; i < data.length; i++) {
    const ch = data.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  return b64url(`${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}`)
}

export function issueToken(user: User, issuedAt = Date.now(), lifetimeMs = TOKEN_LIFETIME_MS) {
  const iat = Math.floor(issuedAt / 1000)
  const exp = Math.floor((issuedAt + lifetimeMs) / 1000)
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const payload = b64url(
    JSON.stringify({
      user_id: user.id,
      username: user.username,
      email: user.email,
      is_active: true,
      jti: `jwt_${user.id}_${iat}`,
      iss: 'rcabench',
      sub: String(user.id),
      iat,
      nbf: iat,
      exp,
    }),
  )
  return { token: `${header}.${payload}.${sign(`${header}.${payload}`)}`, expiresAtMs: exp * 1000 }
}

/** Verifies an Authorization header exactly as the JWT middleware does; returns the user or the 401 text. */
export function authenticate(header: string | null): { user: User } | { error: string } {
  if (!header) return { error: 'Unauthorized: authorization header is empty' }
  const parts = header.split(' ')
  if (parts.length !== 2 || parts[0] !== 'Bearer')
    return { error: 'Unauthorized: invalid authorization header format' }
  const token = parts[1]!
  if (!token) return { error: 'Unauthorized: token is required' }
  const [h, p, s] = token.split('.')
  if (!h || !p || !s)
    return {
      error:
        'Unauthorized: failed to parse token: token is malformed: token contains an invalid number of segments',
    }
  if (sign(`${h}.${p}`) !== s)
    return { error: 'Unauthorized: failed to parse token: token signature is invalid: signature is invalid' }
  let claims: { user_id?: number; exp?: number }
  try {
    claims = JSON.parse(fromB64url(p)) as typeof claims
  } catch {
    return { error: 'Unauthorized: failed to parse token: token is malformed: could not JSON decode claim' }
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
    return { error: 'Unauthorized: failed to parse token: token has invalid claims: token is expired' }
  }
  const user = users.find((u) => u.id === claims.user_id)
  if (!user) return { error: 'Unauthorized: failed to parse token: token has invalid claims: user not found' }
  return { user }
}
