import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { containerKeys, containerQueries } from './containers'
import { ApiError } from './errors'
import type { components } from './schema.gen'
import { containerSchema } from './wire'

/**
 * The two management operations the dashboard uses (PATCH and DELETE on a container). The other three routes of v1.1.45
 * (version update, version delete, labels) are broken or destructive on that server and are never called:
 * the version delete removes the container whose id equals the version id.
 */
export type UpdateContainerRequest = components['schemas']['UpdateContainerRequest']

/** The dashboard only ever sends a status of 0 (disabled) or 1 (enabled); the server would store any. */
export type ContainerUpdate = Omit<UpdateContainerRequest, 'status'> & { status?: 0 | 1 }

/**
 * PATCH the container; the 202 carries no README, so the detail is read again before the mutation
 * resolves, and every list and search is marked stale.
 */
export function useUpdateContainer(id: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ContainerUpdate) =>
      unwrap(
        api.PATCH('/api/v2/containers/{container_id}', {
          params: { path: { container_id: id } },
          body,
        }),
        containerSchema,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: containerKeys.all, refetchType: 'none' })
      await queryClient.fetchQuery({ ...containerQueries.detail(id), staleTime: 0 })
    },
  })
}

/**
 * DELETE the container (its versions go with it; there is no undelete). Success is a 204 with no body,
 * so nothing is parsed. Lists and searches are refetched; the container's own detail and versions stay
 * until the page showing them is left: call `forgetContainer` then (removing them while they are on
 * screen would refetch them, and the server now answers "not found").
 */
export function useDeleteContainer(id: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      let response: Response
      try {
        ;({ response } = await api.DELETE('/api/v2/containers/{container_id}', {
          params: { path: { container_id: id } },
        }))
      } catch (error) {
        if (error instanceof ApiError) throw error
        throw new ApiError(0, 'The server could not be reached.', 'network', String(error))
      }
      if (!response.ok)
        throw new ApiError(response.status, 'The server sent an unexpected response.', 'unexpected')
    },
    onSuccess: async () => {
      const own = containerKeys.detail(id)
      await queryClient.invalidateQueries({
        queryKey: containerKeys.all,
        predicate: (query) => !own.every((part, i) => query.queryKey[i] === part),
      })
    },
  })
}

/** Drops a deleted container's detail, versions and version details from the cache. */
export function forgetContainer(queryClient: QueryClient, id: number) {
  queryClient.removeQueries({ queryKey: containerKeys.detail(id) })
}
