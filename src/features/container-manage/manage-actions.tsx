import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { Suspense, useId, useState } from 'react'
import { containerQueries } from '@/api/containers'
import { useRefusedActions } from '@/lib/refused-actions'
import { lazyPart } from '@/components/lazy-part'

// Its code (and the delete request's) loads on the first click of Delete…, not with the page.
const DeleteContainerDialog = lazyPart(() =>
  import('./delete-container-dialog').then((m) => m.DeleteContainerDialog),
)

const route = getRouteApi('/containers/$containerId/')

/**
 * Edit and Delete on the container page. The server does not say in advance what an account may do
 * (the profile has no roles), so both are offered; once the server has refused one for this account
 * (403), it is shown as unavailable, with the reason.
 */
export function ContainerManageActions() {
  const { containerId } = route.useParams()
  const { data: container } = useSuspenseQuery(containerQueries.detail(containerId))
  const refused = useRefusedActions(container.id)
  const [deleting, setDeleting] = useState(false)
  // Mounted from the first click on, so closing it works like before (focus goes back to the button).
  const [dialogWanted, setDialogWanted] = useState(false)
  const reasonId = useId()
  const reason = refused.size ? reasonId : undefined

  return (
    <>
      {refused.has('edit') ? (
        <button type="button" aria-disabled="true" aria-describedby={reason}>
          Edit
        </button>
      ) : (
        <Link className="button" to="/containers/$containerId/edit" params={{ containerId }}>
          Edit
        </Link>
      )}
      <button
        type="button"
        className="danger"
        aria-disabled={refused.has('delete') || undefined}
        aria-describedby={refused.has('delete') ? reason : undefined}
        onClick={() => {
          if (refused.has('delete')) return
          setDialogWanted(true)
          setDeleting(true)
        }}
      >
        Delete…
      </button>
      {refused.size ? (
        <p id={reasonId} className="muted">
          {refused.has('edit')
            ? 'Edit and delete are unavailable: your account may only read this container (the server refused a change with "Insufficient permissions").'
            : 'Delete is unavailable: your account may not delete this container (the server answered "Insufficient permissions").'}
        </p>
      ) : null}
      {dialogWanted ? (
        <Suspense fallback={<p role="status">Opening the delete dialog…</p>}>
          <DeleteContainerDialog container={container} open={deleting} onClose={() => setDeleting(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
