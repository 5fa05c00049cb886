import { api, unwrap } from './client'
import type { components } from './schema.gen'
import { startSession } from '@/lib/session'
import { loginResultSchema, profileSchema } from './wire'

/**
 * Reads `exp` and `username` from a JWT without verifying it (the server verifies). Here, beside its one
 * use, not in lib/session.ts, which every page loads.
 */
function readJwtClaims(token: string): { username?: string; expiresAt?: string } {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const claims = JSON.parse(json) as { exp?: unknown; username?: unknown }
    return {
      username: typeof claims.username === 'string' ? claims.username : undefined,
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : undefined,
    }
  } catch {
    return {}
  }
}

export type LoginRequest = components['schemas']['LoginRequest']

export async function login(body: LoginRequest, persistent: boolean) {
  const result = await unwrap(api.POST('/api/v2/auth/login', { body }), loginResultSchema)
  startSession({
    token: result.token,
    username: result.user.username,
    expiresAt: result.expires_at,
    persistent,
  })
  return result
}

/** Signs in with a pasted token: the profile call proves it works before the session is kept. */
export async function signInWithToken(token: string, persistent: boolean) {
  const profile = await unwrap(
    api.GET('/api/v2/auth/profile', { headers: { Authorization: `Bearer ${token}` } }),
    profileSchema,
  )
  const claims = readJwtClaims(token)
  startSession({ token, username: profile.username, expiresAt: claims.expiresAt ?? null, persistent })
  return profile
}
