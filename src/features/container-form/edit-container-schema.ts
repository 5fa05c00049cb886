import { z } from 'zod'
import type { ContainerUpdate } from '@/api/manage'
import type { ContainerDetail } from '@/api/wire'
import type { ServerErrorRule } from '@/components/form/server-error'

/**
 * The edit-container form: README, visibility and status. Name and type cannot be changed on this server.
 * `status` is '' only when the server reports a status the dashboard does not know (another client stored
 * an odd integer); the user then picks one, or it is left alone.
 */
export const editContainerSchema = z.object({
  readme: z.string(),
  visibility: z.enum(['public', 'private']),
  status: z.enum(['enabled', 'disabled', '']),
})

export type EditContainerValues = z.infer<typeof editContainerSchema>

export function editContainerDefaults(container: ContainerDetail): EditContainerValues {
  return {
    readme: container.readme,
    visibility: container.is_public ? 'public' : 'private',
    status: container.status === 'enabled' || container.status === 'disabled' ? container.status : '',
  }
}

/** Only the fields that differ from what the server has; the status only ever as 0 or 1; README verbatim. */
export function toUpdateContainerRequest(
  values: EditContainerValues,
  current: EditContainerValues,
): ContainerUpdate {
  return {
    ...(values.readme !== current.readme ? { readme: values.readme } : {}),
    ...(values.visibility !== current.visibility ? { is_public: values.visibility === 'public' } : {}),
    ...(values.status !== '' && values.status !== current.status
      ? { status: values.status === 'enabled' ? 1 : 0 }
      : {}),
  }
}

/** The only 400s this route gives are JSON type errors, which name the Go field. */
export const editContainerServerErrorRules: ServerErrorRule<EditContainerValues>[] = [
  { field: 'readme', match: (e) => e.status === 400 && /UpdateContainerReq\.readme/.test(e.message) },
  { field: 'visibility', match: (e) => e.status === 400 && /UpdateContainerReq\.is_public/.test(e.message) },
  { field: 'status', match: (e) => e.status === 400 && /UpdateContainerReq\.status/.test(e.message) },
]
