import { z } from 'zod'
import type { components } from './schema.gen'

/**
 * Response parsers: the contract's shapes, made safe to render. `null` lists become `[]`, unknown enum
 * names become 'unknown', optional text defaults to ''. Anything structurally wrong is rejected and shown
 * to the user as "unexpected response" instead of crashing a page.
 */
type Schemas = components['schemas']

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? [])

const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '')

export const containerSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(['algorithm', 'benchmark', 'pedestal', 'unknown']).catch('unknown'),
  is_public: z.boolean().catch(false),
  status: z.enum(['enabled', 'disabled', 'deleted', 'unknown']).catch('unknown'),
  created_at: text,
  updated_at: text,
  labels: list(z.object({ key: z.string(), value: z.string() })),
})

export const versionSchema = z.object({
  id: z.number(),
  name: z.string(),
  image_ref: text,
  usage: z.number().catch(0),
  updated_at: text,
})

export const containerDetailSchema = containerSchema.extend({
  readme: text,
  versions: list(versionSchema),
})

export const helmConfigSchema = z.object({
  id: z.number().catch(0),
  repo_url: text,
  full_chart: text,
  ns_prefix: text,
  port_template: text,
  values: list(z.record(z.string(), z.unknown())),
})

export const versionDetailSchema = versionSchema.extend({
  github_link: text,
  command: text,
  env_vars: text,
  helm_config: helmConfigSchema.nullish().transform((v) => v ?? undefined),
})

export const paginationSchema = z.object({
  page: z.number(),
  size: z.number(),
  total: z.number(),
  total_pages: z.number(),
})

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: list(item), pagination: paginationSchema })

const filterSchema = z.object({
  field: z.string(),
  operator: z.string(),
  value: z.string().optional(),
  values: z.array(z.string()).nullish(),
})
export const searchResultSchema = pageSchema(containerSchema).extend({
  applied_filters: list(filterSchema),
  applied_sort: list(z.object({ field: z.string(), direction: z.string() })),
})

export const buildSubmittedSchema = z.object({
  group_id: z.string(),
  trace_id: z.string(),
  task_id: z.string(),
})

export const loginResultSchema = z.object({
  token: z.string().min(1),
  expires_at: z.string(),
  user: z.object({ id: z.number(), username: z.string(), avatar: z.string().optional() }),
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
