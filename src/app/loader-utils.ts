import { notFound } from '@tanstack/react-router'
import { isApiError } from '@/api/errors'

/** Runs a loader fetch; the server's "not found" (a 500 ending in "record not found") becomes notFound(). */
export async function ensureOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') throw notFound()
    throw error
  }
}

/** A path id the server would accept (a positive integer), or null. */
export function parseId(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null
}
