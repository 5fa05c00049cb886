import {
  array,
  boolean,
  nullish,
  nullishList,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  text,
  unknown,
  withFallback,
  type Decoder,
  type Infer,
} from '@/lib/decode'
import type { components } from './schema.gen'

/**
 * Response decoders: the contract's shapes, made safe to render. `null` lists become `[]`, unknown enum
 * names become 'unknown', optional text defaults to ''. Anything structurally wrong is rejected and shown
 * to the user as "unexpected response" instead of crashing a page.
 * Plain functions from lib/decode (no zod) keep this, which every page loads, small and cheap to start;
 * forms, loaded per route, use full zod.
 */
type Schemas = components['schemas']

const containerShape = {
  id: number,
  name: string,
  type: oneOf(['algorithm', 'benchmark', 'pedestal'], 'unknown'),
  is_public: withFallback(boolean, false),
  status: oneOf(['enabled', 'disabled', 'deleted'], 'unknown'),
  created_at: text,
  updated_at: text,
}
/**
 * A container as lists, search, create and update return it. Their `labels` are left out: the server
 * leaves them out or empty (CONTRACT §4), no table shows them, and an empty list per row is 1,000 arrays
 * held for a 1,000-row page. The detail reads them.
 */
export const containerSchema = object(containerShape)

const versionShape = {
  id: number,
  name: string,
  image_ref: text,
  usage: withFallback(number, 0),
  updated_at: text,
}
export const versionSchema = object(versionShape)

export const containerDetailSchema = object({
  ...containerShape,
  labels: nullishList(object({ key: string, value: string })),
  readme: text,
  versions: nullishList(versionSchema),
})

export const helmConfigSchema = object({
  id: withFallback(number, 0),
  repo_url: text,
  full_chart: text,
  ns_prefix: text,
  port_template: text,
  values: nullishList(record(unknown)),
})

const nullishHelmConfig = nullish(helmConfigSchema)

export const versionDetailSchema = object({
  ...versionShape,
  github_link: text,
  command: text,
  env_vars: text,
  helm_config: (input, path) => nullishHelmConfig(input, path) ?? undefined,
})

export const paginationSchema = object({
  page: number,
  size: number,
  total: number,
  total_pages: number,
})

const pageShape = <T>(item: Decoder<T>) => ({ items: nullishList(item), pagination: paginationSchema })
export const pageSchema = <T>(item: Decoder<T>) => object(pageShape(item))

const filterSchema = object({
  field: string,
  operator: string,
  value: optional(string),
  values: nullish(array(string)),
})
export const searchResultSchema = object({
  ...pageShape(containerSchema),
  applied_filters: nullishList(filterSchema),
  applied_sort: nullishList(object({ field: string, direction: string })),
})

export const buildSubmittedSchema = object({
  group_id: string,
  trace_id: string,
  task_id: string,
})

export const loginResultSchema = object({
  token: refine(string, (s) => s.length > 0, 'a token'),
  expires_at: string,
  user: object({ id: number, username: string, avatar: optional(string) }),
})

export const profileSchema = object({
  id: number,
  username: string,
  email: text,
  full_name: text,
  created_at: text,
})

export type Container = Infer<typeof containerSchema>
export type ContainerVersion = Infer<typeof versionSchema>
export type ContainerDetail = Infer<typeof containerDetailSchema>
export type ContainerVersionDetail = Infer<typeof versionDetailSchema>
export type Pagination = Infer<typeof paginationSchema>
export type Page<T> = { items: T[]; pagination: Pagination }
export type BuildSubmitted = Infer<typeof buildSubmittedSchema>

type Assert<T extends true> = T
/**
 * The parsed shapes must stay assignable to what the API document says the server sends: the compiler
 * checks this type, nothing imports it.
 * @public
 */
export type WireChecks = [
  Assert<Container extends Omit<Schemas['Container'], 'type' | 'status'> ? true : false>,
  Assert<ContainerVersion extends Schemas['ContainerVersion'] ? true : false>,
  Assert<Pagination extends Schemas['Pagination'] ? true : false>,
  Assert<BuildSubmitted extends Schemas['BuildSubmitted'] ? true : false>,
]
