import { Link } from '@tanstack/react-router'
import { Suspense } from 'react'
import { useWatch } from 'react-hook-form'
import { CheckboxField, FormRootError, SelectField, TextField } from '@/components/form/fields'
import { DraftNotice } from '@/components/form/draft-notice'
import { FormActions } from '@/components/form/form-actions'
import './builds.css'
import { DropZone } from './drop-zone'
import { RegistryPrefixField } from './registry-prefix-field'
import type { BuildFormState } from './use-build-form'
import { lazyPart } from '@/components/lazy-part'

/** Only a dropped batch file opens the batch panel, so it loads then. */
const BatchPanel = lazyPart(() => import('./batch-panel').then((m) => m.BatchPanel))
/** Below the form, from this browser's build history. */
const RecentBuilds = lazyPart(() => import('./recent-builds').then((m) => m.RecentBuilds))
/** Shown once a folder or archive has been read, so it loads then. */
const ContextChooser = lazyPart(() => import('./context-chooser').then((m) => m.ContextChooser))

/** `/builds/new`: the drop zone, the build form, a batch from a file, and this browser's recent builds. */
export function BuildForm(state: BuildFormState) {
  const { form, buildArgs, draft, intake, batch, containerId, containerName, registryPrefix } = state
  const { stages } = intake
  const submitting = form.formState.isSubmitting
  const target = useWatch({ control: form.control, name: 'target' })
  const imageName = useWatch({ control: form.control, name: 'image_name' })
  const tag = useWatch({ control: form.control, name: 'tag' })
  const targetOptions = [
    { value: '', label: 'The last stage (default)' },
    ...stages.map((s) => ({ value: s, label: s })),
    ...(target && !stages.includes(target) ? [{ value: target, label: target }] : []),
  ]
  return (
    <section aria-labelledby="new-build-title" className="form-page build-page">
      <h1 id="new-build-title">Build an image</h1>
      <p className="hint">
        The server clones the GitHub repository, builds it with BuildKit and pushes the image. Everything
        below is checked with the server&apos;s rules before it is sent.
        {containerId ? (
          <>
            {' '}
            This build is for{' '}
            <Link to="/containers/$containerId" params={{ containerId }} title={containerName}>
              <span dir="auto" className="wrap-anywhere">
                {containerName ?? `container #${containerId}`}
              </span>
            </Link>
            .
          </>
        ) : null}
      </p>
      <DraftNotice
        restoredAt={draft.restoredAt}
        onDiscard={draft.discard}
        note="the GitHub token is never kept"
      />
      <DropZone onTake={intake.takeFiles} reading={intake.reading} reports={intake.reports} />
      {intake.context ? (
        <Suspense fallback={<p role="status">Loading the build files…</p>}>
          <ContextChooser
            finding={intake.context}
            chosen={intake.chosenContext}
            onChoose={(choice) => void intake.chooseContext(intake.context!, choice)}
          />
        </Suspense>
      ) : null}
      {batch.batch ? (
        <Suspense fallback={<p role="status">Loading the batch…</p>}>
          <BatchPanel
            batch={batch.batch}
            onStart={batch.startBatch}
            onClear={batch.clearBatch}
            onLoad={intake.loadDraftIntoForm}
          />
        </Suspense>
      ) : null}

      <form noValidate onSubmit={(e) => void state.onSubmit(e)} aria-labelledby="new-build-title">
        <FormRootError form={form} />
        <fieldset>
          <legend>Source on GitHub</legend>
          <div
            onBlur={(event) => {
              if (event.target instanceof HTMLInputElement) intake.convertRepositoryInput(event.target.value)
            }}
          >
            <TextField
              control={form.control}
              name="github_repository"
              label="GitHub repository"
              placeholder="owner/repo"
              help="A pasted github.com link is converted, with its branch, commit and folder."
              autoComplete="off"
              spellCheck={false}
              onPaste={(event) => {
                if (intake.convertRepositoryInput(event.clipboardData.getData('text'))) event.preventDefault()
              }}
            />
          </div>
          <TextField
            control={form.control}
            name="github_branch"
            label="Branch"
            placeholder="main"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            control={form.control}
            name="github_commit"
            label="Commit"
            help="Optional: 7 to 64 hex digits, checked out after the clone."
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            control={form.control}
            name="sub_path"
            label="Sub path"
            help="Optional: the folder of the repository to build from. Empty: the whole repository."
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            control={form.control}
            name="github_token"
            label="GitHub token"
            type="password"
            autoComplete="off"
            hint="Only for private repositories. Sent with this build only: never saved, and cleared after submit."
          />
        </fieldset>
        <fieldset>
          <legend>Image</legend>
          <TextField
            control={form.control}
            name="image_name"
            label="Image name"
            help="A dropped info.toml sets it from its name."
            autoComplete="off"
            spellCheck={false}
          />
          <TextField control={form.control} name="tag" label="Tag" placeholder="latest" autoComplete="off" />
          <RegistryPrefixField prefix={registryPrefix} imageName={imageName} tag={tag} />
        </fieldset>
        <fieldset>
          <legend>Build options</legend>
          <TextField
            control={form.control}
            name="context_dir"
            label="Context dir"
            help="Relative to the source root: the repository, or its sub path."
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            control={form.control}
            name="dockerfile_path"
            label="Dockerfile path"
            hint="Relative to the source root, not to the context dir"
            autoComplete="off"
            spellCheck={false}
          />
          {stages.length ? (
            <SelectField control={form.control} name="target" label="Target stage" options={targetOptions} />
          ) : (
            <TextField
              control={form.control}
              name="target"
              label="Target stage"
              help="Optional: a FROM … AS name. Drop the Dockerfile to choose from its stages."
              autoComplete="off"
            />
          )}
          <h3 className="build-args-title">Build args</h3>
          {buildArgs.fields.length === 0 ? (
            <p className="hint">None. A dropped Dockerfile adds a row per ARG.</p>
          ) : null}
          {buildArgs.fields.map((row, i) => (
            <div className="build-arg-row" key={row.id}>
              <TextField
                control={form.control}
                name={`build_args.${i}.key`}
                label={
                  <>
                    Name<span className="visually-hidden"> of build arg {i + 1}</span>
                  </>
                }
                autoComplete="off"
                spellCheck={false}
              />
              <TextField
                control={form.control}
                name={`build_args.${i}.value`}
                label={
                  <>
                    Value<span className="visually-hidden"> of build arg {i + 1}</span>
                  </>
                }
                autoComplete="off"
                spellCheck={false}
              />
              <button type="button" onClick={() => buildArgs.remove(i)}>
                Remove<span className="visually-hidden"> build arg {i + 1}</span>
              </button>
            </div>
          ))}
          <div className="actions build-args-actions">
            <button type="button" onClick={() => buildArgs.append({ key: '', value: '' })}>
              Add build arg
            </button>
          </div>
          <CheckboxField
            control={form.control}
            name="force_rebuild"
            label="Force rebuild"
            hint="The builder ignores it for now: every build starts fresh"
          />
        </fieldset>
        <FormActions label="Build image" busyLabel="Submitting build…" submitting={submitting} />
      </form>
      <Suspense fallback={<p role="status">Loading recent builds…</p>}>
        <RecentBuilds />
      </Suspense>
    </section>
  )
}
