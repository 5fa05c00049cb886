import { useEffect, useState } from 'react'
import { Copy } from './page-icons'

/**
 * A copy icon whose accessible name (and tooltip) is `label`; copies exactly `value` and says so, visibly
 * ("✓ Copied" beside the icon) and to screen readers.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])
  return (
    <button
      type="button"
      className="copy icon-only small"
      aria-label={label}
      title={label}
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => setState('copied'),
          () => setState('failed'),
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
