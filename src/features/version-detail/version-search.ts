import type { SearchSchemaInput } from '@tanstack/react-router'
import { coerced, integer, object, optional, refine, withFallback, type Infer } from '@/lib/decode'

/** The version page's URL state: which other version of the container it is compared with, if any. */
const readSearch = object({
  compare: withFallback(optional(coerced(refine(integer, (n) => n >= 1, 'a version id'))), undefined),
})

export type VersionDetailSearch = Infer<typeof readSearch>
export const versionDetailSearch = (
  search: Partial<VersionDetailSearch> & SearchSchemaInput,
): VersionDetailSearch => readSearch(search)
