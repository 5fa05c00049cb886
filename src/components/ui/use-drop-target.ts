import { useState, type DragEvent } from 'react'

/**
 * The drag-and-drop handlers of a region that takes drops: it shows `dragging` while something it
 * `accepts` (by the drag's data types, e.g. 'Files') is over it, and hands the drop's data to `onDrop`.
 * A drag it does not accept is left to the browser.
 */
export function useDropTarget(
  accepts: (types: readonly string[]) => boolean,
  onDrop: (data: DataTransfer) => void,
) {
  const [dragging, setDragging] = useState(false)
  const wanted = (event: DragEvent) => accepts(Array.from(event.dataTransfer.types))
  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!wanted(event)) return
      event.preventDefault()
      setDragging(true)
    },
    onDragOver(event: DragEvent) {
      if (!wanted(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave(event: DragEvent) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
    },
    onDrop(event: DragEvent) {
      if (!wanted(event)) return
      event.preventDefault()
      setDragging(false)
      onDrop(event.dataTransfer)
    },
  }
  return { dragging, handlers }
}
