import { useEffect, useState } from 'react'

/**
 * Runs `callback` once the next frame has been painted (a task after the next animation frame); returns a
 * function that cancels it. For work that must not delay what the user sees first.
 */
export function afterNextPaint(callback: () => void): () => void {
  let live = true
  const frame = requestAnimationFrame(() =>
    setTimeout(() => {
      if (live) callback()
    }),
  )
  return () => {
    live = false
    cancelAnimationFrame(frame)
  }
}

/**
 * False in a component's first render and true from the frame after it was painted: a page renders the
 * parts a user looks at first (the results) in its first frame, and the rest (closed panels, previews) one
 * frame later, where they move nothing the user is reading.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => afterNextPaint(() => setPainted(true)), [])
  return painted
}
