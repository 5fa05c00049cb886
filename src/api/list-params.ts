import type { ListContainersParams } from './containers'
import { statusCodeOf, typeCodeOf, type ContainerTypeName, type StatusName } from './enums'

// Its own small module: route files call it in loaderDeps, which is not split from the route, so it must
// not bring the API client into every page's first load.

/** Page sizes the list endpoint accepts. */
export const LIST_PAGE_SIZES = [10, 20, 50] as const

/**
 * The list endpoint's query from filters by name (as the URL has them): integer enum codes, `is_public`,
 * and the page size rounded up to one the endpoint accepts. The container list and the search page's
 * fallback (a server without search) both ask through it.
 */
export function toListParams(filters: {
  page: number
  size: number
  type?: ContainerTypeName
  status?: StatusName
  visibility?: 'public' | 'private'
}): ListContainersParams {
  return {
    page: filters.page,
    size: LIST_PAGE_SIZES.find((size) => size >= filters.size) ?? 50,
    ...(filters.type ? { type: typeCodeOf(filters.type) } : {}),
    ...(filters.status ? { status: statusCodeOf(filters.status) } : {}),
    ...(filters.visibility ? { is_public: filters.visibility === 'public' } : {}),
  }
}
