import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { FormRootError } from '@/components/form/fields'
import { FormActions } from '@/components/form/form-actions'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DraftNotice } from '@/components/form/draft-notice'
import { revealInvisible } from '@/lib/format'
import { ChoiceField } from './choice-field'
import { visibilityOptions } from './container-form'
import { ReadmeField } from './readme-field'
import { useEditContainerForm } from './use-edit-container-form'

const route = getRouteApi('/containers/$containerId/edit')

const statusOptions = [
  { value: 'enabled', label: 'Enabled', description: 'Available to runs and fault injections.' },
  {
    value: 'disabled',
    label: 'Disabled',
    description:
      'Kept, listed and still readable here, but runs and fault injections can no longer use it. It can be enabled again.',
  },
] as const

/** "Edit <name>": README with a live preview, visibility and status. Name and type cannot be changed. */
export function EditContainerPage() {
  const { containerId } = route.useParams()
  const { data: container } = useSuspenseQuery(containerQueries.detail(containerId))
  return <EditContainerForm {...useEditContainerForm(container)} />
}

function EditContainerForm({ form, onSubmit, draft, container }: ReturnType<typeof useEditContainerForm>) {
  const submitting = form.formState.isSubmitting
  const shownName = revealInvisible(container.name)
  return (
    <section aria-labelledby="edit-container-title" className="form-page">
      <Breadcrumbs current="Edit">
        <li>
          <Link to="/containers/$containerId" params={{ containerId: container.id }} dir="auto">
            {shownName}
          </Link>
        </li>
      </Breadcrumbs>
      <h1 id="edit-container-title">
        Edit <span dir="auto">{shownName}</span>
      </h1>
      <p className="muted">The name and the type of a container cannot be changed.</p>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="edit-container-title">
        <FormRootError form={form} />
        <ReadmeField control={form.control} label="README" />
        <ChoiceField
          control={form.control}
          name="visibility"
          legend="Visibility"
          options={visibilityOptions}
        />
        <ChoiceField control={form.control} name="status" legend="Status" options={statusOptions} />
        <FormActions
          label="Save changes"
          busyLabel="Saving changes…"
          submitting={submitting}
          cancel={{ to: '/containers/$containerId', params: { containerId: container.id } }}
        />
      </form>
    </section>
  )
}
