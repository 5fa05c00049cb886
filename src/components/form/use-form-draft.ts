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
    let timer: ReturnType<typeof setTimeout> | undefined
    const subscription = form.watch((values) => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        // A form back at its defaults (e.g. right after "discard draft") has no draft worth restoring.
        const draft = stripSecrets(withoutKeys(values, omitKey))
        if (JSON.stringify(draft) === JSON.stringify(stripSecrets(withoutKeys(defaults, omitKey))))
          clearDraft(key)
        else saveDraft(key, draft)
      }, 300)
    })
    return () => {
      clearTimeout(timer)
      subscription.unsubscribe()
    }
  }, [form, key, defaults, omitKey])

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

function withoutKeys<V>(value: V, omitKey: string): V {
  if (!omitKey || !value || typeof value !== 'object') return value
  const omit = new Set(omitKey.split('\u0000'))
  return Object.fromEntries(Object.entries(value).filter(([k]) => !omit.has(k))) as V
}
