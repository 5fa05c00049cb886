import { useId } from 'react'
import { containerTypes, statuses, type ContainerTypeName, type StatusName } from '@/api/enums'

export type FilterOption<V extends string> = { value: V; label: string }

/** The options of the filters a container table offers (the list, search and the versions tab). */
export const TYPE_OPTIONS: readonly FilterOption<ContainerTypeName>[] = containerTypes.map((t) => ({
  value: t.name,
  label: t.label,
}))
export const STATUS_OPTIONS: readonly FilterOption<StatusName>[] = statuses.map((s) => ({
  value: s.name,
  label: s.label,
}))
export const VISIBILITY_OPTIONS: readonly FilterOption<'public' | 'private'>[] = [
  { value: 'public', label: 'Public' },
  { value: 'private', label: 'Private' },
]

/** A filter above a table: "All" (no filter, `undefined`) or one of the options. */
export function FilterSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: V | undefined
  options: readonly FilterOption<V>[]
  onChange: (value: V | undefined) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        // The <select> offers only these options' values (or "" for All).
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value)}
      >
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
