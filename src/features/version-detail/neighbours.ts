import { compareVersionNames } from '@/lib/semver'

export type Neighbours<T> = { previous?: T; next?: T }

/**
 * The versions just below and just above `id` in semantic order (not row or creation order). Names the
 * server would reject sort after every valid one, so they still get neighbours.
 */
export function versionNeighbours<T extends { id: number; name: string }>(
  versions: T[],
  id: number,
): Neighbours<T> {
  const ordered = [...versions].sort((a, b) => compareVersionNames(a.name, b.name) || a.id - b.id)
  const index = ordered.findIndex((v) => v.id === id)
  if (index === -1) return {}
  return { previous: ordered[index - 1], next: ordered[index + 1] }
}
