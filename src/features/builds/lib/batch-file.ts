import { parseAllDocuments } from 'yaml'
import { z } from 'zod'
import type { components } from '@/api/schema.gen'
import { parseGithubUrl } from '@/lib/github-url'

type BuildRequest = components['schemas']['BuildRequest']

export const MAX_BATCH_ITEMS = 200
export const TOKEN_IN_FILE_MESSAGE = 'Remove github_token from the file: tokens are never read from files'

const BRANCH = /^[A-Za-z0-9._/-]{1,250}$/
const COMMIT = /^[a-fA-F0-9]{7,64}$/

const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? 'is required'
    : typeof issue.input === 'number' || typeof issue.input === 'boolean'
      ? `must be ${expected}; quote the value so it is read as text`
      : `must be ${expected}`

const text = () => z.string({ error: typeError('text') })

/** Optional trimmed text; an empty value counts as absent (the server then applies its default). */
const optionalText = (check?: { test: (v: string) => boolean; message: string }) =>
  text()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || !check || check.test(v), { message: check?.message ?? '' })
    .optional()

const isBranch = (v: string) => BRANCH.test(v) && !v.startsWith('/') && !v.endsWith('/') && !v.includes('..')

const buildOptionsSchema = z.strictObject(
  {
    context_dir: optionalText(),
    dockerfile_path: optionalText(),
    target: optionalText(),
    build_args: z
      .record(text(), text(), { error: typeError('a map of names to text values') })
      .superRefine((args, ctx) => {
        for (const key of Object.keys(args)) {
          if (key.trim() === '')
            ctx.addIssue({ code: 'custom', message: 'build arg names must not be empty' })
        }
      })
      .optional(),
    force_rebuild: z.boolean({ error: typeError('true or false') }).optional(),
  },
  { error: typeError('an object') },
)

/** The validated shape of one build request read from a file. It never holds a token. */
export const buildRequestDraftSchema = z.strictObject(
  {
    image_name: text().trim().min(1, 'must not be empty'),
    tag: optionalText(),
    github_repository: text()
      .trim()
      .superRefine((v, ctx) => {
        if (/^[^/\s]+\/[^/\s]+$/.test(v)) return
        const fromUrl = parseGithubUrl(v)?.repository
        ctx.addIssue({
          code: 'custom',
          message: fromUrl ? `use owner/repo (here: ${fromUrl})` : 'use owner/repo',
        })
      }),
    github_branch: optionalText({ test: isBranch, message: 'is not a valid branch name' }),
    github_commit: optionalText({ test: (v) => COMMIT.test(v), message: 'must be 7 to 64 hex characters' }),
    sub_path: text().optional(),
    build_options: buildOptionsSchema.optional(),
  },
  { error: typeError('an object') },
)

/** A validated build request from a file: the API's BuildRequest without a token, build_options optional. */
export type BuildRequestDraft = Omit<BuildRequest, 'github_token' | 'build_options'> & {
  build_options?: Partial<components['schemas']['BuildOptions']>
}

export type BatchItem = {
  /** 0-based position in the file; messages count from 1 ("item 1"). */
  index: number
  ok: boolean
  request?: BuildRequestDraft
  errors?: string[]
}

export type BatchFileResult = { ok: true; items: BatchItem[] } | { ok: false; reason: string }

const formatPath = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')

const issueMessages = (error: z.ZodError): string[] =>
  error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .filter((key) => key.toLowerCase() !== 'github_token')
        .map((key) => {
          const at = [...issue.path, key]
          return `${formatPath(at)}: is not a build request field`
        })
    }
    const path = formatPath(issue.path)
    return [path ? `${path}: ${issue.message}` : issue.message]
  })

const validateItem = (value: unknown, index: number): BatchItem => {
  const label = `item ${index + 1}`
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { index, ok: false, errors: [`${label}: must be an object with image_name and github_repository`] }
  }
  const errors: string[] = []
  // Go's JSON decoder matches keys case-insensitively, so GITHUB_TOKEN would also reach the server.
  if (Object.keys(value).some((key) => key.toLowerCase() === 'github_token')) {
    errors.push(`${label}: ${TOKEN_IN_FILE_MESSAGE}`)
  }
  const parsed = buildRequestDraftSchema.safeParse(value)
  if (!parsed.success) errors.push(...issueMessages(parsed.error).map((m) => `${label}: ${m}`))
  if (errors.length > 0 || !parsed.success) return { index, ok: false, errors }
  const request: BuildRequestDraft = parsed.data
  return { index, ok: true, request }
}

type Documents = { ok: true; values: unknown[] } | { ok: false; reason: string }

const readYaml = (name: string, source: string): Documents => {
  const docs = parseAllDocuments(source, { prettyErrors: true })
  const list = Array.isArray(docs) ? docs : [docs]
  for (const doc of list) {
    const error = doc.errors[0]
    if (error) {
      const pos = error.linePos?.[0]
      const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : ''
      return { ok: false, reason: `${name} is not valid YAML${where}: ${detail}` }
    }
  }
  try {
    return {
      ok: true,
      values: list.map((doc) => doc.toJS({ maxAliasCount: 100 }) as unknown).filter((v) => v != null),
    }
  } catch (err) {
    return { ok: false, reason: `${name} could not be read: ${(err as Error).message}` }
  }
}

const readDocuments = (name: string, source: string): Documents => {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase()
  const trimmed = source.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return { ok: false, reason: `${name} is empty` }
  if (ext === 'yaml' || ext === 'yml') return readYaml(name, trimmed)
  if (ext !== 'json' && !/^[[{]/.test(trimmed)) return readYaml(name, trimmed)
  try {
    return { ok: true, values: [JSON.parse(trimmed)] }
  } catch (err) {
    // Without a .json extension, fall back to YAML (a superset of JSON that also allows comments).
    if (ext !== 'json') return readYaml(name, trimmed)
    return { ok: false, reason: `${name} is not valid JSON: ${(err as Error).message}` }
  }
}

/**
 * Reads a JSON or YAML file that holds one build request, an array of them, `{ builds: [...] }`, or
 * (YAML) several documents. Each item is validated on its own. Tokens are never read from files.
 */
export const parseBuildRequestFile = (name: string, text: string): BatchFileResult => {
  const fileName = typeof name === 'string' && name.trim() !== '' ? name.trim() : 'The file'
  if (typeof text !== 'string') return { ok: false, reason: `${fileName} could not be read as text` }
  const read = readDocuments(fileName, text)
  if (!read.ok) return read
  const shapeError = `${fileName} must hold a build request object, an array of them, or { builds: [...] }`
  const values: unknown[] = []
  for (const value of read.values) {
    if (Array.isArray(value)) values.push(...(value as unknown[]))
    else if (typeof value === 'object' && value !== null && 'builds' in value) {
      const builds = (value as { builds: unknown }).builds
      if (!Array.isArray(builds)) return { ok: false, reason: `${fileName}: builds must be a list` }
      values.push(...(builds as unknown[]))
    } else if (typeof value === 'object' && value !== null) values.push(value)
    else return { ok: false, reason: shapeError }
  }
  if (values.length === 0) return { ok: false, reason: `${fileName} holds no build requests` }
  if (values.length > MAX_BATCH_ITEMS) {
    return {
      ok: false,
      reason: `${fileName} holds ${values.length} build requests; the limit is ${MAX_BATCH_ITEMS} per file`,
    }
  }
  return { ok: true, items: values.map(validateItem) }
}
