import type { components } from '@/api/schema.gen'
import { goTime } from './time'

/**
 * The mock backend's in-memory store: rows as the server's database holds them (integer enums, image
 * references split into parts), and read methods that render them the way the server's responses do.
 * Plain TypeScript: no msw, so it can be unit-tested and reset between tests.
 */
type Schemas = components['schemas']

export type ParameterRow = {
  key: string
  type: 0 | 1
  category: 0 | 1
  description: string
  default_value: string | null
  template_string: string | null
  required: boolean
}

export type HelmRow = {
  id: number
  chart_name: string
  repo_name: string
  repo_url: string
  ns_prefix: string
  values: ParameterRow[]
}

export type ContainerRow = {
  id: number
  name: string
  type: number
  is_public: boolean
  status: number
  readme: string
  created_at: number
  updated_at: number
  labels: { key: string; value: string }[]
}

export type VersionRow = {
  id: number
  container_id: number
  name: string
  registry: string
  namespace: string
  repository: string
  tag: string
  command: string
  github_link: string
  usage: number
  status: number
  created_at: number
  updated_at: number
  env_vars: ParameterRow[]
  helm: HelmRow | null
}

export type TaskRow = {
  task_id: string
  trace_id: string
  group_id: string
  submitted_at: number
  image_ref: string
  /**
   * Decided at submission by the active scenario: how the async build ends ('queued': it first waits for
   * a build slot and is rescheduled; 'drop': it succeeds, but the first stream connection drops).
   */
  outcome: 'succeed' | 'fail' | 'drop' | 'queued'
  /** How long BuildKit takes between Running and the result, in ms (default: one event step). */
  buildMs?: number
  /** What the builder reports when the outcome is 'fail' (default: a missing Dockerfile). */
  error?: string
  /** The request as the server stores it, without the token. */
  repository: string
}

/**
 * A mock account. The server's permission middleware checks (action, resource); the seed accounts hold
 * either every permission (super_admin) or read only, so two flags say it: `canWrite` for the write
 * action and `canDelete` for the delete action (delete is a separate permission).
 */
export type User = {
  id: number
  username: string
  password: string
  email: string
  canWrite: boolean
  canDelete: boolean
}

const TYPE_NAMES = ['algorithm', 'benchmark', 'pedestal'] as const
const STATUS_NAMES: Record<number, Schemas['StatusName']> = { [-1]: 'deleted', 0: 'disabled', 1: 'enabled' }

export const typeName = (code: number): Schemas['ContainerTypeName'] => TYPE_NAMES[code] ?? 'unknown'
export const statusName = (code: number): Schemas['StatusName'] => STATUS_NAMES[code] ?? 'unknown'

export function imageRefOf(v: Pick<VersionRow, 'registry' | 'namespace' | 'repository' | 'tag'>): string {
  const path = [v.namespace, v.repository].filter(Boolean).join('/')
  return `${v.registry}/${path}:${v.tag || 'latest'}`
}

export type Snapshot = {
  containers: ContainerRow[]
  versions: VersionRow[]
  tasks: TaskRow[]
  nextIds: { container: number; version: number; helm: number }
}

/** Splits a reference the way the server stores it (digest dropped, tag kept). */
export function splitStoredRef(
  ref: string,
): Pick<VersionRow, 'registry' | 'namespace' | 'repository' | 'tag'> {
  const withoutDigest = ref.split('@')[0] ?? ref
  const slash = withoutDigest.indexOf('/')
  const registry = withoutDigest.slice(0, slash)
  let rest = withoutDigest.slice(slash + 1)
  let tag = ''
  const colon = rest.lastIndexOf(':')
  if (colon > -1) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  const parts = rest.split('/')
  const repository = parts.pop() ?? ''
  return { registry, namespace: parts.join('/'), repository, tag }
}

export type SeedParameter = {
  key: string
  type?: number
  category?: number
  description?: string
  default_value?: string
  template_string?: string
  required?: boolean
}

/** A parameter row of the store, with the server's defaults for what the seed leaves out. */
export function toParameter(p: SeedParameter): ParameterRow {
  return {
    key: p.key,
    type: p.type === 1 ? 1 : 0,
    category: p.category === 1 ? 1 : 0,
    description: p.description ?? '',
    default_value: p.default_value ?? null,
    template_string: p.template_string ?? null,
    required: p.required ?? false,
  }
}

export const users: User[] = [
  {
    id: 1,
    username: 'admin',
    password: 'admin123',
    email: 'admin@rcabench.local',
    canWrite: true,
    canDelete: true,
  },
  {
    id: 2,
    username: 'viewer',
    password: 'viewer123',
    email: 'viewer@rcabench.local',
    canWrite: false,
    canDelete: false,
  },
]

function createDb() {
  const containers = new Map<number, ContainerRow>()
  const versions = new Map<number, VersionRow>()
  const tasks = new Map<string, TaskRow>()
  const nextIds = { container: 1, version: 1, helm: 1 }
  let seedSnapshot: Snapshot | null = null
  /** Seed rows changed since the seed (edited or deleted), so the tab's saved state includes them. */
  const touched = { containers: new Set<number>(), versions: new Set<number>() }
  const changeListeners = new Set<() => void>()

  const db = {
    containers,
    versions,
    tasks,
    nextIds,

    /** Handlers call this after every write; the browser worker persists the tab's state on it. */
    changed() {
      for (const listener of changeListeners) listener()
    },
    onChange(listener: () => void) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
    seed(): Snapshot | null {
      return seedSnapshot
    },

    /** Loads a snapshot and remembers it as the state `reset()` returns to. */
    load(snapshot: Snapshot) {
      seedSnapshot = snapshot
      db.hydrate(snapshot)
    },
    reset() {
      if (seedSnapshot) db.hydrate(seedSnapshot)
    },
    /** Marks seed rows a handler changed in place, so `changesSince` keeps them. */
    touch(kind: 'containers' | 'versions', id: number) {
      touched[kind].add(id)
    },
    hydrate(snapshot: Snapshot) {
      touched.containers.clear()
      touched.versions.clear()
      containers.clear()
      versions.clear()
      tasks.clear()
      for (const c of snapshot.containers) containers.set(c.id, structuredClone(c))
      for (const v of snapshot.versions) versions.set(v.id, structuredClone(v))
      for (const t of snapshot.tasks) tasks.set(t.task_id, { ...t })
      Object.assign(nextIds, snapshot.nextIds)
    },
    /** Only what was created after the seed, so a tab's state fits in sessionStorage. */
    changesSince(seed: Snapshot): Snapshot {
      const seedContainerMax = seed.nextIds.container
      const seedVersionMax = seed.nextIds.version
      return {
        containers: [...containers.values()].filter(
          (c) => c.id >= seedContainerMax || touched.containers.has(c.id),
        ),
        versions: [...versions.values()].filter((v) => v.id >= seedVersionMax || touched.versions.has(v.id)),
        tasks: [...tasks.values()],
        nextIds: { ...nextIds },
      }
    },
    applyChanges(changes: Snapshot) {
      for (const c of changes.containers) {
        containers.set(c.id, c)
        touched.containers.add(c.id)
      }
      for (const v of changes.versions) {
        versions.set(v.id, v)
        touched.versions.add(v.id)
      }
      for (const t of changes.tasks) tasks.set(t.task_id, t)
      Object.assign(nextIds, changes.nextIds)
    },

    renderContainer(c: ContainerRow): Schemas['Container'] {
      return {
        id: c.id,
        name: c.name,
        type: typeName(c.type),
        is_public: c.is_public,
        status: statusName(c.status),
        created_at: goTime(c.created_at),
        updated_at: goTime(c.updated_at),
        // The real list/search/detail never attach labels (a scan bug); keep them off the wire too.
      }
    },
    renderVersion(v: VersionRow): Schemas['ContainerVersion'] {
      return {
        id: v.id,
        name: v.name,
        image_ref: imageRefOf(v),
        usage: v.usage,
        updated_at: goTime(v.updated_at),
      }
    },
    renderVersionDetail(v: VersionRow): Schemas['ContainerVersionDetail'] {
      return {
        ...db.renderVersion(v),
        github_link: v.github_link,
        command: v.command,
        env_vars: '',
        ...(v.helm
          ? {
              helm_config: {
                id: v.helm.id,
                repo_url: v.helm.repo_url,
                full_chart: `${v.helm.repo_name}/${v.helm.chart_name}`,
                ns_prefix: v.helm.ns_prefix,
                port_template: '',
                values: null,
              },
            }
          : {}),
      }
    },
    versionsOf(containerId: number): VersionRow[] {
      const out: VersionRow[] = []
      for (const v of versions.values()) if (v.container_id === containerId) out.push(v)
      return out
    },
    /** A live (not deleted) container by id; deleted ones read as missing, as on the server. */
    liveContainer(id: number): ContainerRow | undefined {
      const c = containers.get(id)
      return c && c.status !== -1 ? c : undefined
    },
  }
  return db
}

export const db = createDb()
