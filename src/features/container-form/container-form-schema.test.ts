import { describe, expect, it } from 'vitest'
import type { components } from '@/api/schema.gen'
import { containerRequestProblem } from '@/mocks/rules'
import { emptyParameterRow } from '@/components/version-fields/version-fields-schema'
import {
  containerFormDefaults,
  containerFormSchema,
  containerServerErrorRules,
  toCreateContainerRequest,
} from './container-form-schema'

describe('toCreateContainerRequest', () => {
  it('sends the type as its integer code, public by default, and no empty README or version', () => {
    const values = { ...containerFormDefaults(), name: ' my-rca ', type: 'benchmark' }
    const body: components['schemas']['CreateContainerRequest'] = toCreateContainerRequest(values)
    expect(body).toEqual({ name: 'my-rca', type: 1, is_public: true })
    expect(containerRequestProblem(body)).toBeNull()
  })

  it('includes the README verbatim, private visibility and the first version', () => {
    const values = containerFormDefaults({ type: 'pedestal', imageRef: 'docker.io/opspai/ts:1.0.0' })
    values.name = 'ts2'
    values.visibility = 'private'
    values.readme = '# Train-Ticket\n\n  indented  '
    values.version.name = '1.0.0'
    values.version.helm = {
      enabled: true,
      chartName: 'trainticket',
      repoName: 'train-ticket',
      repoUrl: 'https://charts.example.com',
      nsPrefix: 'ts',
      values: [emptyParameterRow({ key: 'global.image.tag', defaultValue: '1.0.0' })],
    }
    const body = toCreateContainerRequest(values)
    expect(body).toEqual({
      name: 'ts2',
      type: 2,
      is_public: false,
      readme: '# Train-Ticket\n\n  indented  ',
      version: {
        name: '1.0.0',
        image_ref: 'docker.io/opspai/ts:1.0.0',
        helm_config: {
          chart_name: 'trainticket',
          repo_name: 'train-ticket',
          repo_url: 'https://charts.example.com',
          ns_prefix: 'ts',
          values: [{ key: 'global.image.tag', type: 0, category: 1, default_value: '1.0.0' }],
        },
      },
    })
    expect(containerRequestProblem(body)).toBeNull()
  })
})

describe('containerFormSchema', () => {
  it('needs a name and a type, and checks the version only when it is included', () => {
    const result = containerFormSchema.safeParse(containerFormDefaults())
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['name', 'type'])
    const withVersion = { ...containerFormDefaults(), name: 'x', type: 'algorithm', includeVersion: true }
    withVersion.version.name = 'v1.0.0'
    expect(containerFormSchema.safeParse(withVersion).error!.issues.map((i) => i.path.join('.'))).toEqual([
      'version.name',
      'version.imageRef',
    ])
  })

  it('opens the Helm section by default for a pedestal', () => {
    expect(containerFormDefaults({ type: 'pedestal' }).version.helm.enabled).toBe(true)
    expect(containerFormDefaults({ type: 'algorithm' }).version.helm.enabled).toBe(false)
  })
})

describe('containerServerErrorRules', () => {
  it('puts a 409 on the name and version problems on the version fields', () => {
    const values = { ...containerFormDefaults(), includeVersion: true }
    const rules = containerServerErrorRules(values)
    const pick = (status: number, message: string) =>
      rules.find((r) => r.match({ status, kind: '', message }))
    expect(pick(409, 'failed to create container: Record already exists')).toMatchObject({
      field: 'name',
      message: 'A container with this name already exists. Choose another name.',
    })
    expect(pick(400, 'Invalid request parameters: invalid container type: 7')?.field).toBe('type')
    expect(
      pick(
        400,
        'Invalid request parameters: invalid container version request: invalid semantic version: v1, x',
      )?.field,
    ).toBe('version.name')
  })
})
