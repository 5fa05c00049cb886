import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type { components, paths } from './schema.gen'
import { containerDetailSchema, containerSchema, pageSchema, searchResultSchema } from './wire'

export type ListContainersParams = NonNullable<paths['/api/v2/containers']['get']['parameters']['query']>
export type SearchRequest = components['schemas']['SearchRequest']
export type CreateContainerRequest = components['schemas']['CreateContainerRequest']

export const containerKeys = {
  all: ['containers'] as const,
  lists: () => [...containerKeys.all, 'list'] as const,
  list: (params: ListContainersParams) => [...containerKeys.lists(), params] as const,
  search: (body: SearchRequest) => [...containerKeys.all, 'search', body] as const,
  details: () => [...containerKeys.all, 'detail'] as const,
  detail: (id: number) => [...containerKeys.details(), id] as const,
}

const containerPageSchema = pageSchema(containerSchema)

export const containerQueries = {
  list: (params: ListContainersParams) =>
    queryOptions({
      queryKey: containerKeys.list(params),
      queryFn: ({ signal }) =>
        unwrap(api.GET('/api/v2/containers', { params: { query: params }, signal }), containerPageSchema),
      placeholderData: keepPreviousData,
    }),
  search: (body: SearchRequest) =>
    queryOptions({
      queryKey: containerKeys.search(body),
      queryFn: ({ signal }) =>
        unwrap(api.POST('/api/v2/containers/search', { body, signal }), searchResultSchema),
      placeholderData: keepPreviousData,
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: containerKeys.detail(id),
      queryFn: ({ signal }) =>
        unwrap(
          api.GET('/api/v2/containers/{container_id}', { params: { path: { container_id: id } }, signal }),
          containerDetailSchema,
        ),
    }),
}

export function useCreateContainer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateContainerRequest) =>
      unwrap(api.POST('/api/v2/containers', { body }), containerSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: containerKeys.all }),
  })
}
