import { LIST_PAGE_SIZES } from '@/api/list-params'
import { statusNames, typeNames } from '@/api/enums'
import {
  coerced,
  integer,
  object,
  oneOf,
  optionalKey,
  positiveInteger,
  refine,
  withFallback,
  type Infer,
} from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

/**
 * The container list's URL state. Names, not codes, so links read well; every key falls back to its
 * default when the URL holds something invalid, and defaults are kept out of the URL.
 */
export const PAGE_SIZES = LIST_PAGE_SIZES

const readSearch = object({
  page: withFallback(coerced(positiveInteger), 1),
  size: withFallback(
    coerced(refine(integer, (n) => (PAGE_SIZES as readonly number[]).includes(n), 'a page size')),
    20,
  ),
  type: optionalKey(oneOf(typeNames)),
  status: optionalKey(oneOf(statusNames)),
  visibility: optionalKey(oneOf(['public', 'private'])),
  /** Deleted containers are left out unless this is 'shown' (or the status filter asks for them). */
  deleted: optionalKey(oneOf(['shown'])),
})

export type ContainersSearch = Infer<typeof readSearch>
/** validateSearch of /containers. Links may leave out any key. */
export const containersSearch = searchValidator(readSearch)
export const containersSearchDefaults = { page: 1, size: 20 } as const

/** Whether the page leaves deleted containers out: by default, unless shown or a status is chosen. */
export const hidesDeleted = (s: ContainersSearch) => !s.status && s.deleted !== 'shown'

/** The list's filters: its search without page and size. */
export type ContainerFilters = Pick<ContainersSearch, 'type' | 'status' | 'visibility' | 'deleted'>

export const hasFilters = (s: ContainerFilters) => Boolean(s.type || s.status || s.visibility || s.deleted)
