import initialData from './fixtures/initial-data.json'
import {
  splitStoredRef,
  toParameter,
  type ContainerRow,
  type SeedParameter,
  type Snapshot,
  type VersionRow,
} from './db'

/**
 * Deterministic seed: the platform's real seed containers first (ids 1…5), then `size` generated ones from
 * a fixed-seed PRNG, each with 1–6 versions. Same input, same rows, in dev, unit tests, e2e and bench.
 */
type SeedVersion = {
  name: string
  image_ref: string
  command?: string
  github_link?: string
  status?: number
  helm_config?: {
    repo_name: string
    chart_name: string
    repo_url: string
    ns_prefix: string
    values?: SeedParameter[]
  }
  env_vars?: SeedParameter[]
}
type SeedContainer = {
  type: number
  name: string
  is_public: boolean
  status: number
  readme?: string
  versions: SeedVersion[]
}

const BASE_TIME = Date.UTC(2025, 0, 6, 2, 0, 0) // 2025-01-06 10:00 +08:00
const HOUR = 3600_000

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALGO_WORDS = ['rca', 'micro', 'trace', 'graph', 'causal', 'span', 'log', 'metric', 'deep', 'pdiag']
const ALGO_NOUNS = ['rank', 'walk', 'scope', 'sage', 'lens', 'hound', 'miner', 'net', 'rca', 'finder']
const BENCH_SYSTEMS = ['clickhouse', 'jaeger', 'prometheus', 'loki', 'tempo', 'otel', 'elastic', 'kafka']
const PEDESTALS = [
  'train-ticket',
  'sock-shop',
  'online-boutique',
  'hotel-reservation',
  'social-network',
  'media',
]
const REGISTRIES = [
  'docker.io/opspai',
  'ghcr.io/operationspai',
  'pair-diagnose-cn-guangzhou.cr.volces.com/opspai',
  'registry.example.com:5000/rca',
]

const README_TEMPLATE = (name: string, kind: string) => `# ${name}

A ${kind} container registered with RCABench.

## Usage

| parameter | meaning |
|-----------|---------|
| \`INPUT_PATH\` | where the dataset is mounted |
| \`OUTPUT_PATH\` | where results are written |

\`\`\`bash
bash /entrypoint.sh
\`\`\`

See [the RCABench docs](https://github.com/OperationsPAI/AegisLab) for details.
`

export function buildSeed(size: number): Snapshot {
  const containers: ContainerRow[] = []
  const versions: VersionRow[] = []
  let containerId = 1
  let versionId = 1
  let helmId = 1
  const used = new Set<string>()

  const addContainer = (c: SeedContainer, createdAt: number, labels: ContainerRow['labels'] = []) => {
    const id = containerId++
    used.add(c.name)
    containers.push({
      id,
      name: c.name,
      type: c.type,
      is_public: c.is_public,
      status: c.status,
      readme: c.readme ?? '',
      created_at: createdAt,
      updated_at: createdAt + HOUR,
      labels,
    })
    c.versions.forEach((v, index) => {
      const at = createdAt + (index + 1) * 6 * HOUR
      versions.push({
        id: versionId++,
        container_id: id,
        name: v.name,
        ...splitStoredRef(v.image_ref),
        command: v.command ?? '',
        github_link: v.github_link ?? '',
        usage: 0,
        status: v.status ?? 1,
        created_at: at,
        updated_at: at,
        env_vars: (v.env_vars ?? []).map(toParameter),
        helm: v.helm_config
          ? {
              id: helmId++,
              chart_name: v.helm_config.chart_name,
              repo_name: v.helm_config.repo_name,
              repo_url: v.helm_config.repo_url,
              ns_prefix: v.helm_config.ns_prefix,
              values: (v.helm_config.values ?? []).map(toParameter),
            }
          : null,
      })
    })
    return id
  }

  ;(initialData.containers as SeedContainer[]).forEach((c, i) => {
    addContainer(
      { ...c, readme: README_TEMPLATE(c.name, ['algorithm', 'benchmark', 'pedestal'][c.type] ?? '') },
      BASE_TIME + i * HOUR,
    )
  })

  const random = mulberry32(20250106)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  for (let n = 0; n < size; n++) {
    const type = n % 3
    let name = ''
    for (let attempt = 0; !name || used.has(name); attempt++) {
      const base =
        type === 0
          ? `${pick(ALGO_WORDS)}-${pick(ALGO_NOUNS)}`
          : type === 1
            ? `${pick(BENCH_SYSTEMS)}-dataset`
            : `${pick(PEDESTALS)}`
      name = attempt === 0 && !used.has(base) ? base : `${base}-${n}`
    }
    const roll = random()
    const status = roll < 0.8 ? 1 : roll < 0.93 ? 0 : -1
    const versionCount = 1 + Math.floor(random() * 6)
    const registry = pick(REGISTRIES)
    const repo = name.replace(/_/g, '-')
    let major = Math.floor(random() * 2)
    let minor = Math.floor(random() * 3)
    let patch = 0
    const seedVersions: SeedVersion[] = []
    for (let k = 0; k < versionCount; k++) {
      const step = random()
      if (step < 0.6) patch++
      else if (step < 0.9) {
        minor++
        patch = 0
      } else {
        major++
        minor = 0
        patch = 0
      }
      const vname = `${major}.${minor}.${patch}`
      seedVersions.push({
        name: vname,
        image_ref: `${registry}/${repo}:v${vname}`,
        command: type === 2 ? '' : 'bash /entrypoint.sh',
        github_link: random() < 0.5 ? `OperationsPAI/${repo}` : '',
        status: random() < 0.95 ? 1 : -1,
        env_vars:
          type === 0
            ? [
                {
                  key: 'ALGORITHM_TIMEOUT',
                  type: 0,
                  default_value: '600',
                  required: true,
                  description: 'Seconds before the run is stopped',
                },
                { key: 'INPUT_PATH', type: 1, template_string: '/data/{{ .Dataset }}' },
              ]
            : [],
        helm_config:
          type === 2
            ? {
                repo_name: repo,
                chart_name: repo.replace(/-/g, ''),
                repo_url: `https://charts.example.org/${repo}`,
                ns_prefix: 'ts',
                values: [{ key: 'global.image.tag', type: 1, category: 1, template_string: '{{ .Tag }}' }],
              }
            : undefined,
      })
    }
    const createdAt = BASE_TIME + (n + 10) * 5 * HOUR + Math.floor(random() * HOUR)
    const labels = random() < 0.3 ? [{ key: 'team', value: pick(['sre', 'research', 'platform']) }] : []
    addContainer(
      {
        type,
        name,
        is_public: random() < 0.75,
        status,
        readme: random() < 0.85 ? README_TEMPLATE(name, ['algorithm', 'benchmark', 'pedestal'][type]!) : '',
        versions: seedVersions,
      },
      createdAt,
      labels,
    )
  }

  return {
    containers,
    versions,
    tasks: [],
    nextIds: { container: containerId, version: versionId, helm: helmId },
  }
}
