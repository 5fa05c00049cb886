/**
 * Which forms on screen hold unsaved input, so actions outside them (signing out) can ask first. Forms
 * report through useLeaveGuard; each holder is a unique token, removed when the form goes away.
 */
const holders = new Set<symbol>()

export function holdUnsavedWork(): () => void {
  const token = Symbol('unsaved-work')
  holders.add(token)
  return () => void holders.delete(token)
}

export const hasUnsavedWork = () => holders.size > 0
