import { useState } from 'react'
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { TextAreaField } from '@/components/form/fields'
import { LazyMarkdown as Markdown } from '@/components/lazy-markdown'

/**
 * README in Markdown, with Write / Preview tabs (the preview renders exactly like the container page).
 * Used by the create and the edit forms; both keep it under `readme`.
 */
export function ReadmeField<T extends FieldValues & { readme: string }>({
  control,
  label = 'README (optional)',
}: {
  control: Control<T>
  label?: string
}) {
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const name = 'readme' as FieldPath<T>
  const readme = useWatch({ control, name }) as string | undefined
  const tabs = [
    { id: 'write', label: 'Write' },
    { id: 'preview', label: 'Preview' },
  ] as const
  return (
    <div className="readme-field">
      <div className="tabs" role="tablist" aria-label="README">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`readme-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`readme-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = tab === 'write' ? 'preview' : 'write'
                setTab(next)
                document.getElementById(`readme-tab-${next}`)?.focus()
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="readme-panel-write"
        aria-labelledby="readme-tab-write"
        hidden={tab !== 'write'}
      >
        <TextAreaField
          control={control}
          name={name}
          label={label}
          help="Markdown: what the container does, its inputs and outputs. Stored exactly as written."
          rows={8}
        />
      </div>
      <div
        role="tabpanel"
        id="readme-panel-preview"
        aria-labelledby="readme-tab-preview"
        hidden={tab !== 'preview'}
      >
        {readme?.trim() ? <Markdown>{readme}</Markdown> : <p className="hint">Nothing to preview yet.</p>}
      </div>
    </div>
  )
}
