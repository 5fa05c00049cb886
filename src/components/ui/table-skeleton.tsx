import type { ReactNode } from 'react'
import { Skeleton } from './states'

/**
 * A table while its rows load: the real header (when given) and `rows` rows of bars, one per column with
 * the widths given (percent). `caption` names it for screen readers; `status` announces the wait.
 */
export function TableSkeleton({
  rows,
  widths,
  head,
  caption,
  status,
  className,
}: {
  rows: number
  widths: readonly number[]
  head?: ReactNode
  caption?: string
  status?: string
  className?: string
}) {
  return (
    <div className="table-wrap" aria-busy="true">
      {status ? (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      ) : null}
      <table className={className}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        {head}
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              {widths.map((w, j) => (
                <td key={j}>
                  <Skeleton width={`${w}%`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
