import {
  Link,
  type LinkOptions,
  type RegisteredRouter,
  type ValidateLinkOptions,
} from '@tanstack/react-router'
import type { ReactNode } from 'react'

type FormActionsProps<TOptions = unknown> = {
  /** The submit button's text, and its text while the form is being sent. */
  label: string
  busyLabel: string
  submitting: boolean
  /** Also disabled when the form cannot be sent (a read-only account). */
  disabled?: boolean
  /** Where Cancel goes; no Cancel link without it. */
  cancel?: ValidateLinkOptions<RegisteredRouter, TOptions>
}

/** A form's buttons: submit (disabled while sending, its label saying so) and Cancel. */
export function FormActions<TOptions>(props: FormActionsProps<TOptions>): ReactNode
export function FormActions({ label, busyLabel, submitting, disabled = false, cancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={submitting || disabled}>
        {submitting ? busyLabel : label}
      </button>
      {cancel ? (
        <Link {...(cancel as LinkOptions)} className="button">
          Cancel
        </Link>
      ) : null}
    </div>
  )
}

/** Said above a form that cannot be sent because the account is read-only. */
export function ReadOnlyNotice({ access }: { access: { canWrite: boolean; reason: string | null } }) {
  if (access.canWrite) return null
  return (
    <div className="alert warn" role="status">
      {access.reason} This form cannot be sent.
    </div>
  )
}
