import { coerced, object, optionalKey, positiveInteger } from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

/** The version page's URL state: which other version of the container it is compared with, if any. */
const readSearch = object({
  compare: optionalKey(coerced(positiveInteger)),
})

export const versionDetailSearch = searchValidator(readSearch)
