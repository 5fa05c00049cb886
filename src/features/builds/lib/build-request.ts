import type { components } from '@/api/schema.gen'
import type { BuildRequestDraft } from './batch-file'

type BuildRequest = components['schemas']['BuildRequest']

/**
 * Turns a draft into the request body. `build_options` is always sent (without it the server dereferences
 * a nil pointer and answers 500 with an empty body). The token comes from the form, never from a file; an empty token is left out.
 */
export const toBuildRequest = (draft: BuildRequestDraft, githubToken?: string): BuildRequest => {
  const { build_options: options = {}, ...rest } = draft
  const request: BuildRequest = {
    ...rest,
    build_options: {
      ...options,
      context_dir: options.context_dir ?? '.',
      dockerfile_path: options.dockerfile_path ?? 'Dockerfile',
    },
  }
  const token = githubToken?.trim()
  if (token) request.github_token = token
  return request
}
