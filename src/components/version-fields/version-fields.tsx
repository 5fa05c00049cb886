import { useState, type MouseEvent } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { CheckboxField, SelectField, TextField } from '@/components/form/fields'
import { goTrimSpace } from '@/lib/go-text'
import { EXAMPLE_IMAGE_REF, parseImageRef, suggestQualified } from '@/lib/image-ref'
import { suggestNextVersions } from '@/lib/semver'
import { githubLinkFromUrl } from './github-link'
import { ParameterEditor } from './parameter-editor'
import { NAMESPACE_PREFIXES, type VersionHost } from './version-fields-schema'

/** Helper buttons keep focus in the field while pressed, so the field's blur check cannot move them mid-click. */
const keepFocus = (event: MouseEvent) => event.preventDefault()

/**
 * The fields of a version, shared by "New version" and the first version of "New container". Reads the
 * form from context: the host form keeps these values under `version`.
 */
export function VersionFields({ existingNames }: { existingNames: string[] }) {
  const { control } = useFormContext<VersionHost>()
  return (
    <>
      <VersionNameField existingNames={existingNames} />
      <ImageRefField />
      <GithubLinkField />
      <TextField
        control={control}
        name="version.command"
        label="Command (optional)"
        placeholder="python main.py"
        help="The command the container runs, sent as written."
        autoComplete="off"
        spellCheck={false}
      />
      <ParameterEditor kind="env" />
      <HelmSection />
    </>
  )
}

function VersionNameField({ existingNames }: { existingNames: string[] }) {
  const { control, setValue } = useFormContext<VersionHost>()
  const next = suggestNextVersions(existingNames)
  const use = (value: string) =>
    setValue('version.name', value, { shouldDirty: true, shouldTouch: true, shouldValidate: true })
  return (
    <div className="version-name">
      <TextField
        control={control}
        name="version.name"
        label="Version name"
        hint="Three numbers, like 1.2.0 (a suffix like -rc.1 may follow; a leading v is not accepted)"
        autoComplete="off"
        spellCheck={false}
      />
      <div className="suggestions" role="group" aria-label="Suggested version names">
        {(['patch', 'minor', 'major'] as const).map((level) => (
          <button key={level} type="button" onMouseDown={keepFocus} onClick={() => use(next[level])}>
            Next {level}: {next[level]}
          </button>
        ))}
      </div>
    </div>
  )
}

function ImageRefField() {
  const { control, setValue } = useFormContext<VersionHost>()
  const value = useWatch({ control, name: 'version.imageRef' })
  const ref = goTrimSpace(value ?? '')
  const parsed = ref ? parseImageRef(ref) : null
  const fix = ref ? suggestQualified(ref) : null
  return (
    <div className="image-ref">
      <TextField
        control={control}
        name="version.imageRef"
        label="Image reference"
        hint={`The full reference with its registry, like ${EXAMPLE_IMAGE_REF}`}
        autoComplete="off"
        spellCheck={false}
      />
      {fix ? (
        <p className="fix">
          The server needs the fully qualified form.{' '}
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={() =>
              setValue('version.imageRef', fix, {
                shouldDirty: true,
                shouldTouch: true,
                shouldValidate: true,
              })
            }
          >
            Use {fix}
          </button>
        </p>
      ) : null}
      {parsed?.ok ? (
        <dl className="image-ref-parts" aria-label="How the server reads this reference">
          <div>
            <dt>Registry</dt>
            <dd className="mono">{parsed.registry}</dd>
          </div>
          <div>
            <dt>Namespace</dt>
            <dd className="mono">{parsed.namespace || '(none)'}</dd>
          </div>
          <div>
            <dt>Repository</dt>
            <dd className="mono">{parsed.repository}</dd>
          </div>
          <div>
            <dt>Tag</dt>
            <dd className="mono">{parsed.tag || 'latest (none given)'}</dd>
          </div>
          {parsed.digest ? (
            <div>
              <dt>Digest</dt>
              <dd className="mono" title={parsed.digest}>
                {parsed.digest.slice(0, 19)}… (accepted, but not kept by the server)
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </div>
  )
}

function GithubLinkField() {
  const { control, setValue } = useFormContext<VersionHost>()
  const value = useWatch({ control, name: 'version.githubLink' }) ?? ''
  const [converted, setConverted] = useState<string | null>(null)
  const conversion = githubLinkFromUrl(value)
  const set = (link: string, from: string) => {
    setValue('version.githubLink', link, { shouldDirty: true, shouldTouch: true, shouldValidate: true })
    setConverted(`Converted ${from} to ${link}.`)
  }
  return (
    // A link typed or dropped in (not only pasted) is converted when the field is left, as the hint says.
    <div
      className="github-link"
      onBlur={(event) => {
        if (!(event.target instanceof HTMLInputElement)) return
        const link = githubLinkFromUrl(event.target.value)
        if (link) set(link, event.target.value.trim())
      }}
    >
      <TextField
        control={control}
        name="version.githubLink"
        label="GitHub repository (optional)"
        placeholder="owner/repo"
        help="A pasted or typed https://github.com/owner/repo link is converted. It is checked, but not kept: the version's page will not show it."
        autoComplete="off"
        spellCheck={false}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text')
          const link = githubLinkFromUrl(pasted)
          if (!link) return
          event.preventDefault()
          set(link, pasted.trim())
        }}
      />
      {conversion ? (
        <p className="fix">
          <button type="button" onMouseDown={keepFocus} onClick={() => set(conversion, value.trim())}>
            Use {conversion}
          </button>
        </p>
      ) : null}
      <p role="status" className="hint">
        {converted}
      </p>
    </div>
  )
}

/** The accepted prefixes, plus a different one already in the form (from a draft or a copied version). */
const nsPrefixOptions = (current: string | undefined) =>
  [...new Set([...NAMESPACE_PREFIXES, ...(current ? [current] : [])])].map((p) => ({ value: p, label: p }))

function HelmSection() {
  const { control } = useFormContext<VersionHost>()
  const enabled = useWatch({ control, name: 'version.helm.enabled' })
  const nsPrefix = useWatch({ control, name: 'version.helm.nsPrefix' })
  return (
    <fieldset className="helm-section">
      <legend>Helm chart</legend>
      <CheckboxField
        control={control}
        name="version.helm.enabled"
        label="Deploy this version with a Helm chart"
        help="Pedestal systems (like Train-Ticket) are installed from a chart."
      />
      {enabled ? (
        <div className="helm-fields">
          <TextField
            control={control}
            name="version.helm.chartName"
            label="Chart name"
            placeholder="trainticket"
          />
          <TextField
            control={control}
            name="version.helm.repoName"
            label="Chart repository name"
            placeholder="train-ticket"
          />
          <TextField
            control={control}
            name="version.helm.repoUrl"
            label="Chart repository URL"
            placeholder="https://operationspai.github.io/train-ticket"
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField
            control={control}
            name="version.helm.nsPrefix"
            label="Namespace prefix"
            help="The pods of each experiment run in a namespace that starts with this prefix. This platform accepts only the prefixes listed here."
            options={nsPrefixOptions(nsPrefix)}
          />
          <ParameterEditor kind="helm" />
        </div>
      ) : null}
    </fieldset>
  )
}
