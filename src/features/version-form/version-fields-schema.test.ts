import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/errors'
import type { components } from '@/api/schema.gen'
import { versionRequestProblem, versionStorageProblem } from '@/mocks/rules'
import { githubLinkFromUrl } from '@/components/version-fields/github-link'
import { describePrefill, prefillFromVersion } from './start-from'
import {
  emptyParameterRow,
  parameterRowIssues,
  toVersionRequest,
  versionFieldIssues,
  versionFieldsDefaults,
  versionFormSchema,
  versionServerErrorRules,
  type VersionFieldsValues,
} from '@/components/version-fields/version-fields-schema'

const filled = (): VersionFieldsValues => ({
  ...versionFieldsDefaults(),
  name: ' 1.2.0 ',
  imageRef: 'docker.io/opspai/ts-ui:1.2.0',
  command: 'python main.py',
  envVars: [
    emptyParameterRow({ key: 'LOG_LEVEL', defaultValue: 'info', description: 'How chatty' }),
    emptyParameterRow({ key: 'NAMESPACE', type: 'dynamic', template: '{{ .Namespace }}', required: true }),
  ],
  helm: {
    enabled: true,
    chartName: 'trainticket',
    repoName: 'train-ticket',
    repoUrl: 'https://operationspai.github.io/train-ticket',
    nsPrefix: 'ts',
    values: [emptyParameterRow({ key: 'image.tag', defaultValue: '1.2.0' })],
  },
})

describe('toVersionRequest', () => {
  it('maps to the generated request type: integer codes, Helm values as an array, trimmed names', () => {
    const body: components['schemas']['CreateVersionRequest'] = toVersionRequest(filled())
    expect(body).toEqual({
      name: '1.2.0',
      image_ref: 'docker.io/opspai/ts-ui:1.2.0',
      command: 'python main.py',
      env_vars: [
        { key: 'LOG_LEVEL', type: 0, category: 0, description: 'How chatty', default_value: 'info' },
        { key: 'NAMESPACE', type: 1, category: 0, template_string: '{{ .Namespace }}', required: true },
      ],
      helm_config: {
        chart_name: 'trainticket',
        repo_name: 'train-ticket',
        repo_url: 'https://operationspai.github.io/train-ticket',
        ns_prefix: 'ts',
        values: [{ key: 'image.tag', type: 0, category: 1, default_value: '1.2.0' }],
      },
    })
    expect(Array.isArray(body.helm_config?.values)).toBe(true)
  })

  it('leaves out every empty optional field and a disabled Helm section', () => {
    const values = { ...versionFieldsDefaults(), name: '0.1.0', imageRef: 'ghcr.io/o/r' }
    values.helm.chartName = 'left over while disabled'
    expect(toVersionRequest(values)).toEqual({ name: '0.1.0', image_ref: 'ghcr.io/o/r' })
  })

  it('produces bodies the mock server (which follows the contract) accepts', () => {
    const body = toVersionRequest(filled())
    expect(versionRequestProblem(body, 'CreateContainerVersionReq')).toBeNull()
    expect(versionStorageProblem(body as unknown as Record<string, unknown>, ['1.0.0'], 'x')).toBeNull()
  })
})

describe('row checks', () => {
  it('checks the key format per category', () => {
    expect(parameterRowIssues([emptyParameterRow({ key: 'log_level' })], 'env')).toEqual([
      { path: [0, 'key'], message: expect.stringMatching(/capital letters/) },
    ])
    expect(parameterRowIssues([emptyParameterRow({ key: 'image.tag' })], 'env')).toHaveLength(1)
    expect(parameterRowIssues([emptyParameterRow({ key: 'image.tag' })], 'helm')).toEqual([])
    expect(parameterRowIssues([emptyParameterRow({ key: 'image..tag' })], 'helm')).toHaveLength(1)
    expect(parameterRowIssues([emptyParameterRow()], 'env')[0]!.message).toBe('Enter a variable name')
  })

  it('needs a default for a required fixed row and a template for a dynamic row', () => {
    const issues = parameterRowIssues(
      [
        emptyParameterRow({ key: 'A', required: true }),
        emptyParameterRow({ key: 'B', type: 'dynamic' }),
        emptyParameterRow({ key: 'C', required: true, defaultValue: 'x' }),
        emptyParameterRow({ key: 'D', type: 'dynamic', template: '{{ .X }}', required: true }),
      ],
      'env',
    )
    expect(issues.map((i) => i.path)).toEqual([
      [0, 'defaultValue'],
      [1, 'template'],
    ])
  })

  it('refuses the same key twice, at the later row', () => {
    const issues = parameterRowIssues(
      [emptyParameterRow({ key: 'A' }), emptyParameterRow({ key: 'B' }), emptyParameterRow({ key: 'A' })],
      'env',
    )
    expect(issues).toEqual([{ path: [2, 'key'], message: expect.stringMatching(/already used in row 1/) }])
  })
})

describe('versionFieldIssues', () => {
  it('places each problem at its field', () => {
    const values = filled()
    values.name = 'v1.2.0'
    values.imageRef = 'nginx:1.25'
    values.githubLink = 'https://github.com/o/r'
    values.helm.repoUrl = 'charts.example.com'
    values.helm.nsPrefix = ' '
    const paths = versionFieldIssues(values).map((i) => i.path.join('.'))
    expect(paths).toEqual(['name', 'imageRef', 'githubLink', 'helm.repoUrl', 'helm.nsPrefix'])
    expect(versionFieldIssues(values)[0]!.message).toBe(
      'Use three numbers, like 1.2.0 — a leading v is not accepted',
    )
  })

  it('knows the container’s existing version names (a duplicate is a 500 on the server)', () => {
    expect(versionFieldIssues(filled(), ['1.0.0', '1.2.0'])).toEqual([
      { path: ['name'], message: 'Version 1.2.0 already exists in this container; pick another name' },
    ])
  })

  it('skips the Helm fields while the Helm section is off', () => {
    const values = { ...versionFieldsDefaults(), name: '1.0.0', imageRef: 'ghcr.io/o/r:1' }
    expect(versionFieldIssues(values)).toEqual([])
  })

  it('runs through the form schema with paths under `version`', () => {
    const result = versionFormSchema([]).safeParse({ version: { ...versionFieldsDefaults(), name: '1.2' } })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['version.name', 'version.imageRef'])
  })
})

describe('versionServerErrorRules', () => {
  const fieldFor = (status: number, message: string, values = filled()) => {
    const error = new ApiError(status, message)
    const info = { status, kind: error.kind, message }
    return versionServerErrorRules(values).find((r) => r.match(info))?.field
  }

  it('maps the server’s messages to fields', () => {
    expect(fieldFor(500, 'failed to batch create container versions: duplicated key not allowed')).toBe(
      'version.name',
    )
    expect(fieldFor(400, 'Invalid request parameters: invalid semantic version: v1, expected integer')).toBe(
      'version.name',
    )
    expect(
      fieldFor(
        400,
        'Invalid request parameters: invalid container version request: invalid docker image reference: x, invalid image reference format: y',
      ),
    ).toBe('version.imageRef')
    expect(fieldFor(400, 'Invalid request parameters: invalid github link: x, expected')).toBe(
      'version.githubLink',
    )
    expect(
      fieldFor(
        400,
        'Invalid request parameters: invalid env var at index 1: template string is required for dynamic parameter type',
      ),
    ).toBe('version.envVars.1.template')
    expect(
      fieldFor(400, 'Invalid request parameters: invalid env var at index 0: parameter key cannot be empty'),
    ).toBe('version.envVars.0.key')
    expect(
      fieldFor(400, 'Invalid request parameters: invalid helm config:  invalid namespace prefix: xx'),
    ).toBe('version.helm.nsPrefix')
    expect(
      fieldFor(
        400,
        'Invalid request parameters: invalid helm config:  invalid repository URL: a, parse "a": invalid',
      ),
    ).toBe('version.helm.repoUrl')
    expect(
      fieldFor(
        400,
        'Invalid request parameters: invalid helm config:  invalid parameter config at index 0: parameter key cannot be empty',
      ),
    ).toBe('version.helm.values.0.key')
    expect(
      fieldFor(400, 'Invalid request parameters: invalid helm config:  chart_name cannot be empty'),
    ).toBe('version.helm.chartName')
    // The server's own words when a helm field is only spaces (dto.CreateHelmConfigReq.Validate).
    for (const [message, field] of [
      ['chart name cannot be empty', 'version.helm.chartName'],
      ['repository name cannot be empty', 'version.helm.repoName'],
      ['repository URL cannot be empty', 'version.helm.repoUrl'],
      ['namespace prefix cannot be empty', 'version.helm.nsPrefix'],
    ])
      expect(fieldFor(400, `Invalid request parameters: invalid helm config:  ${message}`)).toBe(field)
    expect(fieldFor(403, 'Insufficient permissions')).toBeUndefined()
    expect(fieldFor(500, 'something else')).toBeUndefined()
  })
})

describe('start from an existing version', () => {
  it('copies image, command and the Helm chart, repository, URL and prefix', () => {
    const prefill = prefillFromVersion({
      id: 7,
      name: '1.0.0',
      image_ref: 'docker.io/opspai/ts:1.0.0',
      usage: 0,
      updated_at: '',
      github_link: '',
      command: 'run',
      env_vars: '',
      helm_config: {
        id: 1,
        repo_url: 'https://charts.example.com',
        full_chart: 'train-ticket/trainticket',
        ns_prefix: 'ts',
        port_template: '',
        values: [],
      },
    })
    expect(prefill).toEqual({
      imageRef: 'docker.io/opspai/ts:1.0.0',
      command: 'run',
      helm: {
        repoName: 'train-ticket',
        chartName: 'trainticket',
        repoUrl: 'https://charts.example.com',
        nsPrefix: 'ts',
      },
    })
    expect(describePrefill('1.0.0', prefill)).toMatch(
      /does not return a version’s env vars|env vars or Helm values/,
    )
  })
})

describe('githubLinkFromUrl', () => {
  it('turns GitHub URLs into owner/repo and leaves other text alone', () => {
    expect(githubLinkFromUrl('https://github.com/OperationsPAI/AegisLab')).toBe('OperationsPAI/AegisLab')
    expect(githubLinkFromUrl('https://github.com/o/r.git')).toBe('o/r')
    expect(githubLinkFromUrl('https://github.com/o/r/tree/main/algorithms/rca')).toBe(
      'o/r/tree/main/algorithms/rca',
    )
    expect(githubLinkFromUrl('o/r')).toBeNull()
    expect(githubLinkFromUrl('https://gitlab.com/o/r')).toBeNull()
  })
})
