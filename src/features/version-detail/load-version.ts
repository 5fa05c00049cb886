import type { QueryClient } from '@tanstack/react-query'
import { notFound } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { isApiError } from '@/api/errors'
import { versionQueries } from '@/api/versions'

export type MissingRecord = { missing: 'container' | 'version' }

const isMissing = (error: unknown) => isApiError(error) && error.kind === 'not-found'

/**
 * Loads a container and one of its versions in parallel. The server looks a version up by id alone, so a
 * version that belongs to another container is treated as missing here, like one that does not exist.
 * Throws notFound({ data: { missing } }) so the page can say which of the two is missing.
 */
export async function loadVersionPage(queryClient: QueryClient, containerId: number, versionId: number) {
  const [container, version] = await Promise.allSettled([
    queryClient.ensureQueryData(containerQueries.detail(containerId)),
    queryClient.ensureQueryData(versionQueries.detail(containerId, versionId)),
  ])
  if (container.status === 'rejected') {
    if (isMissing(container.reason))
      throw notFound({ data: { missing: 'container' } satisfies MissingRecord })
    throw container.reason
  }
  const belongs = container.value.versions.some((v) => v.id === versionId)
  if (version.status === 'rejected') {
    if (isMissing(version.reason) || !belongs)
      throw notFound({ data: { missing: 'version' } satisfies MissingRecord })
    throw version.reason
  }
  if (!belongs) throw notFound({ data: { missing: 'version' } satisfies MissingRecord })
  return { container: container.value, version: version.value }
}
