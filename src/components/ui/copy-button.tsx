import { useEffect, useState } from 'react'

/** Copies exactly `value` and says so (visibly and to screen readers). */
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
      className="copy"
      onClick={() =>
        navigator.clipboard.writeText(value).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }
    >
      {label}
      <span role="status" className={state === 'idle' ? 'visually-hidden' : 'copy-state'}>
        {state === 'copied' ? ' ✓ Copied' : state === 'failed' ? ' Copy failed: select the text instead' : ''}
      </span>
    </button>
  )
}
