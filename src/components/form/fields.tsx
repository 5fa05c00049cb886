import { useEffect, useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react'
import {
  useController,
  type Control,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form'
import { describedBy, FieldFrame, HelpText, HelpToggle, useHelp } from './field-frame'

type BaseProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: ReactNode
  /** Shown under the control: only for a rule that is not obvious and matters before typing. */
  hint?: ReactNode
  /** Everything else worth knowing, behind a "?" button next to the label. */
  help?: ReactNode
}

/** One field's wiring: its id, react-hook-form state, and the props a text-like control needs. */
function useField<T extends FieldValues>({ control, name, hint, help }: Omit<BaseProps<T>, 'label'>) {
  const id = useId()
  const helpState = useHelp(id, help)
  const { field, fieldState } = useController({ control, name })
  const controlProps = {
    id,
    name: field.name,
    ref: field.ref,
    value: (field.value as string | undefined) ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    'aria-invalid': fieldState.invalid || undefined,
    'aria-describedby': describedBy(
      hint && `${id}-hint`,
      helpState.describedById,
      fieldState.error && `${id}-error`,
    ),
  }
  return { id, field, helpState, error: fieldState.error?.message, control: controlProps }
}

/** A labelled text input wired to react-hook-form, with its hint and error linked for screen readers. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  help,
  ...input
}: BaseProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'defaultValue'>) {
  const { id, error, helpState, control: props } = useField({ control, name, hint, help })
  return (
    <FieldFrame id={id} label={label} hint={hint} help={help} helpState={helpState} error={error}>
      <input {...input} {...props} />
    </FieldFrame>
  )
}

export function TextAreaField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  help,
  rows = 6,
}: BaseProps<T> & { rows?: number }) {
  const { id, error, helpState, control: props } = useField({ control, name, hint, help })
  return (
    <FieldFrame id={id} label={label} hint={hint} help={help} helpState={helpState} error={error}>
      <textarea rows={rows} {...props} />
    </FieldFrame>
  )
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  help,
  options,
}: BaseProps<T> & { options: readonly { value: string; label: string }[] }) {
  const { id, error, helpState, control: props } = useField({ control, name, hint, help })
  return (
    <FieldFrame id={id} label={label} hint={hint} help={help} helpState={helpState} error={error}>
      <select {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

export function CheckboxField<T extends FieldValues>({ control, name, label, hint, help }: BaseProps<T>) {
  const { id, field, helpState, control: props } = useField({ control, name, hint, help })
  return (
    <div className="field inline">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        ref={props.ref}
        checked={Boolean(field.value)}
        onChange={(e) => field.onChange(e.target.checked)}
        onBlur={props.onBlur}
        aria-describedby={props['aria-describedby']}
      />
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {help ? <HelpToggle id={id} state={helpState} /> : null}
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {help ? <HelpText id={id} state={helpState} help={help} /> : null}
    </div>
  )
}

/**
 * The form-level error (`errors.root.server`), announced when it appears, and scrolled into view and
 * focused after each failed submit: the form's top may be far above where the user clicked.
 */
export function FormRootError<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const message = form.formState.errors.root?.server?.message
  const submitCount = form.formState.submitCount
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!message || !ref.current) return
    ref.current.scrollIntoView?.({ block: 'center' })
    ref.current.focus()
  }, [message, submitCount])
  if (!message) return null
  return (
    <div className="alert error" role="alert" tabIndex={-1} ref={ref}>
      {message}
    </div>
  )
}
