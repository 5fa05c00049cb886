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

/**
 * How long a page that renders its own loading state waits, on entering it, for data already on its way.
 * Below the router's defaultPendingMs, so the previous page never gives way to a blank one.
 */
export const FIRST_RENDER_WAIT_MS = 100

/**
 * A list page's loader on entering the page: data that arrives within FIRST_RENDER_WAIT_MS (a deep link's
 * early request, a hover prefetch, a fast server) is in the page's first render, which then paints rows
 * instead of a skeleton that is replaced a frame later; slower data shows the page's loading rows. Never
 * throws: the page shows the query's own error.
 */
export function waitBriefly(load: Promise<unknown>, ms = FIRST_RENDER_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    void load.then(
      () => (clearTimeout(timer), resolve()),
      () => (clearTimeout(timer), resolve()),
    )
  })
}
