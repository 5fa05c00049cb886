import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { containerQueries } from '@/api/containers'
import { useCreateContainer } from '@/api/create'
import type { ContainerTypeName } from '@/api/enums'
import { useFormDraft } from '@/components/form/use-form-draft'
import { useLeaveGuard } from '@/components/form/use-leave-guard'
import { applyServerError } from '@/components/form/server-error'
import { goTrimSpace } from '@/lib/go-text'
import { rememberSentParameters } from '@/lib/sent-parameters'
import {
  containerFormDefaults,
  containerFormSchema,
  containerServerErrorRules,
  toCreateContainerRequest,
  type ContainerFormValues,
} from './container-form-schema'

export const CONTAINER_DRAFT_KEY = 'new-container'

/** Opens the Helm section when the type becomes pedestal, unless the user already chose for themselves. */
function useHelmFollowsType(form: UseFormReturn<ContainerFormValues>) {
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name !== 'type') return
      if (form.getFieldState('version.helm.enabled').isDirty) return
      form.setValue('version.helm.enabled', values.type === 'pedestal')
    })
    return () => subscription.unsubscribe()
  }, [form])
}

export function useContainerForm({
  prefill,
  onPrefillConsumed,
}: {
  prefill: { type?: ContainerTypeName; imageRef?: string }
  onPrefillConsumed: () => void
}) {
  const defaults = useMemo(() => containerFormDefaults(), [])
  const form = useForm<ContainerFormValues>({
    resolver: zodResolver(containerFormSchema),
    defaultValues: defaults,
    mode: 'onTouched',
  })
  const draft = useFormDraft(form, CONTAINER_DRAFT_KEY, defaults)
  const [succeeded, setSucceeded] = useState(false)
  useLeaveGuard(form.formState.isDirty && !succeeded)
  useHelmFollowsType(form)
  const queryClient = useQueryClient()
  const mutation = useCreateContainer()
  const navigate = useNavigate()

  // Prefill from the URL once, after any draft was restored; then drop the params so a reload keeps the draft.
  const prefillDone = useRef(false)
  useEffect(() => {
    if (prefillDone.current) return
    prefillDone.current = true
    if (prefill.type === undefined && prefill.imageRef === undefined) return
    const opts = { shouldDirty: true } as const
    if (prefill.type !== undefined) form.setValue('type', prefill.type, opts)
    if (prefill.imageRef !== undefined) {
      form.setValue('includeVersion', true, opts)
      form.setValue('version.imageRef', prefill.imageRef, {
        ...opts,
        shouldTouch: true,
        shouldValidate: true,
      })
    }
    onPrefillConsumed()
  }, [prefill.type, prefill.imageRef, form, onPrefillConsumed])

  const onSubmit = form.handleSubmit(async (values) => {
    let created
    const request = toCreateContainerRequest(values)
    try {
      created = await mutation.mutateAsync(request)
    } catch (error) {
      applyServerError(form, error, containerServerErrorRules(values))
      return
    }
    if (request.version) {
      // The answer has no version id: the container's page (loaded next anyway) lists it by name.
      const sent = request.version
      await queryClient
        .fetchQuery(containerQueries.detail(created.id))
        .then((detail) => {
          const version = detail.versions.find((v) => v.name === sent.name)
          if (version) rememberSentParameters(version.id, sent)
        })
        .catch(() => undefined)
    }
    draft.clear()
    setSucceeded(true)
    const withVersion = values.includeVersion ? ` with version ${goTrimSpace(values.version.name)}` : ''
    await navigate({
      to: '/containers/$containerId',
      params: { containerId: created.id },
      state: { announce: `Container ${created.name} was created${withVersion}.` },
      ignoreBlocker: true,
    })
  })

  return { form, onSubmit, draft }
}
