import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { apiBaseUrl } from '@/api/client'
import { containerKeys, containerQueries } from '@/api/containers'
import { goTrimSpace } from '@/lib/go-text'
import { parseImageRef } from '@/lib/image-ref'

/**
 * Where the server pushes built images: `<harbor.registry>/<harbor.namespace>`, server configuration that no
 * endpoint returns (`10.10.10.240/library` in the shipped config). It is a setting of this
 * browser, per API server, in localStorage (it is not a secret). Until it is set, it is guessed from the
 * most common registry/namespace among the image references of existing versions.
 */
const KEY_PREFIX = 'rcabench.registry-prefix.'
const storageKey = () => `${KEY_PREFIX}${apiBaseUrl()}`
const listeners = new Set<() => void>()

function read(): string {
  try {
    return localStorage.getItem(storageKey()) ?? ''
  } catch {
    return ''
  }
}

/** Saves the prefix (trimmed, without a trailing slash); '' forgets it. */
export function saveRegistryPrefix(value: string) {
  const clean = normalizeRegistryPrefix(value)
  try {
    if (clean) localStorage.setItem(storageKey(), clean)
    else localStorage.removeItem(storageKey())
  } catch {
    // Storage disabled: the setting lasts for this page only.
  }
  for (const listener of listeners) listener()
}

export const normalizeRegistryPrefix = (value: string) => goTrimSpace(value).replace(/\/+$/, '')

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(KEY_PREFIX)) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** `<registry>/<namespace>` of each reference; the most common one (ties: the first seen). */
export function mostCommonPrefix(imageRefs: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const ref of imageRefs) {
    const parsed = parseImageRef(ref)
    if (!parsed.ok || !parsed.namespace) continue
    const prefix = `${parsed.registry}/${parsed.namespace}`
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1)
  }
  let best: string | undefined
  let bestCount = 0
  for (const [prefix, count] of counts)
    if (count > bestCount) {
      best = prefix
      bestCount = count
    }
  return best
}

/** How many containers' versions are read for the guess (their details carry the versions). */
const GUESS_FROM = 10

/** The guess: the most common prefix among the versions of the most recently listed containers. */
function useGuessedPrefix(enabled: boolean): { guess?: string; loading: boolean } {
  const queryClient = useQueryClient()
  const list = useQuery({ ...containerQueries.list({ page: 1, size: GUESS_FROM }), enabled })
  const ids = enabled ? (list.data?.items ?? []).map((c) => c.id) : []
  // The details go through the cache under their own keys (as the detail page reads them); one that fails
  // only leaves its versions out of the guess. One query rather than useQueries, whose observer would
  // ride in the build form's first load for this guess alone.
  const details = useQuery({
    queryKey: [...containerKeys.all, 'registry-prefix-guess', ids],
    queryFn: () => Promise.allSettled(ids.map((id) => queryClient.fetchQuery(containerQueries.detail(id)))),
    enabled: ids.length > 0,
  })
  const refs = (details.data ?? []).flatMap((d) =>
    d.status === 'fulfilled' ? d.value.versions.map((v) => v.image_ref) : [],
  )
  const loading = enabled && (list.isPending || (ids.length > 0 && details.isPending))
  return { guess: mostCommonPrefix(refs), loading }
}

export type RegistryPrefix = {
  /** The prefix in use: the saved one, else the guess, else ''. */
  value: string
  source: 'saved' | 'guessed' | 'unknown'
  loading: boolean
  save: (value: string) => void
}

export function useRegistryPrefix(): RegistryPrefix {
  const saved = useSyncExternalStore(subscribe, read, () => '')
  const { guess, loading } = useGuessedPrefix(saved === '')
  if (saved) return { value: saved, source: 'saved', loading: false, save: saveRegistryPrefix }
  if (guess) return { value: guess, source: 'guessed', loading, save: saveRegistryPrefix }
  return { value: '', source: 'unknown', loading, save: saveRegistryPrefix }
}
