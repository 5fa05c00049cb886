/**
 * The signed-in session: the bearer token, when it expires and who it belongs to.
 * Kept in sessionStorage, or localStorage when the user chose "keep me signed in".
 * Listeners hear every change, including "the server said 401".
 */
export type Session = {
  token: string
  username: string
  /** RFC 3339 from the login response, or the JWT `exp` for a pasted token; null when unknown. */
  expiresAt: string | null
  persistent: boolean
}

const STORAGE_KEY = 'rcabench.session'
type Listener = (session: Session | null, reason: 'signed-in' | 'signed-out' | 'expired') => void
const listeners = new Set<Listener>()
let current: Session | null | undefined

function storages(): Storage[] {
  if (typeof window === 'undefined') return []
  return [window.sessionStorage, window.localStorage]
}

function read(): Session | null {
  for (const storage of storages()) {
    const raw = storage.getItem(STORAGE_KEY)
    if (!raw) continue
    try {
      const parsed = JSON.parse(raw) as Partial<Session>
      if (typeof parsed.token === 'string' && parsed.token && typeof parsed.username === 'string') {
        return {
          token: parsed.token,
          username: parsed.username,
          expiresAt: typeof parsed.expiresAt === 'string' ? parsed.expiresAt : null,
          persistent: storage === window.localStorage,
        }
      }
    } catch {
      storage.removeItem(STORAGE_KEY)
    }
  }
  return null
}

export function getSession(): Session | null {
  if (current === undefined) current = read()
  if (current && isExpired(current)) {
    endSession('expired')
    return null
  }
  return current
}

export function isExpired(session: Session, now = Date.now()): boolean {
  if (!session.expiresAt) return false
  const at = Date.parse(session.expiresAt)
  return Number.isFinite(at) && at <= now
}

export function startSession(session: Session): void {
  for (const storage of storages()) storage.removeItem(STORAGE_KEY)
  forgetReadOnly()
  const target = session.persistent ? window.localStorage : window.sessionStorage
  target.setItem(STORAGE_KEY, JSON.stringify(session))
  current = session
  for (const listener of listeners) listener(session, 'signed-in')
}

/** Clears the stored session. `expired` is used when the server answered 401 or expires_at passed. */
export function endSession(reason: 'signed-out' | 'expired' = 'signed-out'): void {
  for (const storage of storages()) storage.removeItem(STORAGE_KEY)
  const had = current
  current = null
  forgetReadOnly()
  if (had !== null) for (const listener of listeners) listener(null, reason)
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Whether this session is known to be read-only: the server refused a write with 403. The profile carries
 * no roles, so this is learnt from the first refusal and kept until the session ends (in sessionStorage,
 * so a reload remembers it). `useWriteAccess()` (src/api/write-access.ts) reads it for the UI.
 */
const READ_ONLY_KEY = 'rcabench.read-only'
const accessListeners = new Set<() => void>()

export function isReadOnly(): boolean {
  const session = getSession()
  return Boolean(session) && storages()[0]?.getItem(READ_ONLY_KEY) === session!.username
}

export function markReadOnly(): void {
  const session = getSession()
  if (!session || isReadOnly()) return
  storages()[0]?.setItem(READ_ONLY_KEY, session.username)
  for (const listener of accessListeners) listener()
}

function forgetReadOnly(): void {
  if (!storages()[0]?.getItem(READ_ONLY_KEY)) return
  storages()[0]?.removeItem(READ_ONLY_KEY)
  for (const listener of accessListeners) listener()
}

export function subscribeWriteAccess(listener: () => void): () => void {
  accessListeners.add(listener)
  return () => accessListeners.delete(listener)
}
