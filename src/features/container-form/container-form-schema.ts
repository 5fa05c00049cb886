import { z } from 'zod'
import { typeCodeOf, typeNames, type ContainerTypeName } from '@/api/enums'
import type { components } from '@/api/schema.gen'
import { checkValue, containerName } from '@/api/validators'
import { goTrimSpace } from '@/lib/go-text'
import type { ServerErrorRule } from '@/components/form/server-error'
import {
  serverText,
  toVersionRequest,
  versionFieldIssues,
  versionFieldsDefaults,
  versionFieldsSchema,
  versionServerErrorRules,
} from '@/components/version-fields/version-fields-schema'

export type CreateContainerRequest = components['schemas']['CreateContainerRequest']

/**
 * The create-container form. `includeVersion` adds the optional first version (the API creates both in
 * one transaction); its fields are checked only when it is included.
 */
export const containerFormSchema = z
  .object({
    name: z.string(),
    type: z.string(),
    visibility: z.enum(['public', 'private']),
    readme: z.string(),
    includeVersion: z.boolean(),
    version: versionFieldsSchema,
  })
  .superRefine((values, ctx) => {
    const nameProblem = checkValue(containerName, values.name)
    if (nameProblem) ctx.addIssue({ code: 'custom', path: ['name'], message: nameProblem })
    if (!typeNames.includes(values.type as ContainerTypeName))
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'Choose what kind of container this is' })
    if (values.includeVersion)
      for (const issue of versionFieldIssues(values.version))
        ctx.addIssue({ code: 'custom', path: ['version', ...issue.path], message: issue.message })
  })

export type ContainerFormValues = z.infer<typeof containerFormSchema>

export const containerFormDefaults = (
  prefill: { type?: ContainerTypeName; imageRef?: string } = {},
): ContainerFormValues => ({
  name: '',
  type: prefill.type ?? '',
  visibility: 'public',
  readme: '',
  includeVersion: prefill.imageRef !== undefined,
  version: versionFieldsDefaults({ helmEnabled: prefill.type === 'pedestal', imageRef: prefill.imageRef }),
})

/** The request body: type as its integer code, public by default, README verbatim, empty optionals left out. */
export function toCreateContainerRequest(values: ContainerFormValues): CreateContainerRequest {
  return {
    name: goTrimSpace(values.name),
    type: typeCodeOf(values.type as ContainerTypeName),
    is_public: values.visibility === 'public',
    ...(values.readme.trim() === '' ? {} : { readme: values.readme }),
    ...(values.includeVersion ? { version: toVersionRequest(values.version) } : {}),
  }
}

export function containerServerErrorRules(
  values: ContainerFormValues,
): ServerErrorRule<ContainerFormValues>[] {
  return [
    {
      field: 'name',
      match: (e) => e.status === 409,
      message: 'A container with this name already exists. Choose another name.',
    },
    {
      field: 'name',
      match: (e) =>
        e.status === 400 && /container name cannot be empty|'CreateContainerReq\.Name'/.test(e.message),
      message: serverText,
    },
    {
      field: 'type',
      match: (e) => e.status === 400 && /container type/.test(e.message),
      message: serverText,
    },
    // The version's rules, re-typed field by field for this form (both keep the version under `version`).
    ...(values.includeVersion
      ? versionServerErrorRules(values.version).map((rule): ServerErrorRule<ContainerFormValues> => ({
          ...rule,
          field: rule.field,
        }))
      : []),
  ]
}
