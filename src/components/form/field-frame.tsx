import { useState, type ReactNode } from 'react'
import { IconButton } from '@/components/ui/button'
import { CircleHelp } from '@/components/ui/page-icons'

/** The `aria-describedby` of a control: the ids given, or undefined when none. */
export function describedBy(...ids: unknown[]) {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ')
  return joined || undefined
}

/**
 * The open state of a field's help on demand. Its text joins the control's description only while
 * shown: a hidden element named by aria-describedby would still be read out.
 */
export function useHelp(id: string, help: ReactNode) {
  const [open, setOpen] = useState(false)
  return {
    open,
    toggle: () => setOpen((o) => !o),
    /** The help's id for the control's aria-describedby, only while it is shown. */
    describedById: help && open ? `${id}-help` : undefined,
  }
}

export type Help = ReturnType<typeof useHelp>

/**
 * Label, hint, the control, then its error: linked for screen readers by the ids useField gives.
 * `hint` is shown under the control: keep it for a rule that is not obvious and matters before typing.
 * `help` waits behind a small "?" button next to the label (aria-expanded, aria-controls).
 */
export function FieldFrame({
  id,
  label,
  hint,
  help,
  helpState,
  error,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  help?: ReactNode
  helpState?: Help
  error?: string
  children: ReactNode
}) {
  return (
    <div className="field">
      {help && helpState ? (
        <div className="field-label">
          <label htmlFor={id} id={`${id}-label`}>
            {label}
          </label>
          <HelpToggle id={id} state={helpState} />
        </div>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children}
      {help && helpState ? <HelpText id={id} state={helpState} help={help} /> : null}
      {error ? (
        <span className="error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  )
}

/**
 * The "?" button that shows or hides a field's help. Named "Help" and described by the field's label
 * (not named after it): a name holding the label's text would also answer every look-up of the field
 * by its label.
 */
export function HelpToggle({ id, state }: { id: string; state: Help }) {
  return (
    <IconButton
      icon={CircleHelp}
      label="Help"
      small
      className="help-toggle"
      aria-describedby={`${id}-label`}
      aria-expanded={state.open}
      aria-controls={`${id}-help`}
      onClick={state.toggle}
    />
  )
}

/** The help text itself: always in the page (aria-controls names it), hidden until asked for. */
export function HelpText({ id, state, help }: { id: string; state: Help; help: ReactNode }) {
  return (
    <span className="hint help" id={`${id}-help`} hidden={!state.open}>
      {help}
    </span>
  )
}
