import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from './client'
import type { components } from './schema.gen'
import { buildSubmittedSchema } from './wire'

export type BuildRequest = components['schemas']['BuildRequest']

/** Submits a build. `build_options` is always sent: the server panics (500, empty body) without it. */
export function submitBuild(body: BuildRequest) {
  return unwrap(
    api.POST('/api/v2/containers/build', { body: { ...body, build_options: body.build_options ?? {} } }),
    buildSubmittedSchema,
  )
}

export function useSubmitBuild() {
  return useMutation({ mutationFn: submitBuild })
}
