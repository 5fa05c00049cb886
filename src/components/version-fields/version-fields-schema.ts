import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import {
  checkValue,
  envVarKey,
  githubLink,
  helmRepoUrl,
  helmValueKey,
  imageRef,
  versionName,
} from '@/api/validators'
import { goTrimSpace } from '@/lib/go-text'
import type { ServerErrorRule } from '@/components/form/server-error'

export type CreateVersionRequest = components['schemas']['CreateVersionRequest']
export type ParameterConfigRequest = components['schemas']['ParameterConfigRequest']
type CreateHelmConfigRequest = components['schemas']['CreateHelmConfigRequest']

/**
 * The UI values of a version (shared by the create-version form and the create-container form's first
 * version). Every field is a plain string/boolean so a half-filled form always parses; the server's rules
 * are applied by `versionFieldIssues`, which reports each problem at its field.
 */
export const parameterRowSchema = z.object({
  key: z.string(),
  type: z.enum(['fixed', 'dynamic']),
  description: z.string(),
  defaultValue: z.string(),
  template: z.string(),
  required: z.boolean(),
})
export type ParameterRow = z.infer<typeof parameterRowSchema>

export const versionFieldsSchema = z.object({
  name: z.string(),
  imageRef: z.string(),
  githubLink: z.string(),
  command: z.string(),
  envVars: z.array(parameterRowSchema),
  helm: z.object({
    enabled: z.boolean(),
    chartName: z.string(),
    repoName: z.string(),
    repoUrl: z.string(),
    nsPrefix: z.string(),
    values: z.array(parameterRowSchema),
  }),
})
export type VersionFieldsValues = z.infer<typeof versionFieldsSchema>
/** A form that holds its version under `version` (both forms do). */
export type VersionHost = { version: VersionFieldsValues }

export const emptyParameterRow = (patch: Partial<ParameterRow> = {}): ParameterRow => ({
  key: '',
  type: 'fixed',
  description: '',
  defaultValue: '',
  template: '',
  required: false,
  ...patch,
})

/**
 * The namespace prefixes the platform accepts (its configuration; the one it ships with has only this
 * one, matched case-sensitively after a trim). The field is a select of these, prefilled.
 */
export const NAMESPACE_PREFIXES = ['ts'] as const

export const versionFieldsDefaults = (patch: { helmEnabled?: boolean; imageRef?: string } = {}) =>
  ({
    name: '',
    imageRef: patch.imageRef ?? '',
    githubLink: '',
    command: '',
    envVars: [],
    helm: {
      enabled: patch.helmEnabled ?? false,
      chartName: '',
      repoName: '',
      repoUrl: '',
      nsPrefix: NAMESPACE_PREFIXES[0],
      values: [],
    },
  }) satisfies VersionFieldsValues

export type FieldIssue = { path: (string | number)[]; message: string }

const required = (value: string, message: string) => (goTrimSpace(value) === '' ? message : undefined)

/** Row checks for env-var or Helm-value parameters: key format, fixed+required default, dynamic template, duplicates. */
export function parameterRowIssues(rows: ParameterRow[], category: 'env' | 'helm'): FieldIssue[] {
  const issues: FieldIssue[] = []
  const keySchema = category === 'env' ? envVarKey : helmValueKey
  const seen = new Map<string, number>()
  for (const [i, row] of rows.entries()) {
    const keyProblem = checkValue(keySchema, row.key)
    if (keyProblem) issues.push({ path: [i, 'key'], message: keyProblem })
    else if (seen.has(row.key))
      issues.push({
        path: [i, 'key'],
        message: `${row.key} is already used in row ${seen.get(row.key)! + 1}; each key may appear once`,
      })
    else seen.set(row.key, i)
    if (row.type === 'fixed' && row.required && row.defaultValue === '')
      issues.push({
        path: [i, 'defaultValue'],
        message: 'A required fixed parameter needs a default value (or untick "Required")',
      })
    if (row.type === 'dynamic' && row.template === '')
      issues.push({
        path: [i, 'template'],
        message: 'A dynamic parameter needs a template string, like {{ .Namespace }}',
      })
  }
  return issues
}

/**
 * Every problem the server would reject this version for, each at its field (paths relative to the
 * version values). `existingNames` are the container's version names (a duplicate is a 500 on the server).
 */
export function versionFieldIssues(values: VersionFieldsValues, existingNames: string[] = []): FieldIssue[] {
  const issues: FieldIssue[] = []
  const add = (path: FieldIssue['path'], message: string | undefined) => {
    if (message) issues.push({ path, message })
  }
  const name = goTrimSpace(values.name)
  add(['name'], checkValue(versionName, values.name))
  if (name !== '' && existingNames.some((n) => goTrimSpace(n) === name))
    add(['name'], `Version ${name} already exists in this container; pick another name`)
  add(['imageRef'], checkValue(imageRef, values.imageRef))
  add(['githubLink'], checkValue(githubLink, values.githubLink))
  for (const issue of parameterRowIssues(values.envVars, 'env'))
    issues.push({ ...issue, path: ['envVars', ...issue.path] })
  const helm = values.helm
  if (helm.enabled) {
    add(['helm', 'chartName'], required(helm.chartName, 'Enter the chart name, like trainticket'))
    add(['helm', 'repoName'], required(helm.repoName, 'Enter the chart repository name, like train-ticket'))
    add(['helm', 'repoUrl'], checkValue(helmRepoUrl, helm.repoUrl))
    add(
      ['helm', 'nsPrefix'],
      required(helm.nsPrefix, 'Enter a namespace prefix configured on the server, like ts'),
    )
    for (const issue of parameterRowIssues(helm.values, 'helm'))
      issues.push({ ...issue, path: ['helm', 'values', ...issue.path] })
  }
  return issues
}

const nonEmpty = <K extends string>(key: K, value: string) =>
  (value === '' ? {} : { [key]: value }) as Partial<Record<K, string>>

/** The create-version form: the version fields, checked against the container's existing version names. */
export const versionFormSchema = (existingNames: string[]) =>
  z.object({ version: versionFieldsSchema }).superRefine((values, ctx) => {
    for (const issue of versionFieldIssues(values.version, existingNames))
      ctx.addIssue({ code: 'custom', path: ['version', ...issue.path], message: issue.message })
  })

export function toParameterRequest(row: ParameterRow, category: 0 | 1): ParameterConfigRequest {
  const dynamic = row.type === 'dynamic'
  return {
    key: row.key,
    type: dynamic ? 1 : 0,
    category,
    ...nonEmpty('description', row.description),
    ...nonEmpty('default_value', row.defaultValue),
    ...(dynamic ? { template_string: row.template } : {}),
    ...(row.required ? { required: true } : {}),
  }
}

/** The request body for these values: integer enum codes, Helm values as an array, empty optionals left out. */
export function toVersionRequest(values: VersionFieldsValues): CreateVersionRequest {
  const helm = values.helm
  const helmConfig: CreateHelmConfigRequest | undefined = helm.enabled
    ? {
        chart_name: goTrimSpace(helm.chartName),
        repo_name: goTrimSpace(helm.repoName),
        repo_url: goTrimSpace(helm.repoUrl),
        ns_prefix: goTrimSpace(helm.nsPrefix),
        ...(helm.values.length ? { values: helm.values.map((row) => toParameterRequest(row, 1)) } : {}),
      }
    : undefined
  return {
    name: goTrimSpace(values.name),
    image_ref: goTrimSpace(values.imageRef),
    ...nonEmpty('github_link', goTrimSpace(values.githubLink)),
    ...nonEmpty('command', values.command),
    ...(values.envVars.length ? { env_vars: values.envVars.map((row) => toParameterRequest(row, 0)) } : {}),
    ...(helmConfig ? { helm_config: helmConfig } : {}),
  }
}

/** The server's message without its wrapping prefixes, as a sentence ("The server says: …"). */
export const serverText = (message: string) => {
  const core = message
    .replace(/^Invalid request parameters: /, '')
    .replace(/^invalid container version request: /, '')
    .replace(/^invalid helm config: +/, '')
    .replace(/^invalid (env var|parameter config) at index \d+: /, '')
  return `The server says: ${core}`
}

/**
 * Where the server's answers about a version belong (400s from its checks, 500s from the database; inside create-container the same
 * messages carry the prefix "invalid container version request: "). Row rules are generated per row.
 */
export function versionServerErrorRules(values: VersionFieldsValues): ServerErrorRule<VersionHost>[] {
  const is400 = (re: RegExp) => (e: { status: number; message: string }) =>
    e.status === 400 && re.test(e.message)
  const rowRules = (rows: ParameterRow[], base: 'version.envVars' | 'version.helm.values', label: RegExp) =>
    rows.flatMap((_, i): ServerErrorRule<VersionHost>[] => {
      const at = new RegExp(`${label.source} ${i}: `)
      return [
        {
          field: `${base}.${i}.defaultValue`,
          match: (e) => e.status === 400 && at.test(e.message) && /default value/.test(e.message),
          message: serverText,
        },
        {
          field: `${base}.${i}.template`,
          match: (e) => e.status === 400 && at.test(e.message) && /template string/.test(e.message),
          message: serverText,
        },
        {
          field: `${base}.${i}.key`,
          match: (e) => e.status === 400 && at.test(e.message),
          message: serverText,
        },
      ]
    })
  return [
    {
      field: 'version.name',
      match: (e) => e.status >= 500 && /container versions: duplicated key not allowed/.test(e.message),
      message: `Version ${goTrimSpace(values.name)} already exists in this container (the server refused a duplicate); pick another name`,
    },
    {
      field: 'version.name',
      match: (e) => e.status >= 500 && /Data too long for column 'name'/.test(e.message),
      message: 'The server stores at most 32 characters for a version name',
    },
    {
      field: 'version.imageRef',
      match: (e) => e.status >= 500 && /Data too long for column 'registry'/.test(e.message),
      message: 'The server stores at most 64 characters for the registry host',
    },
    {
      field: 'version.name',
      match: is400(/invalid semantic version|(^|: )name cannot be empty/),
      message: serverText,
    },
    { field: 'version.imageRef', match: is400(/docker image reference/), message: serverText },
    { field: 'version.githubLink', match: is400(/invalid github link/), message: serverText },
    ...rowRules(values.envVars, 'version.envVars', /invalid env var at index/),
    ...rowRules(values.helm.values, 'version.helm.values', /invalid parameter config at index/),
    {
      field: 'version.helm.nsPrefix',
      match: is400(/invalid namespace prefix|(ns_prefix|namespace prefix) cannot be empty/),
      message: (m) =>
        `${serverText(m)}. This platform accepts only these namespace prefixes: ${NAMESPACE_PREFIXES.join(', ')}.`,
    },
    {
      field: 'version.helm.repoUrl',
      match: is400(/repository URL|repo_url cannot be empty/),
      message: serverText,
    },
    {
      field: 'version.helm.repoName',
      match: is400(/(repo_name|repository name) cannot be empty/),
      message: serverText,
    },
    { field: 'version.helm.chartName', match: is400(/invalid helm config/), message: serverText },
  ]
}
