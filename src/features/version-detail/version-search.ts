import { coerced, object, optionalKey, positiveInteger, type Infer } from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

/** The version page's URL state: which other version of the container it is compared with, if any. */
const readSearch = object({
  compare: optionalKey(coerced(positiveInteger)),
})

export type VersionDetailSearch = Infer<typeof readSearch>
export const versionDetailSearch = searchValidator(readSearch)
