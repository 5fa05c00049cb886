import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { githubBranch, githubCommit, githubRepository, githubToken } from '@/api/validators'
import { goTrimSpace } from '@/lib/go-text'
import type { ServerErrorRule } from '@/components/form/server-error'
import type { BuildRequestDraft } from './lib/batch-file'

type BuildRequest = components['schemas']['BuildRequest']

/**
 * The image is pushed as `<registry>/<namespace>/<image_name>:<tag>`. The server only checks that the name is
 * not empty, but BuildKit then fails to push (minutes later) a name that is not a valid repository path, and
 * the result could never be registered as a version. So the form checks the distribution/reference grammar.
 */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const IMAGE_NAME_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)
const TAG_RE = /^[\w][\w.-]{0,127}$/

const imageName = z.string().superRefine((value, ctx) => {
  const name = goTrimSpace(value)
  if (name === '')
    return void ctx.addIssue({ code: 'custom', message: 'Enter the image name, like my-detector' })
  if (name.length > 200)
    return void ctx.addIssue({ code: 'custom', message: 'Keep the image name to 200 characters or fewer' })
  if (!IMAGE_NAME_RE.test(name))
    ctx.addIssue({
      code: 'custom',
      message:
        name !== name.toLowerCase()
          ? 'Use lowercase letters only: registries reject uppercase image names'
          : 'Use lowercase letters and digits, with single ".", "_" or "-" between them (and "/" between parts), like my-detector',
    })
})

const tag = z.string().superRefine((value, ctx) => {
  const t = goTrimSpace(value)
  if (t !== '' && !TAG_RE.test(t))
    ctx.addIssue({
      code: 'custom',
      message:
        'A tag is up to 128 letters, digits, "_", "." or "-", not starting with "." or "-" (empty means latest)',
    })
})

/** sub_path is used as written (the server does not trim it), so surrounding spaces would break the build. */
const subPath = z.string().superRefine((value, ctx) => {
  if (value !== value.trim())
    ctx.addIssue({ code: 'custom', message: 'Remove the spaces around the sub path: it is used as written' })
  else if (value.split('/').includes('..'))
    ctx.addIssue({ code: 'custom', message: 'The sub path must stay inside the repository (no "..")' })
})

const relativePath = (what: string) =>
  z.string().superRefine((value, ctx) => {
    const v = goTrimSpace(value)
    if (v.startsWith('/'))
      ctx.addIssue({
        code: 'custom',
        message: `The ${what} is relative to the source root: remove the leading "/"`,
      })
    else if (v.split('/').includes('..'))
      ctx.addIssue({ code: 'custom', message: `The ${what} must stay inside the source (no "..")` })
  })

export const buildFormSchema = z
  .object({
    github_repository: githubRepository,
    github_branch: githubBranch,
    github_commit: githubCommit,
    sub_path: subPath,
    /** Never saved, logged, put in a URL, a draft or the history; cleared after submit. */
    github_token: githubToken,
    image_name: imageName,
    tag,
    context_dir: relativePath('context dir'),
    dockerfile_path: relativePath('Dockerfile path'),
    target: z.string(),
    build_args: z.array(z.object({ key: z.string(), value: z.string() })),
    force_rebuild: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const seen = new Map<string, number>()
    values.build_args.forEach((row, i) => {
      const key = goTrimSpace(row.key)
      if (key === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['build_args', i, 'key'],
          message: 'Enter the ARG name, or remove the row',
        })
        return
      }
      if (/\s|=/.test(key))
        ctx.addIssue({
          code: 'custom',
          path: ['build_args', i, 'key'],
          message: 'An ARG name has no spaces or "="',
        })
      else if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['build_args', i, 'key'],
          message: `${key} is already set in row ${seen.get(key)! + 1}`,
        })
      else seen.set(key, i)
    })
  })

export type BuildFormValues = z.infer<typeof buildFormSchema>

export const buildFormDefaults: BuildFormValues = {
  github_repository: '',
  github_branch: '',
  github_commit: '',
  sub_path: '',
  github_token: '',
  image_name: '',
  tag: '',
  context_dir: '.',
  dockerfile_path: 'Dockerfile',
  target: '',
  build_args: [],
  force_rebuild: false,
}

/** Fields that must never reach storage (drafts, history). */
export const SECRET_FIELDS = ['github_token'] as const

/**
 * The request body. Empty optional fields are left out so the server applies its defaults (branch `main`,
 * tag `latest`, sub path `.`); `build_options` is always sent (the server panics without it).
 */
export function toSubmitBuildReq(values: BuildFormValues): BuildRequest {
  const options: BuildRequest['build_options'] = {
    context_dir: goTrimSpace(values.context_dir) || '.',
    dockerfile_path: goTrimSpace(values.dockerfile_path) || 'Dockerfile',
  }
  if (goTrimSpace(values.target)) options.target = goTrimSpace(values.target)
  if (values.build_args.length)
    options.build_args = Object.fromEntries(values.build_args.map((row) => [goTrimSpace(row.key), row.value]))
  if (values.force_rebuild) options.force_rebuild = true
  const request: BuildRequest = {
    image_name: goTrimSpace(values.image_name),
    github_repository: goTrimSpace(values.github_repository),
    build_options: options,
  }
  if (goTrimSpace(values.tag)) request.tag = goTrimSpace(values.tag)
  if (goTrimSpace(values.github_branch)) request.github_branch = goTrimSpace(values.github_branch)
  if (goTrimSpace(values.github_commit)) request.github_commit = goTrimSpace(values.github_commit)
  if (values.sub_path !== '') request.sub_path = values.sub_path
  if (goTrimSpace(values.github_token)) request.github_token = goTrimSpace(values.github_token)
  return request
}

/** Form values for a build request read from a file (never holds a token). */
export function fromBuildDraft(draft: BuildRequestDraft): BuildFormValues {
  const options = draft.build_options ?? {}
  return {
    ...buildFormDefaults,
    github_repository: draft.github_repository,
    github_branch: draft.github_branch ?? '',
    github_commit: draft.github_commit ?? '',
    sub_path: draft.sub_path ?? '',
    image_name: draft.image_name,
    tag: draft.tag ?? '',
    context_dir: options.context_dir ?? '.',
    dockerfile_path: options.dockerfile_path ?? 'Dockerfile',
    target: options.target ?? '',
    build_args: Object.entries(options.build_args ?? {}).map(([key, value]) => ({ key, value })),
    force_rebuild: options.force_rebuild ?? false,
  }
}

/** Where the server's build errors (400 `Invalid request parameters: …`) belong; the rest go to the top of the form. */
export const buildServerErrorRules: ServerErrorRule<BuildFormValues>[] = [
  { field: 'image_name', match: (e) => /image name cannot be empty/i.test(e.message) },
  { field: 'github_repository', match: (e) => /invalid repository format/i.test(e.message) },
  {
    field: 'github_repository',
    match: (e) => /failed to clone repository/i.test(e.message),
    message: (m) =>
      `The server could not clone this repository (${m}). Check owner/repo, and give a token if the repository is private.`,
  },
  { field: 'github_branch', match: (e) => e.status === 400 && /branch/i.test(e.message) },
  { field: 'github_commit', match: (e) => /commit/i.test(e.message) && e.status === 400 },
  { field: 'github_token', match: (e) => /token/i.test(e.message) && e.status === 400 },
  { field: 'sub_path', match: (e) => /sub path .* does not exist/i.test(e.message) },
  { field: 'dockerfile_path', match: (e) => /dockerfile not found/i.test(e.message) },
  { field: 'context_dir', match: (e) => /build context path/i.test(e.message) },
]
