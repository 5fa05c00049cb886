import * as z from 'zod/mini'

/** The version page's URL state: which other version of the container it is compared with, if any. */
export const versionDetailSearch = z.object({
  compare: z.catch(z.optional(z.coerce.number().check(z.int(), z.minimum(1))), undefined),
})

export type VersionDetailSearch = z.output<typeof versionDetailSearch>
