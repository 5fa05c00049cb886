import { useEffect, useRef, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { clearDraft, loadDraft, saveDraft, stripSecrets } from '@/lib/drafts'

/**
 * Autosaves a form's values (minus anything secret-looking) under `key` as the user types, and restores
 * them on mount: after a reload, a failed submit, or signing in again. `discard()` resets to defaults.
 */
export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T>, key: string, defaults: T) {
  const [restoredAt, setRestoredAt] = useState<number | null>(null)
  const restoredKey = useRef<string | null>(null)

  useEffect(() => {
    if (restoredKey.current === key) return
    restoredKey.current = key
    const draft = loadDraft<T>(key)
    if (draft) {
      form.reset({ ...defaults, ...draft.value }, { keepDefaultValues: true })
      setRestoredAt(draft.savedAt)
    }
  }, [key, form, defaults])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const subscription = form.watch((values) => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        // A form back at its defaults (e.g. right after "discard draft") has no draft worth restoring.
        const draft = stripSecrets(values)
        if (JSON.stringify(draft) === JSON.stringify(stripSecrets(defaults))) clearDraft(key)
        else saveDraft(key, draft)
      }, 300)
    })
    return () => {
      clearTimeout(timer)
      subscription.unsubscribe()
    }
  }, [form, key, defaults])

  return {
    restoredAt,
    discard() {
      clearDraft(key)
      form.reset(defaults)
      setRestoredAt(null)
    },
    /** Call after a successful submit. */
    clear() {
      clearDraft(key)
      setRestoredAt(null)
    },
  }
}
