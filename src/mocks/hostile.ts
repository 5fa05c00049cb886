import {
  splitStoredRef,
  toParameter,
  type ContainerRow,
  type ParameterRow,
  type Snapshot,
  type TaskRow,
  type VersionRow,
} from './db'

/**
 * Hostile data: strings that must never execute, break the layout or change meaning on the way to the
 * clipboard. Off by default; the browser backend adds them when sessionStorage 'msw:hostile' is '1'
 * (e2e: `test.use({ hostile: true })`), and `npm run dev` shows them after
 * `sessionStorage.setItem('msw:hostile', '1'); location.reload()`.
 *
 * The server checks almost nothing on a container's name (non-empty after a trim, varchar(128)) and a
 * version's name only starts with `%d.%d.%d`, so most of these can be created through the API today; the
 * rest (odd image-reference parts, helm fields) are what a database filled by older servers or by hand
 * may hold. Every payload that could run sets `window.__pwned` and calls `alert`, so a test can tell.
 */

/** The payloads, one per way a string can attack a page. */
export const HOSTILE = {
  /** A script element. */
  script: '<script>window.__pwned=1;alert(1)</script>',
  /** An inline event handler on an element that fires by itself. */
  imgOnerror: '<img src=x onerror="window.__pwned=1;alert(1)">',
  svgOnload: '<svg onload=alert(1)>',
  /** A URL that runs script when followed. */
  javascriptUrl: 'javascript:window.__pwned=1;alert(1)',
  /** Right-to-left override: "pwn-invoice-‮gpj.exe" reads as "pwn-invoice-exe.jpg". */
  rtlOverride: 'pwn-invoice-\u202Egpj.exe\u202C',
  /** Zero-width space, non-joiner, joiner and BOM: invisible, but part of the value. */
  zeroWidth: 'pwn\u200Bzero\u200Cwidth\u200Djoin\uFEFF',
  /** Shell metacharacters: what `docker pull` must not run. */
  shell: '$(touch /tmp/pwned)`id`;rm -rf ~ "a b" \'c\'',
} as const

/** 128 characters (the name column's size) without a space, hyphen or any other break opportunity. */
export const LONG_NAME =
  `pwnLongName${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.repeat(3)}`.slice(0, 128)

/** A README that tries everything Markdown with raw HTML allows. */
export const HOSTILE_README = `# Hostile README ${HOSTILE.script}

${HOSTILE.imgOnerror}

${HOSTILE.script}

<a href="javascript:window.__pwned=1">raw anchor with a javascript: href</a>

[markdown link to javascript:](javascript:window.__pwned=1)

[entity-encoded javascript: link](jAvAsCrIpT&#58;window.__pwned=1)

![image with a javascript: source](javascript:window.__pwned=1)

<iframe src="javascript:window.__pwned=1"></iframe>

${HOSTILE.svgOnload}

<style>body { display: none }</style>

<details open><summary onclick="window.__pwned=1">raw details</summary>hidden</details>

Unbroken: ${'Unbroken'.repeat(40)}

Bidi and invisible: ${HOSTILE.rtlOverride} ${HOSTILE.zeroWidth}

\`\`\`html
${HOSTILE.imgOnerror}
\`\`\`
`

/** The hostile containers' names. Each contains "pwn", so the search `pwn` finds them all. */
export const HOSTILE_NAMES = {
  script: HOSTILE.script,
  img: HOSTILE.imgOnerror,
  long: LONG_NAME,
  bidi: `${HOSTILE.rtlOverride}${HOSTILE.zeroWidth}`,
  javascript: 'javascript:window.__pwned=1//',
} as const

/** Version names: `%d.%d.%d` first, as the server's check wants, then anything (≤ 32 characters). */
export const HOSTILE_VERSION_NAMES = {
  plain: '1.0.0',
  html: '1.2.3<img src onerror=alert(1)>',
  long: '0.0.1',
  bidi: '2.0.0\u202E\u200B',
} as const

/** Image references the store holds for them (read back from their parts as `registry/ns/repo:tag`). */
export const HOSTILE_IMAGE_REFS = {
  shell: 'docker.io/pwn/script:v1$(touch /tmp/pwned)',
  quote: "ghcr.io/o'brien/<svg onload=alert(1)>:latest",
  long: `registry.example.com/${'averylongrepositorynamewithoutbreaks'.repeat(6)}:v${'0123456789'.repeat(8)}`,
  bidi: 'registry.example.com:5000/pwn/bidi:v2\u202E\u200B',
} as const

/** A command with HTML and shell quoting, copied as is. */
export const HOSTILE_COMMAND = `${HOSTILE.script}; echo "$(id)" 'it'"'"'s' \`whoami\` ${HOSTILE.imgOnerror}`

/** Two finished builds whose trace events carry hostile text: one pushed an odd image, one failed. */
export const HOSTILE_TRACES = {
  succeeded: '00000000-0000-4000-8000-00000000bad1',
  failed: '00000000-0000-4000-8000-00000000bad2',
} as const
export const HOSTILE_BUILD = {
  repository: `acme/${HOSTILE.imgOnerror}`,
  imageRef: `10.10.10.240/library/${HOSTILE.script}:v1$(touch /tmp/pwned)`,
  error: `failed to solve: ${HOSTILE.script} ${HOSTILE.imgOnerror} ${'Unbroken'.repeat(40)}`,
} as const

const HOUR = 3600_000

const HOSTILE_ENV: ParameterRow[] = [
  toParameter({
    key: 'PWN_HTML',
    default_value: HOSTILE.imgOnerror,
    description: `${HOSTILE.script} **bold** [link](${HOSTILE.javascriptUrl})`,
  }),
  toParameter({ key: 'PWN_SHELL', default_value: HOSTILE.shell, description: HOSTILE.rtlOverride }),
]

type HostileContainer = {
  name: string
  type: number
  versions: (Pick<VersionRow, 'name' | 'command' | 'github_link' | 'env_vars' | 'helm'> & { ref: string })[]
}

const CONTAINERS: HostileContainer[] = [
  {
    name: HOSTILE_NAMES.script,
    type: 0,
    versions: [
      {
        name: HOSTILE_VERSION_NAMES.plain,
        ref: HOSTILE_IMAGE_REFS.shell,
        command: HOSTILE_COMMAND,
        github_link: HOSTILE.javascriptUrl,
        env_vars: HOSTILE_ENV,
        helm: null,
      },
      {
        name: HOSTILE_VERSION_NAMES.html,
        ref: HOSTILE_IMAGE_REFS.quote,
        command: HOSTILE.shell,
        github_link: `acme/${HOSTILE.imgOnerror}`,
        env_vars: HOSTILE_ENV,
        helm: null,
      },
    ],
  },
  {
    name: HOSTILE_NAMES.img,
    type: 1,
    versions: [],
  },
  {
    name: HOSTILE_NAMES.long,
    type: 0,
    versions: [
      {
        name: HOSTILE_VERSION_NAMES.long,
        ref: HOSTILE_IMAGE_REFS.long,
        command: `python ${'/very/long/path/without/spaces'.repeat(12)}`,
        github_link: `OperationsPAI/${'a'.repeat(100)}`,
        env_vars: [],
        helm: null,
      },
    ],
  },
  {
    name: HOSTILE_NAMES.bidi,
    type: 2,
    versions: [
      {
        name: HOSTILE_VERSION_NAMES.bidi,
        ref: HOSTILE_IMAGE_REFS.bidi,
        command: '',
        github_link: '',
        env_vars: [],
        helm: {
          id: 0,
          chart_name: HOSTILE.imgOnerror,
          repo_name: '<b>chart</b>',
          repo_url: HOSTILE.javascriptUrl,
          ns_prefix: `ts${HOSTILE.rtlOverride}`,
          values: [
            toParameter({ key: `global.${HOSTILE.script}`, category: 1, default_value: HOSTILE.imgOnerror }),
            toParameter({
              key: 'image.tag',
              type: 1,
              category: 1,
              template_string: `{{ ${HOSTILE.svgOnload} }}`,
            }),
          ],
        },
      },
    ],
  },
  {
    name: HOSTILE_NAMES.javascript,
    type: 0,
    versions: [],
  },
]

/**
 * Adds the hostile containers (newest of all, so they open the list), their versions and two finished
 * builds to a seed snapshot, with the next free ids. Returns the same snapshot.
 */
export function addHostileData(snapshot: Snapshot): Snapshot {
  const latest = Math.max(0, ...snapshot.containers.map((c) => c.created_at))
  const ids = snapshot.nextIds
  CONTAINERS.forEach((c, index) => {
    const createdAt = latest + (index + 1) * HOUR
    const container: ContainerRow = {
      id: ids.container++,
      name: c.name,
      type: c.type,
      is_public: true,
      status: 1,
      readme: HOSTILE_README,
      created_at: createdAt,
      updated_at: createdAt,
      labels: [{ key: 'pwn', value: HOSTILE.script }],
    }
    snapshot.containers.push(container)
    c.versions.forEach((v, k) => {
      const at = createdAt + (k + 1) * 60_000
      snapshot.versions.push({
        id: ids.version++,
        container_id: container.id,
        name: v.name,
        ...splitStoredRef(v.ref),
        command: v.command,
        github_link: v.github_link,
        usage: 0,
        status: 1,
        created_at: at,
        updated_at: at,
        env_vars: v.env_vars,
        helm: v.helm ? { ...v.helm, id: ids.helm++ } : null,
      })
    })
  })
  const task = (traceId: string, k: number, outcome: TaskRow['outcome']): TaskRow => ({
    task_id: `00000000-0000-4000-8000-0000000task${k}`,
    trace_id: traceId,
    group_id: `00000000-0000-4000-8000-000000group${k}`,
    submitted_at: latest,
    image_ref: HOSTILE_BUILD.imageRef,
    outcome,
    repository: HOSTILE_BUILD.repository,
    ...(outcome === 'fail' ? { error: HOSTILE_BUILD.error } : {}),
  })
  snapshot.tasks.push(task(HOSTILE_TRACES.succeeded, 1, 'succeed'), task(HOSTILE_TRACES.failed, 2, 'fail'))
  return snapshot
}
