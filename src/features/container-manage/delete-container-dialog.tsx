import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState } from 'react'
import { describeError, isApiError } from '@/api/errors'
import { forgetContainer, useDeleteContainer } from '@/api/manage'
import type { ContainerDetail } from '@/api/wire'
import { rememberDeleted } from '@/lib/deleted-containers'
import { formatCount, revealInvisible } from '@/lib/format'
import { rememberRefusal } from '@/lib/refused-actions'

/**
 * "Delete <name>?": says that every version goes with it and that it cannot be undone, and is confirmed
 * by typing the container's name. A 204 is success: the user lands on the list with an announcement.
 */
export function DeleteContainerDialog({
  container,
  open,
  onClose,
}: {
  container: ContainerDetail
  open: boolean
  onClose: () => void
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputId = useId()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const inFlight = useRef(false)
  const mutation = useDeleteContainer(container.id)
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const shownName = revealInvisible(container.name)
  const versions = container.versions.length
  const matches = typed === container.name || typed === shownName

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const close = () => {
    if (inFlight.current) return
    setTyped('')
    setError(null)
    onClose()
  }

  const leave = async (announce: string) => {
    rememberDeleted(container.id, container.name)
    await navigate({ to: '/containers', state: { announce } })
    forgetContainer(queryClient, container.id)
  }

  const confirm = async () => {
    if (!matches || inFlight.current) return
    inFlight.current = true
    setError(null)
    try {
      await mutation.mutateAsync()
    } catch (failure) {
      inFlight.current = false
      if (isApiError(failure) && failure.kind === 'not-found') {
        await leave(`Container ${shownName} had already been deleted.`)
        return
      }
      if (isApiError(failure) && failure.kind === 'forbidden') {
        rememberRefusal(container.id, 'delete')
        setError(
          'Your account is not allowed to delete this container: the server answered "Insufficient permissions". Nothing was deleted.',
        )
        return
      }
      setError(`Nothing was deleted. ${describeError(failure)}`)
      return
    }
    inFlight.current = false
    await leave(
      versions === 0
        ? `Container ${shownName} was deleted.`
        : versions === 1
          ? `Container ${shownName} and its version were deleted.`
          : `Container ${shownName} and its ${formatCount(versions)} versions were deleted.`,
    )
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${inputId}-title`}
      aria-describedby={`${inputId}-what`}
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
    >
      {open ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            void confirm()
          }}
        >
          <h2 id={`${inputId}-title`}>
            Delete <span dir="auto">{shownName}</span>?
          </h2>
          <p id={`${inputId}-what`}>
            {versions === 0
              ? 'The container is deleted. '
              : `The container and every one of its versions (${formatCount(versions)}) are deleted. `}
            <strong>This cannot be undone</strong>: a deleted container cannot be restored, only registered
            again under the same name.
          </p>
          {error ? (
            <div className="alert error" role="alert">
              {error}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>
              Type <strong dir="auto">{shownName}</strong> to confirm
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="danger" disabled={!matches || mutation.isPending}>
              {mutation.isPending ? 'Deleting…' : 'Delete container'}
            </button>
            <button type="button" onClick={close} disabled={mutation.isPending}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  )
}
