import { useState } from 'react'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { CheckboxField, SelectField, TextField } from '@/components/form/fields'
import { parseEnvFile } from './env-file'
import { FileDrop } from './file-drop'
import { readTextFile } from './read-text-file'
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
    dropHint: 'or drop a .env file here: each KEY=value line becomes a fixed variable with that default.',
  },
  helm: {
    name: 'version.helm.values',
    title: 'Helm values',
    item: 'Value',
    keyHint: 'A dotted path, like image.tag',
    add: 'Add Helm value',
    load: 'Load a values.yaml…',
    accept: '.yaml,.yml,application/yaml,text/yaml',
    dropHint:
      'or drop a values.yaml here: nested keys become dotted keys (image.tag) with their values as defaults.',
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
    <fieldset className="param-editor">
      <legend>{c.title}</legend>
      <FileDrop buttonLabel={c.load} accept={c.accept} dropHint={c.dropHint} onFile={(f) => void onFile(f)}>
        {fields.length === 0 ? <p className="hint">None yet.</p> : null}
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
        {c.add}
      </button>
      <p className="hint">
        Parameters are shared across the platform by key, type and kind: when one already exists, the server
        links it and keeps its stored description, default, template and required flag.
      </p>
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
    <fieldset className="param-row">
      <legend>
        {label}
        {key ? (
          <span className="mono param-key" title={key}>
            {' '}
            · {key}
          </span>
        ) : null}
      </legend>
      <TextField
        control={control}
        name={`${base}.key`}
        label="Key"
        hint={c.keyHint}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        control={control}
        name={`${base}.type`}
        label="Type"
        hint="Fixed uses the default; dynamic renders a template"
        options={typeOptions}
      />
      <TextField control={control} name={`${base}.description`} label="Description" />
      <TextField control={control} name={`${base}.defaultValue`} label="Default value" />
      {type === 'dynamic' ? (
        <TextField
          control={control}
          name={`${base}.template`}
          label="Template string"
          hint="Rendered by the platform when the container runs, like {{ .Namespace }}"
        />
      ) : null}
      <CheckboxField control={control} name={`${base}.required`} label="Required" />
      <button type="button" className="danger" onClick={onRemove}>
        Remove {label.toLowerCase()}
      </button>
    </fieldset>
  )
}
