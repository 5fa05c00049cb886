import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { containerKeys, type CreateContainerRequest } from './containers'
import type { CreateVersionRequest } from './versions'
import { containerSchema, versionSchema } from './wire'

/*
 * The create mutations, apart from the read queries in containers.ts and versions.ts: only the forms use
 * them, so the pages that only read do not load React Query's mutation code (as for manage.ts).
 */

export function useCreateContainer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateContainerRequest) =>
      unwrap(api.POST('/api/v2/containers', { body }), containerSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: containerKeys.all }),
  })
}

export function useCreateContainerVersion(containerId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateVersionRequest) =>
      unwrap(
        api.POST('/api/v2/containers/{container_id}/versions', {
          params: { path: { container_id: containerId } },
          body,
        }),
        versionSchema,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: containerKeys.all }),
  })
}
