import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { revealInvisible } from '@/lib/format'

/**
 * The trail above a detail page: Containers, then any `children` (list items with links), then the
 * page itself. Names come from other users: shown with their invisible characters revealed, in full on hover.
 */
export function Breadcrumbs({ current, children }: { current: string; children?: ReactNode }) {
  const shown = revealInvisible(current)
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link to="/containers" activeOptions={{ exact: true }}>
            Containers
          </Link>
        </li>
        {children}
        <li>
          <span aria-current="page" className="truncate" title={shown} dir="auto">
            {shown}
          </span>
        </li>
      </ol>
    </nav>
  )
}
