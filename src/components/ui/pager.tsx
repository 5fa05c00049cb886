import { formatCount } from '@/lib/format'
import { ChevronLeft, ChevronRight } from './page-icons'

/** Page position, total, page size and previous/next, for any paginated table. */
export function Pager({
  page,
  size,
  total,
  totalPages,
  sizes,
  noun,
  onPage,
  onSize,
}: {
  page: number
  size: number
  total: number
  totalPages: number
  sizes: readonly number[]
  noun: string
  onPage: (page: number) => void
  onSize: (size: number) => void
}) {
  const first = total === 0 ? 0 : (page - 1) * size + 1
  const last = Math.min(page * size, total)
  return (
    <nav className="pager" aria-label={`${noun} pages`}>
      <p aria-live="polite">
        {total === 0
          ? `No ${noun}`
          : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${noun} · page ${formatCount(page)} of ${formatCount(Math.max(totalPages, 1))}`}
      </p>
      <div className="buttons">
        <label className="field inline">
          <span>Rows per page</span>
          <select value={size} onChange={(e) => onSize(Number(e.target.value))}>
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onPage(1)} disabled={page <= 1}>
          First
        </button>
        <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          <ChevronLeft className="icon" aria-hidden="true" />
          Previous
        </button>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page >= totalPages}>
          Next
          <ChevronRight className="icon" aria-hidden="true" />
        </button>
        <button type="button" onClick={() => onPage(totalPages)} disabled={page >= totalPages}>
          Last
        </button>
      </div>
    </nav>
  )
}
