import * as z from 'zod/mini'
import type { components } from './schema.gen'

/**
 * Response parsers: the contract's shapes, made safe to render. `null` lists become `[]`, unknown enum
 * names become 'unknown', optional text defaults to ''. Anything structurally wrong is rejected and shown
 * to the user as "unexpected response" instead of crashing a page.
 * zod/mini keeps this (which every page loads) small; forms, loaded per route, use full zod.
 */
type Schemas = components['schemas']

const list = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((v) => v ?? []),
  )

const text = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => v ?? ''),
)
const optionalText = z.optional(z.string())

export const containerSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.catch(z.enum(['algorithm', 'benchmark', 'pedestal', 'unknown']), 'unknown'),
  is_public: z.catch(z.boolean(), false),
  status: z.catch(z.enum(['enabled', 'disabled', 'deleted', 'unknown']), 'unknown'),
  created_at: text,
  updated_at: text,
  labels: list(z.object({ key: z.string(), value: z.string() })),
})

export const versionSchema = z.object({
  id: z.number(),
  name: z.string(),
  image_ref: text,
  usage: z.catch(z.number(), 0),
  updated_at: text,
})

export const containerDetailSchema = z.extend(containerSchema, {
  readme: text,
  versions: list(versionSchema),
})

export const helmConfigSchema = z.object({
  id: z.catch(z.number(), 0),
  repo_url: text,
  full_chart: text,
  ns_prefix: text,
  port_template: text,
  values: list(z.record(z.string(), z.unknown())),
})

export const versionDetailSchema = z.extend(versionSchema, {
  github_link: text,
  command: text,
  env_vars: text,
  helm_config: z.pipe(
    z.nullish(helmConfigSchema),
    z.transform((v) => v ?? undefined),
  ),
})

export const paginationSchema = z.object({
  page: z.number(),
  size: z.number(),
  total: z.number(),
  total_pages: z.number(),
})

export const pageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: list(item), pagination: paginationSchema })

const filterSchema = z.object({
  field: z.string(),
  operator: z.string(),
  value: optionalText,
  values: z.nullish(z.array(z.string())),
})
export const searchResultSchema = z.extend(pageSchema(containerSchema), {
  applied_filters: list(filterSchema),
  applied_sort: list(z.object({ field: z.string(), direction: z.string() })),
})

export const buildSubmittedSchema = z.object({
  group_id: z.string(),
  trace_id: z.string(),
  task_id: z.string(),
})

export const loginResultSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expires_at: z.string(),
  user: z.object({ id: z.number(), username: z.string(), avatar: optionalText }),
})

export const profileSchema = z.object({
  id: z.number(),
  username: z.string(),
  email: text,
  full_name: text,
  created_at: text,
})

export type Container = z.output<typeof containerSchema>
export type ContainerVersion = z.output<typeof versionSchema>
export type ContainerDetail = z.output<typeof containerDetailSchema>
export type ContainerVersionDetail = z.output<typeof versionDetailSchema>
export type Pagination = z.output<typeof paginationSchema>
export type Page<T> = { items: T[]; pagination: Pagination }
export type SearchResult = z.output<typeof searchResultSchema>
export type BuildSubmitted = z.output<typeof buildSubmittedSchema>

// The parsed shapes must stay assignable to what the API document says the server sends.
type Assert<T extends true> = T
export type WireChecks = [
  Assert<Container extends Omit<Schemas['Container'], 'type' | 'status'> ? true : false>,
  Assert<ContainerVersion extends Schemas['ContainerVersion'] ? true : false>,
  Assert<Pagination extends Schemas['Pagination'] ? true : false>,
  Assert<BuildSubmitted extends Schemas['BuildSubmitted'] ? true : false>,
]
