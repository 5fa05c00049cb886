import { api, unwrap } from './client'
import type { components } from './schema.gen'
import { readJwtClaims, startSession } from '@/lib/session'
import { loginResultSchema, profileSchema } from './wire'

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
