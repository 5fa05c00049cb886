import { describe, expect, it } from 'vitest'
import { parseValuesYaml } from './values-yaml'

describe('parseValuesYaml', () => {
  it('flattens nested maps into dotted keys with string values', () => {
    const result = parseValuesYaml(
      [
        'image:',
        '  repository: docker.io/opspai/ts',
        '  tag: "1.0"',
        '  pullPolicy: IfNotPresent',
        'replicaCount: 2',
        'debug: false',
        'nothing: null',
        'global:',
        '  ingress:',
        '    enabled: true',
      ].join('\n'),
    )
    expect(result).toEqual({
      ok: true,
      problems: [],
      entries: [
        { key: 'image.repository', value: 'docker.io/opspai/ts' },
        { key: 'image.tag', value: '1.0' },
        { key: 'image.pullPolicy', value: 'IfNotPresent' },
        { key: 'replicaCount', value: '2' },
        { key: 'debug', value: 'false' },
        { key: 'nothing', value: '' },
        { key: 'global.ingress.enabled', value: 'true' },
      ],
    })
  })

  it('keeps lists and empty maps whole as JSON', () => {
    const result = parseValuesYaml('tolerations: []\nports:\n  - 80\n  - 443\nresources: {}\n')
    expect(result.ok && result.entries).toEqual([
      { key: 'tolerations', value: '[]' },
      { key: 'ports', value: '[80,443]' },
      { key: 'resources', value: '{}' },
    ])
  })

  it('skips and reports keys the server would reject', () => {
    const result = parseValuesYaml(
      'podAnnotations:\n  prometheus.io/scrape: "true"\n  ok-key: 1\n"bad key": 2\n9lives: 3\n',
    )
    expect(result.ok && result.entries).toEqual([{ key: 'podAnnotations.ok-key', value: '1' }])
    expect(result.ok && result.problems).toHaveLength(3)
    expect(result.ok && result.problems[0]).toMatch(/prometheus\.io\/scrape.*skipped/)
  })

  it('refuses text that is not YAML, or not a mapping, with the reason', () => {
    const broken = parseValuesYaml('a: [1, 2\nb: 3')
    expect(broken.ok).toBe(false)
    expect(!broken.ok && broken.reason).toMatch(/not valid YAML \(line \d+/)
    expect(parseValuesYaml('- a\n- b')).toEqual({
      ok: false,
      reason: 'its top level is not a mapping of keys to values',
    })
  })

  it('reads an empty or comment-only file as no values', () => {
    expect(parseValuesYaml('')).toEqual({ ok: true, entries: [], problems: [] })
    expect(parseValuesYaml('# nothing here\n')).toEqual({ ok: true, entries: [], problems: [] })
  })
})
