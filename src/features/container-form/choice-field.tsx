import { useId } from 'react'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'

/** A radio group with a sentence under each choice, wired to react-hook-form (error linked to the group). */
export function ChoiceField<T extends FieldValues>({
  control,
  name,
  legend,
  options,
}: {
  control: Control<T>
  name: FieldPath<T>
  legend: string
  options: readonly { value: string; label: string; description: string }[]
}) {
  const id = useId()
  const { field, fieldState } = useController({ control, name })
  return (
    <fieldset className="field choice-field" aria-describedby={fieldState.error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={field.name}
            value={option.value}
            ref={index === 0 ? field.ref : undefined}
            checked={field.value === option.value}
            onChange={() => field.onChange(option.value)}
            onBlur={field.onBlur}
            aria-describedby={
              fieldState.error
                ? `${id}-${option.value}-description ${id}-error`
                : `${id}-${option.value}-description`
            }
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          <span className="hint" id={`${id}-${option.value}-description`}>
            {option.description}
          </span>
        </div>
      ))}
      {fieldState.error ? (
        <span className="error" id={`${id}-error`}>
          {fieldState.error.message}
        </span>
      ) : null}
    </fieldset>
  )
}
