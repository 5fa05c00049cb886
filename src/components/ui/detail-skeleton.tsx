import type { ReactNode } from 'react'
import { Skeleton } from './states'

/**
 * The frame of a detail page while it loads: marked busy, announced to screen readers, with the
 * breadcrumbs and the title where they will be. `children` sketch the page's own blocks.
 */
export function DetailSkeleton({
  status,
  crumbWidth,
  children,
}: {
  status: string
  crumbWidth: string
  children: ReactNode
}) {
  return (
    <div className="detail-page" aria-busy="true">
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="breadcrumbs">
        <Skeleton width={crumbWidth} />
      </div>
      <div className="page-header">
        <div className="skeleton-title">
          <Skeleton width="16rem" />
        </div>
      </div>
      {children}
    </div>
  )
}
