import { useCallback, useState } from 'react'
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form'
import { goTrimSpace } from '@/lib/go-text'
import { fromBuildDraft, type BuildFormValues } from './build-form-schema'
import type { Finding, LocalFile } from './file-intake'
import type { BuildContext } from './lib/archive'
import type { BatchItem, BuildRequestDraft } from './lib/batch-file'
import type { ParsedDockerfile } from './lib/dockerfile'
import { parseGithubUrl, type GithubUrl } from '@/lib/github-url'

export type Report = { tone: 'ok' | 'warn' | 'error'; text: string }
export type ContextFinding = Extract<Finding, { kind: 'context' }>

const dirty = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const

/**
 * File intake of the build form: what was dropped, picked or pasted (files, a folder, an archive, a GitHub
 * link, a batch file) becomes form values, with a report line for each thing read. A batch of several
 * requests is handed to `openBatch`.
 */
export function useFileIntake({
  form,
  buildArgs,
  openBatch,
}: {
  form: UseFormReturn<BuildFormValues>
  buildArgs: UseFieldArrayReturn<BuildFormValues, 'build_args'>
  openBatch: (name: string, items: BatchItem[]) => void
}) {
  const [stages, setStages] = useState<string[]>([])
  const [reports, setReports] = useState<Report[]>([])
  const [context, setContext] = useState<ContextFinding | null>(null)
  const [chosenContext, setChosenContext] = useState<string | null>(null)
  const [reading, setReading] = useState(false)

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
    async (path: string, parsed: ParsedDockerfile): Promise<Report[]> => {
      // The Dockerfile parser loads with the first Dockerfile read, not with the page.
      const { collectBuildArgs } = await import('./lib/dockerfile')
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
        if (text !== null) {
          const { parseDockerfile } = await import('./lib/dockerfile')
          out.push(...(await applyDockerfile(choice.dockerfilePath, parseDockerfile(text))).slice(1))
        }
        const infos = finding.files.infoTomls
        const info =
          infos.find((p) => p === `${choice.contextDir}/info.toml`) ?? infos.find((p) => p === 'info.toml')
        if (info && !goTrimSpace(form.getValues('image_name'))) {
          const { parseInfoToml } = await import('./lib/info-toml')
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
            const [first, ...rest] = await applyDockerfile(f.path, f.parsed)
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
            openBatch(f.name, f.items)
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
    [applyGithub, applyDockerfile, form, loadDraftIntoForm, chooseContext, openBatch],
  )

  const takeFiles = useCallback(
    async (files: LocalFile[], text?: { uriList?: string; text?: string }) => {
      setReading(true)
      try {
        // The file readers load with the first drop or pick, not with the page.
        const { groupLocalFiles, readDroppedText, readFolder, readOneFile } = await import('./file-intake')
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

  return {
    stages,
    reports,
    reading,
    context,
    chosenContext,
    takeFiles,
    chooseContext,
    convertRepositoryInput,
    loadDraftIntoForm,
  }
}
