import { useId, type InputHTMLAttributes, type ReactNode } from 'react'
import {
  useController,
  type Control,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form'

type BaseProps<T extends FieldValues> = {
  control: Control<T>
  name: FieldPath<T>
  label: ReactNode
  hint?: ReactNode
}

function describedBy(...ids: unknown[]) {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ')
  return joined || undefined
}

/** A labelled text input wired to react-hook-form, with its hint and error linked for screen readers. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  ...input
}: BaseProps<T> & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'defaultValue'>) {
  const id = useId()
  const { field, fieldState } = useController({ control, name })
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        {...input}
        id={id}
        name={field.name}
        ref={field.ref}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, fieldState.error && `${id}-error`)}
      />
      {fieldState.error ? (
        <span className="error" id={`${id}-error`}>
          {fieldState.error.message}
        </span>
      ) : null}
    </div>
  )
}

export function TextAreaField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  rows = 6,
}: BaseProps<T> & { rows?: number }) {
  const id = useId()
  const { field, fieldState } = useController({ control, name })
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        name={field.name}
        ref={field.ref}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, fieldState.error && `${id}-error`)}
      />
      {fieldState.error ? (
        <span className="error" id={`${id}-error`}>
          {fieldState.error.message}
        </span>
      ) : null}
    </div>
  )
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  options,
}: BaseProps<T> & { options: readonly { value: string; label: string }[] }) {
  const id = useId()
  const { field, fieldState } = useController({ control, name })
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <select
        id={id}
        name={field.name}
        ref={field.ref}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, fieldState.error && `${id}-error`)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {fieldState.error ? (
        <span className="error" id={`${id}-error`}>
          {fieldState.error.message}
        </span>
      ) : null}
    </div>
  )
}

export function CheckboxField<T extends FieldValues>({ control, name, label, hint }: BaseProps<T>) {
  const id = useId()
  const { field, fieldState } = useController({ control, name })
  return (
    <div className="field inline">
      <input
        type="checkbox"
        id={id}
        name={field.name}
        ref={field.ref}
        checked={Boolean(field.value)}
        onChange={(e) => field.onChange(e.target.checked)}
        onBlur={field.onBlur}
        aria-describedby={describedBy(hint && `${id}-hint`, fieldState.error && `${id}-error`)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  )
}

/** The form-level error (`errors.root.server`), announced when it appears. */
export function FormRootError<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const message = form.formState.errors.root?.server?.message
  if (!message) return null
  return (
    <div className="alert error" role="alert">
      {message}
    </div>
  )
}
