import { useEffect, useState } from 'react'
import { Copy } from './page-icons'

/**
 * A copy icon whose accessible name (and tooltip) is `label`; copies exactly `value` and says so, visibly
 * ("✓ Copied" beside the icon) and to screen readers.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  // Which value the last copy was of, and when: a copy restarts the 2 s notice, and a button that now
  // holds another value (the next page, same place) does not say "Copied" for the old one.
  const [last, setLast] = useState<{ value: string; ok: boolean; at: number } | null>(null)
  useEffect(() => {
    if (!last) return
    const timer = setTimeout(() => setLast(null), 2000)
    return () => clearTimeout(timer)
  }, [last])
  const state = !last || last.value !== value ? 'idle' : last.ok ? 'copied' : 'failed'
  return (
    <button
      type="button"
      className="copy icon-only small"
      aria-label={label}
      title={label}
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => setLast({ value, ok: true, at: Date.now() }),
          () => setLast({ value, ok: false, at: Date.now() }),
        )
      }
    >
      <Copy className="icon" aria-hidden="true" />
      <span role="status" className={state === 'idle' ? 'visually-hidden' : 'copy-state'}>
        {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
      </span>
    </button>
  )
}
