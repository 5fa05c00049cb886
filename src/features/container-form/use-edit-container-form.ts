import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useMemo, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { isApiError } from '@/api/errors'
import { useUpdateContainer } from '@/api/manage'
import type { ContainerDetail } from '@/api/wire'
import { useFormDraft } from '@/components/form/use-form-draft'
import { useLeaveGuard } from '@/components/form/use-leave-guard'
import { applyServerError } from '@/components/form/server-error'
import { revealInvisible } from '@/lib/format'
import { rememberRefusal } from '@/lib/refused-actions'
import {
  editContainerDefaults,
  editContainerSchema,
  editContainerServerErrorRules,
  toUpdateContainerRequest,
  type EditContainerValues,
} from './edit-container-schema'

export const editContainerDraftKey = (id: number) => `edit-container.${id}`

/**
 * Edit a container: the form starts from the server's values, keeps a draft per container, and sends
 * only what changed. After the 202 the detail has been read again (the mutation does it), so the
 * container page shows the saved README at once.
 */
export function useEditContainerForm(container: ContainerDetail) {
  const id = container.id
  // The values the server had when the page opened; a later refetch must not reset what the user typed.
  const [current] = useState(() => editContainerDefaults(container))
  const defaults = useMemo(() => current, [current])
  const form = useForm<EditContainerValues>({
    resolver: zodResolver(editContainerSchema),
    defaultValues: defaults,
    mode: 'onTouched',
  })
  const draft = useFormDraft(form, editContainerDraftKey(id), defaults)
  const [succeeded, setSucceeded] = useState(false)
  useLeaveGuard(form.formState.isDirty && !succeeded)
  const mutation = useUpdateContainer(id)
  const navigate = useNavigate()
  // A second click before React re-renders the disabled button must not send a second PATCH.
  const inFlight = useRef(false)

  const onSubmit = form.handleSubmit(async (values) => {
    if (inFlight.current) return
    const body = toUpdateContainerRequest(values, current)
    if (Object.keys(body).length === 0) {
      form.setError('root.server', {
        type: 'nothing',
        message: 'Nothing has changed yet: edit the README, the visibility or the status, then save.',
      })
      return
    }
    inFlight.current = true
    try {
      await mutation.mutateAsync(body)
    } catch (error) {
      if (isApiError(error) && error.kind === 'forbidden') rememberRefusal(id, 'edit')
      if (isApiError(error) && error.kind === 'not-found')
        form.setError('root.server', {
          type: 'server',
          message:
            'This container no longer exists on the server (it may have been deleted meanwhile), so nothing was saved.',
        })
      else applyServerError(form, error, editContainerServerErrorRules)
      return
    } finally {
      inFlight.current = false
    }
    draft.clear()
    setSucceeded(true)
    await navigate({
      to: '/containers/$containerId',
      params: { containerId: id },
      state: { announce: `Container ${revealInvisible(container.name)} was saved.` },
      ignoreBlocker: true,
    })
  })

  return { form, onSubmit, draft, container }
}
