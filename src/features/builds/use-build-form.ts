import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import { useSubmitBuild } from '@/api/builds'
import { useFormDraft } from '@/components/form/use-form-draft'
import { useLeaveGuard } from '@/components/form/use-leave-guard'
import { applyServerError } from '@/components/form/server-error'
import { imageNameFor } from '@/lib/image-ref'
import {
  buildFormDefaults,
  buildFormSchema,
  buildServerErrorRules,
  SECRET_FIELDS,
  toSubmitBuildReq,
  type BuildFormValues,
} from './build-form-schema'
import { buildHistory } from './build-history'
import { newBuildRecord } from './build-record'
import { watchBuild } from './build-watch'
import { useRegistryPrefix } from './registry-prefix'
import { useBuildBatch } from './use-build-batch'
import { useFileIntake } from './use-file-intake'

/**
 * The build form (`/builds/new`): form state, draft, prefill and submission. What was dropped is read by
 * useFileIntake, a batch file is run by useBuildBatch; both write into this form.
 */
export function useBuildForm({
  containerId,
  containerName,
}: {
  containerId?: number
  containerName?: string
}) {
  const form = useForm<BuildFormValues>({
    resolver: zodResolver(buildFormSchema),
    defaultValues: buildFormDefaults,
    mode: 'onTouched',
  })
  const buildArgs = useFieldArray({ control: form.control, name: 'build_args' })
  // The token is left out explicitly (useFormDraft also drops anything named like a secret).
  const draft = useFormDraft(form, 'new-build', buildFormDefaults, { omit: SECRET_FIELDS })
  const [succeeded, setSucceeded] = useState(false)
  useLeaveGuard(form.formState.isDirty && !succeeded)
  const mutation = useSubmitBuild()
  const navigate = useNavigate()
  const registryPrefix = useRegistryPrefix()
  const batch = useBuildBatch({ form, containerId, registryPrefix: registryPrefix.value })
  const intake = useFileIntake({ form, buildArgs, openBatch: batch.openBatch })

  // From a container's page: its name is the likely image name (only when nothing was typed or restored).
  const prefilled = useRef(false)
  useEffect(() => {
    if (prefilled.current || !containerName) return
    prefilled.current = true
    // Never an invalid image name: `My Algo!!` becomes `my-algo`, and nothing when no usable name is left.
    const name = imageNameFor(containerName)
    if (!form.getValues('image_name') && name) form.setValue('image_name', name, { shouldDirty: false })
  }, [containerName, form])

  const onSubmit = form.handleSubmit(async (values) => {
    const request = toSubmitBuildReq(values)
    let submitted
    try {
      submitted = await mutation.mutateAsync(request)
    } catch (error) {
      applyServerError(form, error, buildServerErrorRules)
      return
    }
    buildHistory.put(
      newBuildRecord(request, submitted, { containerId, registryPrefix: registryPrefix.value }),
    )
    watchBuild(submitted.trace_id)
    draft.clear()
    form.reset(buildFormDefaults)
    setSucceeded(true)
    await navigate({
      to: '/builds/$traceId',
      params: { traceId: submitted.trace_id },
      state: { announce: `Build of ${request.image_name} submitted.` },
      ignoreBlocker: true,
    })
  })

  return { form, buildArgs, draft, intake, batch, registryPrefix, onSubmit, containerId, containerName }
}

export type BuildFormState = ReturnType<typeof useBuildForm>
