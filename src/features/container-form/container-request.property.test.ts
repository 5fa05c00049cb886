import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { typeCodeOf, type ContainerTypeName } from '@/api/enums'
import { goTrimSpace } from '@/lib/go-text'
import { mockConfig } from '@/mocks/config'
import { containerRequestProblem, versionStorageProblem } from '@/mocks/rules'
import { containerFormValues, hostileContainerFormValues } from '@/test/form-arbitraries'
import {
  containerFormSchema,
  toCreateContainerRequest,
  type CreateContainerRequest,
} from './container-form-schema'

const RUNS = 200

/**
 * What POST /api/v2/containers checks before it stores anything (src/mocks/handlers/containers.ts): the DTO
 * rules, the name column (varchar 128, counted in characters by MySQL), and the first version's DB hooks.
 * A duplicate name (409) depends on the data, not on the request, so it is left out.
 */
function serverProblem(body: CreateContainerRequest) {
  const sent = JSON.parse(JSON.stringify(body)) as CreateContainerRequest
  const dto = containerRequestProblem(sent)
  if (dto) return dto
  if (Array.from(goTrimSpace(sent.name)).length > 128)
    return { status: 500, message: "Data too long for column 'name'" }
  return sent.version ? versionStorageProblem(sent.version, [], 'failed to create container version') : null
}

/** The one rejection the form cannot prevent: the namespace prefixes are server configuration no endpoint lists. */
const isUnknownNamespacePrefix = (problem: { message: string } | null) =>
  problem !== null && /invalid namespace prefix/.test(problem.message)

describe('create-container request (property)', () => {
  it('never throws on arbitrary values, however malformed', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileContainerFormValues, containerFormValues),
        fc.anything(),
        (values, junk) => {
          const parsed = containerFormSchema.safeParse(values)
          if (parsed.success) toCreateContainerRequest(parsed.data)
          expect(containerFormSchema.safeParse(junk).success).toBe(false)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('every request the form accepts is one the server accepts', () => {
    let accepted = 0
    let withVersion = 0
    fc.assert(
      fc.property(containerFormValues, (values) => {
        const parsed = containerFormSchema.safeParse(values)
        if (!parsed.success) return
        accepted++
        if (values.includeVersion) withVersion++
        const problem = serverProblem(toCreateContainerRequest(parsed.data))
        if (isUnknownNamespacePrefix(problem))
          expect(mockConfig.namespacePrefixes).not.toContain(goTrimSpace(values.version.helm.nsPrefix))
        else expect(problem).toBeNull()
      }),
      { numRuns: RUNS },
    )
    expect(accepted / RUNS).toBeGreaterThanOrEqual(0.2)
    expect(withVersion / RUNS).toBeGreaterThanOrEqual(0.05)
  })

  it('keeps what the user typed: the name as the server trims it, the README verbatim', () => {
    fc.assert(
      fc.property(containerFormValues, (values) => {
        const parsed = containerFormSchema.safeParse(values)
        if (!parsed.success) return
        const request = toCreateContainerRequest(parsed.data)
        expect(request.name).toBe(goTrimSpace(values.name))
        expect(request.type).toBe(typeCodeOf(values.type as ContainerTypeName))
        expect(request.is_public).toBe(values.visibility === 'public')
        if (request.readme === undefined) expect(values.readme.trim()).toBe('')
        else expect(request.readme).toBe(values.readme)
        expect(request.version !== undefined).toBe(values.includeVersion)
        if (request.version) {
          expect(request.version.name).toBe(goTrimSpace(values.version.name))
          expect(request.version.image_ref).toBe(goTrimSpace(values.version.imageRef))
        }
      }),
      { numRuns: RUNS },
    )
  })
})
