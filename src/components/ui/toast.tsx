import { useSyncExternalStore } from 'react'
import { IconButton } from './button'
import { X } from './icons'

/**
 * Toasts say that background work finished (a build, a batch) while the user looks elsewhere. They are
 * never the only place an error is shown: forms keep their errors at the field.
 */
type Toast = { id: number; text: string; tone: 'ok' | 'error' }

let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((l) => l())

export function showToast(text: string, tone: Toast['tone'] = 'ok', ms = 6000) {
  const id = nextId++
  toasts = [...toasts, { id, text, tone }]
  emit()
  setTimeout(() => dismissToast(id), ms)
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => void listeners.delete(l)
}

export function Toaster() {
  const list = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  )
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} className={`toast ${t.tone}`}>
          <p>{t.text}</p>
          <IconButton icon={X} label="Dismiss" small onClick={() => dismissToast(t.id)} />
        </div>
      ))}
    </div>
  )
}
