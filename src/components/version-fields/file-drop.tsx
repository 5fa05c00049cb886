import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react'

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
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')
  return (
    <div
      className={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragEnter={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(false)
        const file = event.dataTransfer.files[0]
        if (file) onFile(file)
      }}
    >
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
