import type { components } from './schema.gen'

/**
 * Wire enums, in one place. Requests carry integer codes; responses carry names.
 * Unknown names from the server read as 'unknown' instead of breaking a page.
 */
export type ContainerTypeName = Exclude<components['schemas']['ContainerTypeName'], 'unknown'>
export type ContainerTypeCode = components['schemas']['ContainerTypeCode']
export type StatusName = Exclude<components['schemas']['StatusName'], 'unknown'>
export type StatusCode = components['schemas']['StatusCode']

export const containerTypes: readonly {
  name: ContainerTypeName
  code: ContainerTypeCode
  label: string
  description: string
}[] = [
  {
    name: 'algorithm',
    code: 0,
    label: 'Algorithm',
    description:
      'A root-cause-analysis algorithm: it reads a fault-injection dataset and ranks the likely causes.',
  },
  {
    name: 'benchmark',
    code: 1,
    label: 'Benchmark',
    description: 'A dataset builder: it collects traces, metrics and logs from an experiment into a dataset.',
  },
  {
    name: 'pedestal',
    code: 2,
    label: 'Pedestal',
    description:
      'A microservice system deployed with Helm (such as Train-Ticket) that faults are injected into.',
  },
]

export const statuses: readonly { name: StatusName; code: StatusCode; label: string }[] = [
  { name: 'enabled', code: 1, label: 'Enabled' },
  { name: 'disabled', code: 0, label: 'Disabled' },
  { name: 'deleted', code: -1, label: 'Deleted' },
]

export const typeCodeOf = (name: ContainerTypeName): ContainerTypeCode =>
  containerTypes.find((t) => t.name === name)!.code
export const statusCodeOf = (name: StatusName): StatusCode => statuses.find((s) => s.name === name)!.code

export function typeLabel(name: string): string {
  return containerTypes.find((t) => t.name === name)?.label ?? 'Unknown type'
}
export function statusLabel(name: string): string {
  return statuses.find((s) => s.name === name)?.label ?? 'Unknown status'
}

export const typeNames = containerTypes.map((t) => t.name) as [ContainerTypeName, ...ContainerTypeName[]]
export const statusNames = statuses.map((s) => s.name) as [StatusName, ...StatusName[]]
