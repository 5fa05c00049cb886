import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate } from '@tanstack/react-router'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import { submitBuild, useSubmitBuild } from '@/api/builds'
import { describeError } from '@/api/errors'
import { useFormDraft } from '@/components/form/use-form-draft'
import { useLeaveGuard } from '@/components/form/use-leave-guard'
import { goTrimSpace } from '@/lib/go-text'
import { applyServerError } from '@/lib/forms'
import { imageNameFor } from '@/lib/image-ref'
import { runBatch, toBatchRows, type BatchRow } from './batch-run'
import {
  buildFormDefaults,
  buildFormSchema,
  buildServerErrorRules,
  fromBuildDraft,
  SECRET_FIELDS,
  toSubmitBuildReq,
  type BuildFormValues,
} from './build-form-schema'
import { buildHistory } from './build-history'
import type { BuildRecord } from './build-record'
import { watchBuild } from './build-watch'
import {
  groupLocalFiles,
  readDroppedText,
  readFolder,
  readOneFile,
  type Finding,
  type LocalFile,
} from './file-intake'
import type { BuildContext } from './lib/archive'
import type { BuildRequestDraft } from './lib/batch-file'
import { collectBuildArgs, parseDockerfile, type ParsedDockerfile } from './lib/dockerfile'
import { parseGithubUrl, type GithubUrl } from './lib/github-url'
import { parseInfoToml } from './lib/info-toml'

export type Report = { tone: 'ok' | 'warn' | 'error'; text: string }
export type ContextFinding = Extract<Finding, { kind: 'context' }>
export type Batch = { name: string; rows: BatchRow[]; running: boolean }

const dirty = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const

/** A record for the history: what was asked, never the token. */
export function recordFor(
  request: {
    github_repository: string
    github_branch?: string
    github_commit?: string
    sub_path?: string
    image_name: string
    tag?: string
  },
  submitted: { trace_id: string; task_id: string },
  containerId?: number,
): BuildRecord {
  const now = Date.now()
  const record: BuildRecord = {
    traceId: submitted.trace_id,
    repository: goTrimSpace(request.github_repository),
    imageName: goTrimSpace(request.image_name),
    tag: goTrimSpace(request.tag ?? '') || 'latest',
    submittedAt: now,
    phase: 'submitted',
    steps: [],
    finished: false,
    updatedAt: now,
  }
  if (submitted.task_id) record.taskId = submitted.task_id
  if (request.github_branch) record.branch = goTrimSpace(request.github_branch)
  if (request.github_commit) record.commit = goTrimSpace(request.github_commit)
  if (request.sub_path) record.subPath = request.sub_path
  if (containerId) record.containerId = containerId
  return record
}

export function useBuildForm({
  containerId,
  containerName,
}: {
  containerId?: number
  containerName?: string
}) {
  const form = useForm<BuildFormValues>({
    resolver: zodResolver(buildFormSchema),
    defaultValues: buildFormDefaults,
    mode: 'onTouched',
  })
  const buildArgs = useFieldArray({ control: form.control, name: 'build_args' })
  // The token is left out explicitly (useFormDraft also drops anything named like a secret).
  const draft = useFormDraft(form, 'new-build', buildFormDefaults, { omit: SECRET_FIELDS })
  const [succeeded, setSucceeded] = useState(false)
  useLeaveGuard(form.formState.isDirty && !succeeded)
  const mutation = useSubmitBuild()
  const navigate = useNavigate()
  const [stages, setStages] = useState<string[]>([])
  const [reports, setReports] = useState<Report[]>([])
  const [context, setContext] = useState<ContextFinding | null>(null)
  const [chosenContext, setChosenContext] = useState<string | null>(null)
  const [batch, setBatch] = useState<Batch | null>(null)
  const [reading, setReading] = useState(false)

  // From a container's page: its name is the likely image name (only when nothing was typed or restored).
  const prefilled = useRef(false)
  useEffect(() => {
    if (prefilled.current || !containerName) return
    prefilled.current = true
    // Never an invalid image name: `My Algo!!` becomes `my-algo`, and nothing when no usable name is left.
    const name = imageNameFor(containerName)
    if (!form.getValues('image_name') && name) form.setValue('image_name', name, { shouldDirty: false })
  }, [containerName, form])

  const applyGithub = useCallback(
    (url: GithubUrl): string => {
      form.setValue('github_repository', url.repository, dirty)
      const filled = [`repository ${url.repository}`]
      if (url.branch !== undefined) {
        form.setValue('github_branch', url.branch, dirty)
        filled.push(`branch ${url.branch}`)
      }
      if (url.commit !== undefined) {
        form.setValue('github_commit', url.commit, dirty)
        filled.push(`commit ${url.commit}`)
      }
      if (url.subPath !== undefined) {
        form.setValue('sub_path', url.subPath, dirty)
        filled.push(`sub path ${url.subPath}`)
      }
      if (url.dockerfilePath !== undefined) {
        form.setValue('dockerfile_path', url.dockerfilePath, dirty)
        filled.push(`Dockerfile path ${url.dockerfilePath}`)
      }
      return filled.join(', ')
    },
    [form],
  )

  const applyDockerfile = useCallback(
    (path: string, parsed: ParsedDockerfile): Report[] => {
      form.setValue('dockerfile_path', path, dirty)
      const existing = new Set(form.getValues('build_args').map((row) => goTrimSpace(row.key)))
      const added = collectBuildArgs(parsed).filter((arg) => !existing.has(arg.name))
      if (added.length)
        buildArgs.append(
          added.map((arg) => ({ key: arg.name, value: arg.defaultValue ?? '' })),
          { shouldFocus: false },
        )
      setStages(parsed.stages)
      const parts = [`Dockerfile path set to ${path}`]
      if (added.length)
        parts.push(
          `${added.length} build arg${added.length === 1 ? '' : 's'} added (${added.map((a) => a.name).join(', ')})`,
        )
      if (parsed.stages.length) parts.push(`targets to choose from: ${parsed.stages.join(', ')}`)
      return [
        { tone: 'ok', text: `${parts.join('; ')}.` },
        ...parsed.warnings.map((w): Report => ({
          tone: 'warn',
          text: `Dockerfile line ${w.line}: ${w.message}.`,
        })),
      ]
    },
    [form, buildArgs],
  )

  const chooseContext = useCallback(
    async (finding: ContextFinding, choice: BuildContext) => {
      form.setValue('context_dir', choice.contextDir, dirty)
      const out: Report[] = [
        {
          tone: 'ok',
          text: `Context dir set to ${choice.contextDir} and Dockerfile path to ${choice.dockerfilePath}.`,
        },
      ]
      setChosenContext(choice.dockerfilePath)
      if (finding.read) {
        const text = await finding.read(choice.dockerfilePath)
        if (text !== null) out.push(...applyDockerfile(choice.dockerfilePath, parseDockerfile(text)).slice(1))
        const infos = finding.files.infoTomls
        const info =
          infos.find((p) => p === `${choice.contextDir}/info.toml`) ?? infos.find((p) => p === 'info.toml')
        if (info && !goTrimSpace(form.getValues('image_name'))) {
          const parsed = parseInfoToml((await finding.read(info)) ?? '')
          if (parsed.ok && parsed.name) {
            form.setValue('image_name', parsed.name, dirty)
            out.push({ tone: 'ok', text: `Image name set to ${parsed.name} from ${info}.` })
          }
        }
      }
      form.setValue('dockerfile_path', choice.dockerfilePath, dirty)
      setReports(out)
    },
    [form, applyDockerfile],
  )

  const loadDraftIntoForm = useCallback(
    (request: BuildRequestDraft) => {
      const token = form.getValues('github_token')
      form.reset({ ...fromBuildDraft(request), github_token: token }, { keepDefaultValues: true })
      void form.trigger()
      setStages([])
    },
    [form],
  )

  const applyFindings = useCallback(
    async (findings: Finding[]) => {
      const out: Report[] = []
      const order: Finding['kind'][] = ['github', 'dockerfile', 'info-toml', 'context', 'batch', 'rejected']
      const sorted = [...findings].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      for (const f of sorted) {
        switch (f.kind) {
          case 'github':
            out.push({ tone: 'ok', text: `From the GitHub link: ${applyGithub(f.url)}.` })
            break
          case 'dockerfile': {
            const [first, ...rest] = applyDockerfile(f.path, f.parsed)
            out.push({ tone: 'ok', text: `${f.name}: ${first!.text}` }, ...rest)
            break
          }
          case 'info-toml':
            if (f.imageName) {
              form.setValue('image_name', f.imageName, dirty)
              out.push({ tone: 'ok', text: `${f.name}: image name set to ${f.imageName}.` })
            } else
              out.push({
                tone: 'warn',
                text: `${f.name} has no name field, so the image name was not changed.`,
              })
            break
          case 'context': {
            const { dockerfiles, infoTomls } = f.files
            setContext(f)
            setChosenContext(null)
            if (dockerfiles.length === 0) {
              out.push({ tone: 'warn', text: `${f.name}: no Dockerfile found in this ${f.source}.` })
              break
            }
            out.push({
              tone: 'ok',
              text: `${f.name}: found ${dockerfiles.length} Dockerfile${dockerfiles.length === 1 ? '' : 's'} and ${infoTomls.length} info.toml. ${dockerfiles.length === 1 ? 'It was chosen.' : 'Choose the one to build below.'}`,
            })
            break
          }
          case 'batch': {
            const valid = f.items.filter((i) => i.ok)
            if (f.items.length === 1) {
              const item = f.items[0]!
              if (item.ok && item.request) {
                loadDraftIntoForm(item.request)
                out.push({ tone: 'ok', text: `${f.name}: the form was filled with its build request.` })
              } else
                out.push({
                  tone: 'error',
                  text: `${f.name} cannot be used: ${(item.errors ?? []).join('; ')}`,
                })
              break
            }
            setBatch({ name: f.name, rows: toBatchRows(f.items), running: false })
            out.push({
              tone: valid.length === f.items.length ? 'ok' : 'warn',
              text: `${f.name}: ${f.items.length} build requests, ${valid.length} valid${valid.length < f.items.length ? `, ${f.items.length - valid.length} with problems (listed below)` : ''}.`,
            })
            break
          }
          case 'rejected':
            out.push({
              tone: 'error',
              text: `${f.name} cannot be used: ${f.reason}. Nothing in the form was changed by it.`,
            })
            break
        }
      }
      setReports(out)
      const ctx = sorted.find((f): f is ContextFinding => f.kind === 'context')
      const onlyOne = ctx?.files.contexts.length === 1 ? ctx.files.contexts[0] : undefined
      if (ctx && onlyOne) {
        const before = out
        await chooseContext(ctx, onlyOne)
        setReports((after) => [...before, ...after])
      }
    },
    [applyGithub, applyDockerfile, form, loadDraftIntoForm, chooseContext],
  )

  const takeFiles = useCallback(
    async (files: LocalFile[], text?: { uriList?: string; text?: string }) => {
      setReading(true)
      try {
        const { loose, folders } = groupLocalFiles(files)
        const findings: Finding[] = []
        for (const folder of folders) findings.push(readFolder(folder))
        for (const file of loose) findings.push(await readOneFile(file))
        if (files.length === 0 && text) {
          const finding = readDroppedText(text)
          if (finding) findings.push(finding)
        }
        if (findings.length === 0)
          setReports([
            { tone: 'error', text: 'Nothing usable was dropped. Drop files, a folder or a GitHub link.' },
          ])
        else await applyFindings(findings)
      } finally {
        setReading(false)
      }
    },
    [applyFindings],
  )

  /** A pasted or typed github.com URL in the repository field becomes owner/repo (and fills the rest). */
  const convertRepositoryInput = useCallback(
    (value: string): boolean => {
      if (!/github\.com/i.test(value)) return false
      const url = parseGithubUrl(value)
      if (!url) return false
      setReports([{ tone: 'ok', text: `Converted the GitHub link: ${applyGithub(url)}.` }])
      return true
    },
    [applyGithub],
  )

  const onSubmit = form.handleSubmit(async (values) => {
    const request = toSubmitBuildReq(values)
    let submitted
    try {
      submitted = await mutation.mutateAsync(request)
    } catch (error) {
      applyServerError(form, error, buildServerErrorRules)
      return
    }
    buildHistory.put(recordFor(request, submitted, containerId))
    watchBuild(submitted.trace_id)
    draft.clear()
    form.reset(buildFormDefaults)
    setSucceeded(true)
    await navigate({
      to: '/builds/$traceId',
      params: { traceId: submitted.trace_id },
      state: { announce: `Build of ${request.image_name} submitted.` },
      ignoreBlocker: true,
    })
  })

  const startBatch = useCallback(async () => {
    if (!batch || batch.running) return
    if (!(await form.trigger('github_token'))) return
    const token = goTrimSpace(form.getValues('github_token')) || undefined
    setBatch({ ...batch, running: true })
    const rows = await runBatch(
      batch.rows,
      submitBuild,
      (row) => {
        if (row.status === 'submitted' && row.traceId && row.request)
          buildHistory.put(recordFor(row.request, { trace_id: row.traceId, task_id: '' }, containerId))
        if (row.traceId) watchBuild(row.traceId)
        setBatch(
          (current) =>
            current && { ...current, rows: current.rows.map((r) => (r.index === row.index ? row : r)) },
        )
      },
      { token, describe: (error) => describeError(error) },
    )
    form.setValue('github_token', '')
    setBatch((current) => current && { ...current, rows, running: false })
  }, [batch, form, containerId])

  return {
    form,
    buildArgs,
    draft,
    stages,
    reports,
    reading,
    context,
    chosenContext,
    batch,
    takeFiles,
    chooseContext,
    convertRepositoryInput,
    loadDraftIntoForm,
    clearBatch: () => setBatch(null),
    startBatch,
    onSubmit,
    containerId,
    containerName,
  }
}

export type BuildFormState = ReturnType<typeof useBuildForm>
