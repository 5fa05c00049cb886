import type { ReactNode } from 'react'

/** The `aria-describedby` of a control: the ids given, or undefined when none. */
export function describedBy(...ids: unknown[]) {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ')
  return joined || undefined
}

/** Label, hint, the control, then its error: linked for screen readers by the ids useField gives. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <span className="error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
