import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useForm, type UseFormReturn } from 'react-hook-form'
import { describeError } from '@/api/errors'
import { useCreateContainerVersion } from '@/api/create'
import { versionQueries } from '@/api/versions'
import type { ContainerDetail } from '@/api/wire'
import { useFormDraft } from '@/components/form/use-form-draft'
import { useLeaveGuard } from '@/components/form/use-leave-guard'
import { applyServerError } from '@/components/form/server-error'
import { rememberSentParameters } from '@/lib/sent-parameters'
import { describePrefill, prefillFromVersion, type VersionPrefill } from './start-from'
import {
  toVersionRequest,
  versionFieldsDefaults,
  versionFormSchema,
  versionServerErrorRules,
  type VersionHost,
} from '@/components/version-fields/version-fields-schema'

export type StartFromState = { tone: 'ok' | 'error' | 'loading'; text: string } | null

/** Sets prefilled version fields as if the user typed them (dirty, so the draft keeps them). */
export function applyVersionPrefill(form: UseFormReturn<VersionHost>, prefill: Partial<VersionPrefill>) {
  const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const
  if (prefill.imageRef !== undefined) form.setValue('version.imageRef', prefill.imageRef, opts)
  if (prefill.command !== undefined) form.setValue('version.command', prefill.command, opts)
  if (prefill.helm) {
    form.setValue('version.helm.enabled', true, opts)
    form.setValue('version.helm.chartName', prefill.helm.chartName, opts)
    form.setValue('version.helm.repoName', prefill.helm.repoName, opts)
    form.setValue('version.helm.repoUrl', prefill.helm.repoUrl, opts)
    form.setValue('version.helm.nsPrefix', prefill.helm.nsPrefix, opts)
  }
}

export function useVersionForm({
  container,
  prefill,
  onPrefillConsumed,
}: {
  container: ContainerDetail
  prefill: { imageRef?: string; name?: string; githubLink?: string; from?: number }
  onPrefillConsumed: () => void
}) {
  const containerId = container.id
  const existingNames = useMemo(() => container.versions.map((v) => v.name), [container.versions])
  const schema = useMemo(() => versionFormSchema(existingNames), [existingNames])
  const defaults = useMemo(
    (): VersionHost => ({ version: versionFieldsDefaults({ helmEnabled: container.type === 'pedestal' }) }),
    [container.type],
  )
  const form = useForm<VersionHost>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    mode: 'onTouched',
  })
  const draft = useFormDraft(form, `new-version.${containerId}`, defaults)
  const [succeeded, setSucceeded] = useState(false)
  useLeaveGuard(form.formState.isDirty && !succeeded)
  const mutation = useCreateContainerVersion(containerId)
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [startFrom, setStartFrom] = useState<StartFromState>(null)

  const startFromVersion = useCallback(
    async (versionId: number) => {
      const listed = container.versions.find((v) => v.id === versionId)
      if (!listed) {
        setStartFrom({
          tone: 'error',
          text: `Version #${versionId} is not a version of ${container.name}, so nothing was copied.`,
        })
        return
      }
      setStartFrom({ tone: 'loading', text: `Loading version ${listed.name}…` })
      try {
        const detail = await queryClient.fetchQuery(versionQueries.detail(containerId, versionId))
        const values = prefillFromVersion(detail)
        applyVersionPrefill(form, values)
        setStartFrom({ tone: 'ok', text: describePrefill(detail.name, values) })
      } catch (error) {
        setStartFrom({
          tone: 'error',
          text: `Version ${listed.name} could not be loaded, so nothing was copied: ${describeError(error)}`,
        })
      }
    },
    [container.versions, container.name, containerId, form, queryClient],
  )

  // Prefill from the URL once, after any draft was restored, then drop the params so a reload keeps the draft.
  const prefillDone = useRef(false)
  useEffect(() => {
    if (prefillDone.current) return
    prefillDone.current = true
    const { imageRef, name, githubLink } = prefill
    if ([imageRef, name, githubLink, prefill.from].every((v) => v === undefined)) return
    const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const
    if (imageRef !== undefined) applyVersionPrefill(form, { imageRef })
    if (name !== undefined) form.setValue('version.name', name, opts)
    if (githubLink !== undefined) form.setValue('version.githubLink', githubLink, opts)
    if (prefill.from !== undefined) void startFromVersion(prefill.from)
    onPrefillConsumed()
  }, [prefill, form, startFromVersion, onPrefillConsumed])

  const onSubmit = form.handleSubmit(async (values) => {
    let created
    const request = toVersionRequest(values.version)
    try {
      created = await mutation.mutateAsync(request)
    } catch (error) {
      applyServerError(form, error, versionServerErrorRules(values.version))
      return
    }
    rememberSentParameters(created.id, request)
    draft.clear()
    setSucceeded(true)
    // Land on what was just made: the new version's page.
    await navigate({
      to: '/containers/$containerId/versions/$versionId',
      params: { containerId, versionId: created.id },
      state: { announce: `Version ${created.name} of ${container.name} was created.` },
      ignoreBlocker: true,
    })
  })

  return { form, onSubmit, draft, existingNames, startFrom, startFromVersion }
}
