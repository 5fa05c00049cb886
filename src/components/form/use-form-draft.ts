import { useEffect, useRef, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { clearDraft, loadDraft, saveDraft, stripSecrets } from '@/lib/drafts'

/**
 * Autosaves a form's values (minus anything secret-looking) under `key` as the user types, and restores
 * them on mount: after a reload, a failed submit, or signing in again. `discard()` resets to defaults.
 */
export function useFormDraft<T extends FieldValues>(
  form: UseFormReturn<T>,
  key: string,
  defaults: T,
  /** Top-level fields never saved nor restored (on top of the secret-looking ones), e.g. a token. */
  options: { omit?: readonly string[] } = {},
) {
  const omitKey = (options.omit ?? []).join('\u0000')
  const [restoredAt, setRestoredAt] = useState<number | null>(null)
  const restoredKey = useRef<string | null>(null)
  // The pending autosave, so clear() and discard() can cancel it: a save still due after a successful
  // submit would bring the old draft back.
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    if (restoredKey.current === key) return
    restoredKey.current = key
    const draft = loadDraft<T>(key)
    if (draft) {
      form.reset({ ...defaults, ...withoutKeys(draft.value, omitKey) }, { keepDefaultValues: true })
      setRestoredAt(draft.savedAt)
    }
  }, [key, form, defaults, omitKey])

  useEffect(() => {
    const subscription = form.watch((values) => {
      clearTimeout(pending.current)
      pending.current = setTimeout(() => {
        // A form back at its defaults (e.g. right after "discard draft") has no draft worth restoring.
        const draft = stripSecrets(withoutKeys(values, omitKey))
        if (JSON.stringify(draft) === JSON.stringify(stripSecrets(withoutKeys(defaults, omitKey))))
          clearDraft(key)
        else saveDraft(key, draft)
      }, 300)
    })
    return () => {
      clearTimeout(pending.current)
      subscription.unsubscribe()
    }
  }, [form, key, defaults, omitKey])

  return {
    restoredAt,
    discard() {
      clearTimeout(pending.current)
      clearDraft(key)
      form.reset(defaults)
      setRestoredAt(null)
    },
    /** Call after a successful submit. */
    clear() {
      clearTimeout(pending.current)
      clearDraft(key)
      setRestoredAt(null)
    },
  }
}

function withoutKeys<V>(value: V, omitKey: string): V {
  if (!omitKey || !value || typeof value !== 'object') return value
  const omit = new Set(omitKey.split('\u0000'))
  return Object.fromEntries(Object.entries(value).filter(([k]) => !omit.has(k))) as V
}
