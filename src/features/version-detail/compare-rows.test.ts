import type { ContainerVersionDetail } from '@/api/wire'
import { compareRows, NONE } from './compare-rows'

const base: ContainerVersionDetail = {
  id: 1,
  name: '1.0.0',
  image_ref: 'docker.io/opspai/ts-train-service:v1.0.0',
  usage: 0,
  updated_at: '2025-01-06T10:00:00+08:00',
  github_link: '',
  command: 'bash /entrypoint.sh',
  env_vars: '',
  helm_config: {
    id: 1,
    repo_url: 'https://charts.example.org/ts',
    full_chart: 'train-ticket/trainticket',
    ns_prefix: 'ts',
    port_template: '',
    values: [],
  },
}

const differing = (a: ContainerVersionDetail, b: ContainerVersionDetail) =>
  compareRows(a, b)
    .filter((r) => r.differs)
    .map((r) => r.label)

describe('compareRows', () => {
  it('marks nothing when two versions are the same', () => {
    expect(differing(base, { ...base, id: 2, name: '1.0.1' })).toEqual([])
  })

  it('compares the image part by part, the command and the Helm config', () => {
    const other: ContainerVersionDetail = {
      ...base,
      id: 2,
      name: '1.1.0',
      image_ref: 'ghcr.io/opspai/ts-train-service:v1.1.0',
      command: 'python run.py',
      helm_config: { ...base.helm_config!, repo_url: 'https://charts.example.org/ts2' },
    }
    expect(differing(base, other)).toEqual([
      'Image reference',
      'Registry',
      'Tag',
      'Command',
      'Repository URL',
    ])
    const tag = compareRows(base, other).find((r) => r.label === 'Tag')!
    expect(tag).toMatchObject({ group: 'Image', left: 'v1.0.0', right: 'v1.1.0', differs: true })
  })

  it('shows a missing Helm config and empty fields as none', () => {
    const rows = compareRows(base, { ...base, id: 2, helm_config: undefined, command: '' })
    expect(rows.find((r) => r.label === 'Chart')).toMatchObject({
      left: 'train-ticket/trainticket',
      right: NONE,
      differs: true,
    })
    expect(rows.find((r) => r.label === 'Command')).toMatchObject({ right: NONE, differs: true })
    expect(rows.find((r) => r.label === 'GitHub link')).toMatchObject({
      left: NONE,
      right: NONE,
      differs: false,
    })
  })
})
