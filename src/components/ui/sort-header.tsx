import type { ReactNode } from 'react'
import { ArrowDown, ArrowUp, ArrowUpDown } from './page-icons'

export type SortDirection = 'asc' | 'desc'

/**
 * A column header. With `onSort` it is a button that sorts by the column (ascending, then descending, then
 * back to the server's order); without, it only shows a fixed order the server imposes (`fixed`).
 */
export function SortHeader({
  label,
  direction,
  onSort,
  fixedNote,
  className,
}: {
  label: string
  direction?: SortDirection
  onSort?: () => void
  /** Why the column cannot be sorted here (shown on hover). */
  fixedNote?: string
  className?: string
}) {
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined
  const Icon = direction === 'asc' ? ArrowUp : direction === 'desc' ? ArrowDown : ArrowUpDown
  let content: ReactNode = label
  if (onSort)
    content = (
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <Icon className={`icon${direction ? '' : ' faint'}`} aria-hidden="true" />
      </button>
    )
  else if (direction)
    content = (
      <span title={fixedNote}>
        {label} <Icon className="icon" aria-hidden="true" />
      </span>
    )
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      {content}
    </th>
  )
}
