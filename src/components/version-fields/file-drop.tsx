import { useId, useRef, type ReactNode } from 'react'
import { useDropTarget } from '@/components/ui/use-drop-target'

/**
 * A region that accepts one dropped file, with a button that opens the file picker for keyboard and
 * touch users. `onFile` does the reading and reports through the caller's own status message.
 */
export function FileDrop({
  buttonLabel,
  accept,
  onFile,
  dropHint,
  children,
}: {
  buttonLabel: string
  accept?: string
  onFile: (file: File) => void
  dropHint: string
  children: ReactNode
}) {
  const { dragging, handlers } = useDropTarget(
    (types) => types.includes('Files'),
    (data) => {
      const file = data.files[0]
      if (file) onFile(file)
    },
  )
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()
  return (
    <div className={dragging ? 'drop-zone dragging' : 'drop-zone'} {...handlers}>
      {children}
      <div className="drop-actions">
        <button type="button" aria-describedby={hintId} onClick={() => input.current?.click()}>
          {buttonLabel}
        </button>
        <span className="hint" id={hintId}>
          {dropHint}
        </span>
        <input
          ref={input}
          type="file"
          hidden
          accept={accept}
          aria-hidden="true"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) onFile(file)
            event.target.value = ''
          }}
        />
      </div>
    </div>
  )
}
