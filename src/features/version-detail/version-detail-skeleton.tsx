import { DetailSkeleton } from '@/components/ui/detail-skeleton'
import { Skeleton } from '@/components/ui/states'
import '@/components/ui/detail-pages.css'

// Its own small module, not split from the route: a pending component loaded lazily suspends while
// the router is already showing it (React's "use() to suspend in a previous render" error).
/** The page's layout while the version loads. */
export function VersionDetailSkeleton() {
  return (
    <DetailSkeleton status="Loading the version…" crumbWidth="18rem">
      <div className="neighbours">
        <Skeleton width="8rem" />
        <Skeleton width="8rem" />
      </div>
      {['Image', 'Details', 'Helm config'].map((title) => (
        <section className="card" key={title}>
          <h2>{title}</h2>
          {[70, 45, 55].map((w, i) => (
            <p key={i}>
              <Skeleton width={`${w}%`} />
            </p>
          ))}
        </section>
      ))}
    </DetailSkeleton>
  )
}
