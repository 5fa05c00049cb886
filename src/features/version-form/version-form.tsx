import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { FormProvider } from 'react-hook-form'
import { typeLabel } from '@/api/enums'
import type { ContainerDetail } from '@/api/wire'
import { useWriteAccess } from '@/api/write-access'
import { FormRootError } from '@/components/form/fields'
import { FormActions, ReadOnlyNotice } from '@/components/form/form-actions'
import { revealInvisible } from '@/lib/format'
import { sortVersionsDesc } from '@/lib/semver'
import { DraftNotice } from '@/components/form/draft-notice'
import type { useVersionForm } from './use-version-form'
import { VersionFields } from '@/components/version-fields/version-fields'

type Props = { container: ContainerDetail } & ReturnType<typeof useVersionForm>

/** "New version" of a container: start from an existing version, the version fields, submit. */
export function VersionForm({
  container,
  form,
  onSubmit,
  draft,
  existingNames,
  startFrom,
  startFromVersion,
}: Props) {
  const submitting = form.formState.isSubmitting
  const access = useWriteAccess()
  const containerName = revealInvisible(container.name)
  return (
    <section aria-labelledby="new-version-title" className="form-page">
      <p className="breadcrumb">
        <Link to="/containers/$containerId" params={{ containerId: container.id }}>
          ← {containerName}
        </Link>
      </p>
      <h1 id="new-version-title" className="wrap-anywhere" title={containerName}>
        New version of <span dir="auto">{containerName}</span>
      </h1>
      <p className="hint">
        {typeLabel(container.type)} container · {container.versions.length} existing version
        {container.versions.length === 1 ? '' : 's'}
      </p>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {container.versions.length ? (
        <StartFrom container={container} state={startFrom} onStart={(id) => void startFromVersion(id)} />
      ) : null}
      <FormProvider {...form}>
        <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="new-version-title">
          <FormRootError form={form} />
          <ReadOnlyNotice access={access} />
          <VersionFields existingNames={existingNames} />
          <FormActions
            label="Create version"
            busyLabel="Creating version…"
            submitting={submitting}
            disabled={!access.canWrite}
            cancel={{ to: '/containers/$containerId', params: { containerId: container.id } }}
          />
        </form>
      </FormProvider>
    </section>
  )
}

function StartFrom({
  container,
  state,
  onStart,
}: {
  container: ContainerDetail
  state: ReturnType<typeof useVersionForm>['startFrom']
  onStart: (versionId: number) => void
}) {
  const [choice, setChoice] = useState('')
  const versions = sortVersionsDesc(container.versions)
  return (
    <div className="card start-from">
      <div className="toolbar">
        <div className="field">
          <label htmlFor="start-from">Start from version…</label>
          <select id="start-from" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a version</option>
            {versions.map((v) => (
              <option key={v.id} value={String(v.id)}>
                {v.name} · {v.image_ref}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!choice || state?.tone === 'loading'}
          onClick={() => onStart(Number(choice))}
        >
          Copy its settings
        </button>
      </div>
      <p className="hint">
        Copies the image reference, the command and the Helm chart, repository, URL and namespace prefix. The
        server does not return a version&apos;s env vars or Helm values, so those cannot be copied.
      </p>
      <div role="status">
        {state ? (
          <p className={state.tone === 'error' ? 'alert error' : state.tone === 'ok' ? 'alert ok' : 'hint'}>
            {state.text}
          </p>
        ) : null}
      </div>
    </div>
  )
}
