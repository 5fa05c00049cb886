import { describe, expect, it } from 'vitest'
import {
  buildFormDefaults,
  buildFormSchema,
  fromBuildDraft,
  toSubmitBuildReq,
  type BuildFormValues,
} from './build-form-schema'

const values = (patch: Partial<BuildFormValues> = {}): BuildFormValues => ({
  ...buildFormDefaults,
  github_repository: 'acme/detector',
  image_name: 'detector',
  ...patch,
})
const errors = (v: BuildFormValues) => {
  const result = buildFormSchema.safeParse(v)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('toSubmitBuildReq', () => {
  it('always sends build_options and leaves empty optional fields to the server defaults', () => {
    expect(toSubmitBuildReq(values())).toEqual({
      image_name: 'detector',
      github_repository: 'acme/detector',
      build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
    })
  })

  it('maps every field, build args as a map, and trims what the server trims (not sub_path)', () => {
    const req = toSubmitBuildReq(
      values({
        github_branch: ' dev ',
        github_commit: 'abc1234',
        sub_path: 'services/api',
        github_token: `ghp_${'a'.repeat(36)}`,
        tag: '1.0.0',
        context_dir: 'ctx',
        dockerfile_path: 'ctx/Dockerfile.gpu',
        target: 'runtime',
        build_args: [
          { key: 'PY', value: '3.11' },
          { key: ' EMPTY ', value: '' },
        ],
        force_rebuild: true,
      }),
    )
    expect(req).toEqual({
      image_name: 'detector',
      github_repository: 'acme/detector',
      github_branch: 'dev',
      github_commit: 'abc1234',
      sub_path: 'services/api',
      github_token: `ghp_${'a'.repeat(36)}`,
      tag: '1.0.0',
      build_options: {
        context_dir: 'ctx',
        dockerfile_path: 'ctx/Dockerfile.gpu',
        target: 'runtime',
        build_args: { PY: '3.11', EMPTY: '' },
        force_rebuild: true,
      },
    })
  })

  it('falls back to the defaults for blank context dir and Dockerfile path', () => {
    expect(toSubmitBuildReq(values({ context_dir: ' ', dockerfile_path: '' })).build_options).toEqual({
      context_dir: '.',
      dockerfile_path: 'Dockerfile',
    })
  })
})

describe('buildFormSchema', () => {
  it('accepts a minimal request', () => {
    expect(errors(values())).toEqual({})
  })

  it('uses the server rules for repository, branch, commit and token', () => {
    const e = errors(
      values({
        github_repository: 'https://github.com/acme/detector',
        github_branch: 'a..b',
        github_commit: 'xyz',
        github_token: 'github_pat_123',
      }),
    )
    expect(Object.keys(e).sort()).toEqual([
      'github_branch',
      'github_commit',
      'github_repository',
      'github_token',
    ])
    expect(e.github_repository).toMatch(/not a URL/)
  })

  it('rejects image names and tags that could not be pushed', () => {
    expect(errors(values({ image_name: '' })).image_name).toMatch(/Enter the image name/)
    expect(errors(values({ image_name: 'Detector' })).image_name).toMatch(/lowercase/)
    expect(errors(values({ image_name: 'my detector' })).image_name).toBeDefined()
    expect(errors(values({ image_name: 'team/my-detector' }))).toEqual({})
    expect(errors(values({ tag: '-bad' })).tag).toBeDefined()
    expect(errors(values({ tag: 'v1.2.3_rc' }))).toEqual({})
  })

  it('checks build arg rows: empty and duplicate names', () => {
    const e = errors(
      values({
        build_args: [
          { key: 'A', value: '1' },
          { key: '', value: '2' },
          { key: 'A', value: '3' },
        ],
      }),
    )
    expect(e['build_args.1.key']).toMatch(/Enter the ARG name/)
    expect(e['build_args.2.key']).toMatch(/already set in row 1/)
  })

  it('keeps sub path and Dockerfile path inside the source', () => {
    expect(errors(values({ sub_path: ' api' })).sub_path).toMatch(/spaces/)
    expect(errors(values({ sub_path: '../x' })).sub_path).toMatch(/inside/)
    expect(errors(values({ dockerfile_path: '/Dockerfile' })).dockerfile_path).toMatch(/leading/)
  })
})

describe('fromBuildDraft', () => {
  it('turns a file request into form values that map back to the same request', () => {
    const draft = {
      github_repository: 'acme/a',
      image_name: 'a',
      tag: '2',
      build_options: { context_dir: 'x', build_args: { K: 'v' } },
    }
    const form = fromBuildDraft(draft)
    expect(form.github_token).toBe('')
    expect(toSubmitBuildReq(form)).toEqual({
      github_repository: 'acme/a',
      image_name: 'a',
      tag: '2',
      build_options: { context_dir: 'x', dockerfile_path: 'Dockerfile', build_args: { K: 'v' } },
    })
  })
})
