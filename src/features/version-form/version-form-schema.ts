import { z } from 'zod'
import {
  toVersionRequest,
  versionFieldIssues,
  versionFieldsDefaults,
  versionFieldsSchema,
  type CreateVersionRequest,
  type VersionHost,
} from '@/components/version-fields/version-fields-schema'

/** The create-version form: the version fields, checked against the container's existing version names. */
export const versionFormSchema = (existingNames: string[]) =>
  z.object({ version: versionFieldsSchema }).superRefine((values, ctx) => {
    for (const issue of versionFieldIssues(values.version, existingNames))
      ctx.addIssue({ code: 'custom', path: ['version', ...issue.path], message: issue.message })
  })

export type VersionFormValues = VersionHost

export const versionFormDefaults = (
  patch: { helmEnabled?: boolean; imageRef?: string } = {},
): VersionFormValues => ({
  version: versionFieldsDefaults(patch),
})

export const toCreateVersionRequest = (values: VersionFormValues): CreateVersionRequest =>
  toVersionRequest(values.version)
