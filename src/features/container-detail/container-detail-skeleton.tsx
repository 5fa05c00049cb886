import { DetailSkeleton } from '@/components/ui/detail-skeleton'
import { Skeleton } from '@/components/ui/states'
import '@/components/ui/detail-pages.css'

// Its own small module, not split from the route: a pending component loaded lazily suspends while
// the router is already showing it (React's "use() to suspend in a previous render" error).
/** The page's layout while the container loads: same blocks, same places. */
export function ContainerDetailSkeleton() {
  return (
    <DetailSkeleton status="Loading the container…" crumbWidth="12rem">
      <dl className="facts">
        {['Type', 'Visibility', 'Status', 'Created', 'Updated'].map((label) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <Skeleton width="5rem" />
            </dd>
          </div>
        ))}
      </dl>
      <section className="card latest">
        <h2>Latest version</h2>
        <p>
          <Skeleton width="40%" />
        </p>
        <Skeleton width="70%" />
      </section>
      <div className="tabs">
        <Skeleton width="12rem" />
      </div>
      <div className="card">
        {[90, 75, 85, 60].map((w, i) => (
          <p key={i}>
            <Skeleton width={`${w}%`} />
          </p>
        ))}
      </div>
    </DetailSkeleton>
  )
}
