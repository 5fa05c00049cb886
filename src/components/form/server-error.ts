import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import { describeError, isApiError } from '@/api/errors'

/**
 * A rule that recognises a server message as belonging to one field. The server reports `{code, message}`
 * with no field structure, so each form lists the messages it can place (by regex on the verbatim text).
 */
export type ServerErrorRule<T extends FieldValues> = {
  field: FieldPath<T>
  match: (error: { status: number; kind: string; message: string }) => boolean
  /** What to show at the field; defaults to the server's own message. */
  message?: string | ((serverMessage: string) => string)
}

/**
 * Puts a failed submission's error where the user will look: on the field it is about when a rule
 * recognises it (and focuses that field), otherwise at the top of the form (`errors.root.server`).
 * Returns the field it chose, if any.
 */
export function applyServerError<T extends FieldValues>(
  form: UseFormReturn<T>,
  error: unknown,
  rules: ServerErrorRule<T>[] = [],
): FieldPath<T> | undefined {
  if (isApiError(error)) {
    const info = { status: error.status, kind: error.kind, message: error.message }
    const rule = rules.find((r) => r.match(info))
    if (rule) {
      const message =
        typeof rule.message === 'function' ? rule.message(error.message) : (rule.message ?? error.message)
      form.setError(rule.field, { type: 'server', message }, { shouldFocus: true })
      return rule.field
    }
  }
  const text =
    isApiError(error) && error.kind === 'forbidden'
      ? 'Your account is not allowed to do this: the server answered "Insufficient permissions". Ask an administrator for access; your input is kept.'
      : isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')
        ? `${describeError(error)} Your input is kept; send it again when the connection is back.`
        : isApiError(error)
          ? error.message || describeError(error)
          : describeError(error)
  form.setError('root.server' as FieldPath<T>, { type: 'server', message: text })
  return undefined
}
