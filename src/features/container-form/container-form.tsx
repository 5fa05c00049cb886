import { FormProvider, useWatch } from 'react-hook-form'
import { containerTypes } from '@/api/enums'
import { useWriteAccess } from '@/api/write-access'
import { CheckboxField, FormRootError, TextField } from '@/components/form/fields'
import { FormActions, ReadOnlyNotice } from '@/components/form/form-actions'
import { goTrimSpace } from '@/lib/go-text'
import { imageNameFor } from '@/lib/image-ref'
import { DraftNotice } from '@/components/form/draft-notice'
import { VersionFields } from '@/components/version-fields/version-fields'
import type { VersionHost } from '@/components/version-fields/version-fields-schema'
import type { UseFormReturn } from 'react-hook-form'
import { ChoiceField } from './choice-field'
import { ReadmeField } from './readme-field'
import type { useContainerForm } from './use-container-form'

const typeOptions = containerTypes.map((t) => ({ value: t.name, label: t.label, description: t.description }))
export const visibilityOptions = [
  { value: 'public', label: 'Public', description: 'Listed for everyone. The default.' },
  {
    value: 'private',
    label: 'Private',
    description: 'Marked private. For now every signed-in user still sees it in the list and can open it.',
  },
] as const

/**
 * The server accepts any name, but "Build image" names the image after the container, and an image name
 * allows only lowercase letters, digits and . _ -. Says so at the field, and offers the normalized name.
 */
function NameAsImage({ form }: { form: ReturnType<typeof useContainerForm>['form'] }) {
  const name = goTrimSpace(useWatch({ control: form.control, name: 'name' }) ?? '')
  if (!name) return null
  const imageName = imageNameFor(name)
  if (imageName === name) return null
  return (
    <p className="fix" role="status">
      This name cannot be an image name (only lowercase letters, digits and . _ - are allowed there), so
      images built for it will need another name.{' '}
      {imageName ? (
        <button
          type="button"
          onClick={() =>
            form.setValue('name', imageName, { shouldDirty: true, shouldTouch: true, shouldValidate: true })
          }
        >
          Use {imageName}
        </button>
      ) : null}
    </p>
  )
}

/** "New container": name, type, visibility, README, and an optional first version. */
export function ContainerForm({ form, onSubmit, draft }: ReturnType<typeof useContainerForm>) {
  const includeVersion = useWatch({ control: form.control, name: 'includeVersion' })
  const submitting = form.formState.isSubmitting
  const access = useWriteAccess()
  return (
    <section aria-labelledby="new-container-title" className="form-page">
      <h1 id="new-container-title">New container</h1>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {/* Both forms keep the version under `version`; the shared fields read it through context. */}
      <FormProvider {...(form as unknown as UseFormReturn<VersionHost>)}>
        <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="new-container-title">
          <FormRootError form={form} />
          <ReadOnlyNotice access={access} />
          <TextField
            control={form.control}
            name="name"
            label="Name"
            placeholder="my-rca-algorithm"
            help="Unique among containers, up to 128 characters."
            autoComplete="off"
            spellCheck={false}
          />
          <NameAsImage form={form} />
          <ChoiceField control={form.control} name="type" legend="Type" options={typeOptions} />
          <ChoiceField
            control={form.control}
            name="visibility"
            legend="Visibility"
            options={visibilityOptions}
          />
          <ReadmeField control={form.control} />
          <fieldset className="version-section">
            <legend>First version</legend>
            <CheckboxField
              control={form.control}
              name="includeVersion"
              label="Also create the first version"
              help="The container and its first version are created together, or neither is."
            />
            {includeVersion ? <VersionFields existingNames={[]} /> : null}
          </fieldset>
          <FormActions
            label="Create container"
            busyLabel="Creating container…"
            submitting={submitting}
            disabled={!access.canWrite}
            cancel={{ to: '/containers' }}
          />
        </form>
      </FormProvider>
    </section>
  )
}
