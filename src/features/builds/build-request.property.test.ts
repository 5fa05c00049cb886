import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { goTrimSpace } from '@/lib/go-text'
import { buildRequestProblem } from '@/mocks/rules'
import { buildFormValues, hostileBuildFormValues } from '@/test/form-arbitraries'
import { buildFormSchema, fromBuildDraft, toSubmitBuildReq, type BuildFormValues } from './build-form-schema'

const RUNS = 200

/** POST /api/v2/containers/build checks only the request (src/mocks/handlers/builds.ts), on the JSON sent. */
const serverProblem = (body: unknown) => buildRequestProblem(JSON.parse(JSON.stringify(body)))

const accepted = (values: BuildFormValues) => {
  const parsed = buildFormSchema.safeParse(values)
  return parsed.success ? parsed.data : undefined
}

describe('build request (property)', () => {
  it('never throws on arbitrary values, however malformed', () => {
    fc.assert(
      fc.property(fc.oneof(hostileBuildFormValues, buildFormValues), fc.anything(), (values, junk) => {
        const data = accepted(values)
        if (data) toSubmitBuildReq(data)
        expect(buildFormSchema.safeParse(junk).success).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })

  it('every request the form accepts is one the server accepts', () => {
    let count = 0
    fc.assert(
      fc.property(buildFormValues, (values) => {
        const data = accepted(values)
        if (!data) return
        count++
        expect(serverProblem(toSubmitBuildReq(data))).toBeNull()
      }),
      { numRuns: RUNS },
    )
    expect(count / RUNS).toBeGreaterThanOrEqual(0.2)
  })

  it('keeps what the user typed: trimmed where the server trims, sub path and ARG values verbatim', () => {
    fc.assert(
      fc.property(buildFormValues, (values) => {
        const data = accepted(values)
        if (!data) return
        const request = toSubmitBuildReq(data)
        expect(request.image_name).toBe(goTrimSpace(values.image_name))
        expect(request.github_repository).toBe(goTrimSpace(values.github_repository))
        expect(request.github_branch ?? '').toBe(goTrimSpace(values.github_branch))
        expect(request.github_commit ?? '').toBe(goTrimSpace(values.github_commit))
        expect(request.github_token ?? '').toBe(goTrimSpace(values.github_token))
        expect(request.tag ?? '').toBe(goTrimSpace(values.tag))
        expect(request.sub_path ?? '').toBe(values.sub_path)
        expect(request.build_options.context_dir).toBe(goTrimSpace(values.context_dir) || '.')
        expect(request.build_options.dockerfile_path).toBe(
          goTrimSpace(values.dockerfile_path) || 'Dockerfile',
        )
        // build_args is a map: JavaScript lists integer-like keys first, so compare without order.
        expect(Object.entries(request.build_options.build_args ?? {}).sort()).toEqual(
          values.build_args.map((row) => [goTrimSpace(row.key), row.value]).sort(),
        )
        expect(request.build_options.force_rebuild ?? false).toBe(values.force_rebuild)
      }),
      { numRuns: RUNS },
    )
  })

  it('round-trips through a request file: the form reads a sent request back and builds the same request', () => {
    fc.assert(
      fc.property(buildFormValues, (values) => {
        const data = accepted(values)
        if (!data) return
        // A request file never holds a token.
        const { github_token: _token, ...request } = toSubmitBuildReq(data)
        const reread = accepted(fromBuildDraft(request))
        expect(reread).toBeDefined()
        expect(toSubmitBuildReq(reread!)).toEqual(request)
      }),
      { numRuns: RUNS },
    )
  })
})
