import type { ContainerVersionDetail } from '@/api/wire'
import { parseImageRef } from '@/lib/image-ref'

export type CompareRow = {
  group: 'Image' | 'Run' | 'Helm config'
  label: string
  left: string
  right: string
  differs: boolean
}

/** What each field shows when a version has no value for it. */
export const NONE = '—'

const orNone = (value: string | undefined) => (value && value.trim() !== '' ? value : NONE)

/** Helm values as text people can compare line by line (the server sends an array of records, or null). */
export function helmValuesText(values: Record<string, unknown>[]): string {
  return values.length === 0 ? '' : values.map((v) => JSON.stringify(v)).join('\n')
}

function valuesOf(v: ContainerVersionDetail): Record<string, string> {
  const ref = parseImageRef(v.image_ref)
  const helm = v.helm_config
  return {
    'Image reference': orNone(v.image_ref),
    Registry: orNone(ref.ok ? ref.registry : undefined),
    Namespace: orNone(ref.ok ? ref.namespace : undefined),
    Repository: orNone(ref.ok ? ref.repository : undefined),
    Tag: orNone(ref.ok ? ref.tag : undefined),
    Command: orNone(v.command),
    'GitHub link': orNone(v.github_link),
    'Env vars': orNone(v.env_vars),
    Chart: helm ? orNone(helm.full_chart) : NONE,
    'Repository URL': helm ? orNone(helm.repo_url) : NONE,
    'Namespace prefix': helm ? orNone(helm.ns_prefix) : NONE,
    Values: helm ? orNone(helmValuesText(helm.values)) : NONE,
  }
}

const groups: [CompareRow['group'], string[]][] = [
  ['Image', ['Image reference', 'Registry', 'Namespace', 'Repository', 'Tag']],
  ['Run', ['Command', 'GitHub link', 'Env vars']],
  ['Helm config', ['Chart', 'Repository URL', 'Namespace prefix', 'Values']],
]

/** Two versions field by field (image, command, Helm config), each row marked when the values differ. */
export function compareRows(left: ContainerVersionDetail, right: ContainerVersionDetail): CompareRow[] {
  const a = valuesOf(left)
  const b = valuesOf(right)
  return groups.flatMap(([group, labels]) =>
    labels.map((label) => {
      const l = a[label] ?? NONE
      const r = b[label] ?? NONE
      return { group, label, left: l, right: r, differs: l !== r }
    }),
  )
}
