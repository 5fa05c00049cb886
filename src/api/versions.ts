import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { containerKeys } from './containers'
import type { components, paths } from './schema.gen'
import { pageSchema, versionDetailSchema, versionSchema } from './wire'

export type ListVersionsParams = NonNullable<
  paths['/api/v2/containers/{container_id}/versions']['get']['parameters']['query']
>
export type CreateVersionRequest = components['schemas']['CreateVersionRequest']

export const versionKeys = {
  all: (containerId: number) => [...containerKeys.detail(containerId), 'versions'] as const,
  list: (containerId: number, params: ListVersionsParams) =>
    [...versionKeys.all(containerId), 'list', params] as const,
  detail: (containerId: number, versionId: number) =>
    [...versionKeys.all(containerId), 'detail', versionId] as const,
}

const versionPageSchema = pageSchema(versionSchema)

export const versionQueries = {
  /** Note the capital S: the server reads `Status`, and silently ignores `status`. */
  list: (containerId: number, params: ListVersionsParams) =>
    queryOptions({
      queryKey: versionKeys.list(containerId, params),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/v2/containers/{container_id}/versions', {
            params: { path: { container_id: containerId }, query: params },
            signal,
          }),
          versionPageSchema,
        ),
      placeholderData: keepPreviousData,
    }),
  detail: (containerId: number, versionId: number) =>
    queryOptions({
      queryKey: versionKeys.detail(containerId, versionId),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/v2/containers/{container_id}/versions/{version_id}', {
            params: { path: { container_id: containerId, version_id: versionId } },
            signal,
          }),
          versionDetailSchema,
        ),
    }),
}
