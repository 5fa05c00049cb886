import { useState, type ClipboardEvent } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { CheckboxField, SelectField, TextField } from '@/components/form/fields'
import { IconButton } from '@/components/ui/button'
import { Plus, Trash2 } from '@/components/ui/page-icons'
import { parseEnvFile } from './env-file'
import { FileDrop } from './file-drop'
import { readTextFile } from '@/lib/read-text-file'
import { emptyParameterRow, type ParameterRow, type VersionHost } from './version-fields-schema'

type Kind = 'env' | 'helm'

const config = {
  env: {
    name: 'version.envVars',
    title: 'Environment variables',
    item: 'Variable',
    keyHint: 'Capital letters, digits and "_", like LOG_LEVEL',
    add: 'Add variable',
    load: 'Load a .env file…',
    accept: '.env,text/plain',
    dropHint: 'or drop one here, or paste KEY=value lines into a Key box: each becomes a fixed variable.',
  },
  helm: {
    name: 'version.helm.values',
    title: 'Helm values',
    item: 'Value',
    keyHint: 'A dotted path, like image.tag',
    add: 'Add Helm value',
    load: 'Load a values.yaml…',
    accept: '.yaml,.yml,application/yaml,text/yaml',
    dropHint: 'or drop one here (nested keys become image.tag), or paste key=value lines into a Key box.',
  },
} as const

const typeOptions = [
  { value: 'fixed', label: 'Fixed' },
  { value: 'dynamic', label: 'Dynamic' },
]

type Notice = { tone: 'ok' | 'error'; text: string; details: string[] }

/** Rows of env-var or Helm-value parameters, with per-row checks and file import (drop or pick). */
export function ParameterEditor({ kind }: { kind: Kind }) {
  const c = config[kind]
  const form = useFormContext<VersionHost>()
  const { fields, append, remove, replace } = useFieldArray({ control: form.control, name: c.name })
  const [notice, setNotice] = useState<Notice | null>(null)

  const importEntries = (fileName: string, entries: { key: string; value: string }[], problems: string[]) => {
    const rows = form.getValues(c.name).filter((row) => !isBlank(row))
    let added = 0
    let updated = 0
    for (const entry of entries) {
      const existing = rows.findIndex((row) => row.key === entry.key)
      if (existing === -1) {
        rows.push(emptyParameterRow({ key: entry.key, defaultValue: entry.value }))
        added++
      } else {
        rows[existing] = { ...rows[existing]!, defaultValue: entry.value }
        updated++
      }
    }
    replace(rows)
    if (added + updated > 0) void form.trigger(c.name)
    const counts = [
      `${added} added`,
      ...(updated ? [`${updated} updated`] : []),
      ...(problems.length ? [`${problems.length} skipped`] : []),
    ].join(', ')
    setNotice({
      tone: problems.length && added + updated === 0 ? 'error' : 'ok',
      text: `Read ${fileName}: ${counts}.`,
      details: problems,
    })
  }

  // Several KEY=value lines pasted into a Key box become rows, like a small .env file.
  const onPaste = (event: ClipboardEvent<HTMLFieldSetElement>) => {
    const target = event.target as HTMLInputElement
    if (!target.name?.endsWith('.key')) return
    const text = event.clipboardData.getData('text')
    if (!/^\s*(export\s+)?[^=\s]+=/m.test(text)) return
    const { entries, problems } = parseEnvFile(text)
    if (entries.length === 0) return
    event.preventDefault()
    importEntries(
      'the pasted lines',
      entries,
      problems.map((p) => `Line ${p.line}: ${p.message}`),
    )
  }

  const onFile = async (file: File) => {
    const read = await readTextFile(file)
    if (!read.ok) {
      setNotice({ tone: 'error', text: `${file.name} could not be read: ${read.reason}.`, details: [] })
      return
    }
    if (kind === 'env') {
      const { entries, problems } = parseEnvFile(read.text)
      importEntries(
        file.name,
        entries,
        problems.map((p) => `Line ${p.line}: ${p.message}`),
      )
    } else {
      // The YAML reader loads on the first values file, not with the form.
      const { parseValuesYaml } = await import('./values-yaml')
      const result = parseValuesYaml(read.text)
      if (!result.ok) {
        setNotice({ tone: 'error', text: `${file.name} could not be read: ${result.reason}.`, details: [] })
        return
      }
      importEntries(file.name, result.entries, result.problems)
    }
  }

  return (
    <fieldset className="param-editor" onPaste={onPaste}>
      <legend>{c.title}</legend>
      <FileDrop buttonLabel={c.load} accept={c.accept} dropHint={c.dropHint} onFile={(f) => void onFile(f)}>
        {fields.length === 0 ? (
          <p className="hint">None yet.</p>
        ) : (
          <div className="param-head" aria-hidden="true">
            <span>Key</span>
            <span>Default value</span>
            <span>Type</span>
            <span>Required</span>
            <span>Description</span>
          </div>
        )}
        {fields.map((field, index) => (
          <ParameterRowFields key={field.id} kind={kind} index={index} onRemove={() => remove(index)} />
        ))}
      </FileDrop>
      <div role="status" className="import-status">
        {notice ? (
          <div className={`alert ${notice.tone}`}>
            <p>{notice.text}</p>
            {notice.details.length ? (
              <ul>
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <button type="button" onClick={() => append(emptyParameterRow())}>
        <Plus className="icon" aria-hidden="true" />
        {c.add}
      </button>
      <details className="disclosure hint-more">
        <summary>How shared parameters work</summary>
        <p className="hint">
          Parameters are shared across the platform by key, type and kind: when one already exists, the server
          links it and keeps its stored description, default, template and required flag.
        </p>
      </details>
    </fieldset>
  )
}

const isBlank = (row: ParameterRow) =>
  row.key === '' && row.description === '' && row.defaultValue === '' && row.template === ''

function ParameterRowFields({ kind, index, onRemove }: { kind: Kind; index: number; onRemove: () => void }) {
  const c = config[kind]
  const { control } = useFormContext<VersionHost>()
  const base = `${c.name}.${index}` as const
  const type = useWatch({ control, name: `${base}.type` })
  const key = useWatch({ control, name: `${base}.key` })
  const label = `${c.item} ${index + 1}`
  return (
    <fieldset className={type === 'dynamic' ? 'param-row dynamic' : 'param-row'}>
      <legend className="visually-hidden">
        {label}
        {key ? <span title={key}> · {key}</span> : null}
      </legend>
      <TextField
        control={control}
        name={`${base}.key`}
        label="Key"
        hint={c.keyHint}
        autoComplete="off"
        spellCheck={false}
        placeholder={kind === 'env' ? 'KEY' : 'image.tag'}
        className="mono"
      />
      <TextField control={control} name={`${base}.defaultValue`} label="Default value" placeholder="value" />
      <SelectField
        control={control}
        name={`${base}.type`}
        label="Type"
        hint="Fixed uses the default; dynamic renders a template"
        options={typeOptions}
      />
      <CheckboxField control={control} name={`${base}.required`} label="Required" />
      <TextField
        control={control}
        name={`${base}.description`}
        label="Description"
        placeholder="Description"
      />
      <IconButton
        icon={Trash2}
        label={`Remove ${label.toLowerCase()}`}
        className="remove"
        onClick={onRemove}
      />
      {type === 'dynamic' ? (
        <TextField
          control={control}
          name={`${base}.template`}
          label="Template string"
          hint="Rendered by the platform when the container runs, like {{ .Namespace }}"
        />
      ) : null}
    </fieldset>
  )
}
