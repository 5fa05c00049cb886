import { useState, type ReactNode } from 'react'

/**
 * A `<details>` whose content is rendered the first time it opens, and kept from then on (a draft typed in
 * it survives closing it). A page with several closed panels pays for their summaries only.
 */
export function Disclosure({
  summary,
  open = false,
  className,
  children,
}: {
  summary: ReactNode
  /** Open from the start (and whenever this turns true). */
  open?: boolean
  className?: string
  children: ReactNode
}) {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return (
    <details
      className={className}
      open={open || undefined}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      <summary>{summary}</summary>
      {opened ? children : null}
    </details>
  )
}
