import type { User } from '../db'
import { delay, fail } from '../http'
import { authenticate } from '../tokens'

/**
 * The server's middleware chain in front of every container route: latency, then the JWT check (401),
 * then the permission check (403 for a missing write or delete permission; `null` for build, which only
 * needs a valid token).
 */
export function guarded<I extends { request: Request }, R>(
  permission: 'read' | 'write' | 'delete' | null,
  resolver: (info: I & { user: User }) => R | Promise<R>,
) {
  return async (info: I) => {
    await delay()
    const auth = authenticate(info.request.headers.get('Authorization'))
    if ('error' in auth) return fail(401, auth.error)
    if (permission === 'write' && !auth.user.canWrite) return fail(403, 'Insufficient permissions')
    if (permission === 'delete' && !auth.user.canDelete) return fail(403, 'Insufficient permissions')
    return resolver({ ...info, user: auth.user })
  }
}
