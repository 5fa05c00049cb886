import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type { components, paths } from './schema.gen'
import { isApiError } from './errors'
import {
  containerDetailSchema,
  containerSchema,
  pageSchema,
  searchResultSchema,
  type Container,
  type Page,
} from './wire'

export type ListContainersParams = NonNullable<paths['/api/v2/containers']['get']['parameters']['query']>
export type SearchRequest = components['schemas']['SearchRequest']
export type CreateContainerRequest = components['schemas']['CreateContainerRequest']

export const containerKeys = {
  all: ['containers'] as const,
  lists: () => [...containerKeys.all, 'list'] as const,
  list: (params: ListContainersParams, hideDeleted = false) =>
    [...containerKeys.lists(), params, { hideDeleted }] as const,
  search: (body: SearchRequest) => [...containerKeys.all, 'search', body] as const,
  details: () => [...containerKeys.all, 'detail'] as const,
  detail: (id: number) => [...containerKeys.details(), id] as const,
}

const containerPageSchema = pageSchema(containerSchema)

/** A page of containers, and whether deleted ones were left out of it. */
export type ContainerPage = Page<Container> & { deletedHidden: boolean }

/** The list's filters as a search that leaves deleted containers out, ordered like the list. */
export function withoutDeleted(params: ListContainersParams): SearchRequest {
  return {
    page: params.page ?? 1,
    size: params.size ?? 20,
    ...(params.type !== undefined ? { type: String(params.type) as SearchRequest['type'] } : {}),
    filters: [
      { field: 'status', operator: 'ne', value: '-1' },
      ...(params.is_public !== undefined
        ? [{ field: 'is_public', operator: 'eq', value: params.is_public ? '1' : '0' } as const]
        : []),
    ],
    sort: [{ field: 'created_at', direction: 'desc' }],
  }
}

export const containerQueries = {
  /**
   * A page of the container list. `hideDeleted` leaves deleted containers out on the server: the list
   * endpoint filters one status only (`?status=`), so that page comes from the search endpoint with
   * `status ne -1` (a column and operator the search endpoint honours), newest first like the list. A server without the
   * search endpoint gets the plain list instead, and the result says deleted ones are included.
   */
  list: (params: ListContainersParams, hideDeleted = false) =>
    queryOptions({
      queryKey: containerKeys.list(params, hideDeleted),
      queryFn: async ({ signal }): Promise<ContainerPage> => {
        const plain = async () => ({
          ...(await unwrap(
            api.GET('/api/v2/containers', { params: { query: params }, signal }),
            containerPageSchema,
          )),
          deletedHidden: params.status !== undefined && params.status !== -1,
        })
        if (!hideDeleted || params.status !== undefined) return plain()
        try {
          const found = await unwrap(
            api.POST('/api/v2/containers/search', { body: withoutDeleted(params), signal }),
            searchResultSchema,
          )
          return { items: found.items, pagination: found.pagination, deletedHidden: true }
        } catch (error) {
          if (isApiError(error) && error.kind === 'no-endpoint') return plain()
          throw error
        }
      },
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
