import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { type BuildRequestDraft, parseBuildRequestFile, TOKEN_IN_FILE_MESSAGE } from './batch-file'
import { toBuildRequest } from './build-request'

const minimal = { image_name: 'detector', github_repository: 'o/r' }

const errorsOf = (name: string, text: string) => {
  const r = parseBuildRequestFile(name, text)
  if (!r.ok) return r.reason
  return r.items.flatMap((i) => i.errors ?? [])
}

describe('parseBuildRequestFile', () => {
  it.each([
    ['one.json', JSON.stringify(minimal)],
    ['list.json', JSON.stringify([minimal])],
    ['wrapped.json', JSON.stringify({ builds: [minimal] })],
    ['one.yaml', 'image_name: detector\ngithub_repository: o/r\n'],
    ['list.yml', '# comment\n- image_name: detector\n  github_repository: o/r\n'],
    ['no-extension', '{"image_name": "detector", "github_repository": "o/r"}'],
    ['no-extension', 'image_name: detector\ngithub_repository: o/r'],
    ['jsonish.txt', '{ image_name: detector, github_repository: o/r }'],
    ['padded.json', '\uFEFF  {"image_name": "  detector ", "github_repository": " o/r "}  '],
  ])('reads %s', (name, text) => {
    expect(parseBuildRequestFile(name, text)).toEqual({
      ok: true,
      items: [{ index: 0, ok: true, request: minimal }],
    })
  })

  it('reads several YAML documents and every field', () => {
    const text = [
      'image_name: a',
      'github_repository: o/r',
      '---',
      'image_name: b',
      'tag: "1.0"',
      'github_repository: o/r',
      'github_branch: feature/x',
      'github_commit: ABCDEF1',
      'sub_path: svc',
      'build_options:',
      '  context_dir: svc',
      '  dockerfile_path: svc/Dockerfile',
      '  target: runtime',
      '  build_args: { VERSION: "1.10" }',
      '  force_rebuild: true',
    ].join('\n')
    const r = parseBuildRequestFile('two.yaml', text)
    expect(r).toEqual({
      ok: true,
      items: [
        { index: 0, ok: true, request: { image_name: 'a', github_repository: 'o/r' } },
        {
          index: 1,
          ok: true,
          request: {
            image_name: 'b',
            tag: '1.0',
            github_repository: 'o/r',
            github_branch: 'feature/x',
            github_commit: 'ABCDEF1',
            sub_path: 'svc',
            build_options: {
              context_dir: 'svc',
              dockerfile_path: 'svc/Dockerfile',
              target: 'runtime',
              build_args: { VERSION: '1.10' },
              force_rebuild: true,
            },
          },
        },
      ],
    })
  })

  it('treats empty optional text as absent', () => {
    const r = parseBuildRequestFile('x.json', JSON.stringify({ ...minimal, tag: ' ', github_commit: '' }))
    expect(r).toEqual({ ok: true, items: [{ index: 0, ok: true, request: minimal }] })
  })

  it.each([
    [{ ...minimal, github_token: 'ghp_x' }, [`item 1: ${TOKEN_IN_FILE_MESSAGE}`]],
    [{ ...minimal, GitHub_Token: '' }, [`item 1: ${TOKEN_IN_FILE_MESSAGE}`]],
    [{ github_repository: 'o/r' }, ['item 1: image_name: is required']],
    [{ ...minimal, image_name: '   ' }, ['item 1: image_name: must not be empty']],
    [{ ...minimal, github_repository: 'o/r/x' }, ['item 1: github_repository: use owner/repo']],
    [
      { ...minimal, github_repository: 'https://github.com/o/r' },
      ['item 1: github_repository: use owner/repo (here: o/r)'],
    ],
    [{ ...minimal, github_commit: 'xyz' }, ['item 1: github_commit: must be 7 to 64 hex characters']],
    [
      { ...minimal, github_commit: 1234567 },
      ['item 1: github_commit: must be text; quote the value so it is read as text'],
    ],
    [{ ...minimal, github_branch: 'a..b' }, ['item 1: github_branch: is not a valid branch name']],
    [{ ...minimal, github_branch: '/main' }, ['item 1: github_branch: is not a valid branch name']],
    [{ ...minimal, branch: 'main' }, ['item 1: branch: is not a build request field']],
    [{ ...minimal, build_options: [] }, ['item 1: build_options: must be an object']],
    [
      { ...minimal, build_options: { build_args: { ' ': 'x' } } },
      ['item 1: build_options.build_args: build arg names must not be empty'],
    ],
    [
      { ...minimal, build_options: { build_args: { V: 1.1 } } },
      ['item 1: build_options.build_args.V: must be text; quote the value so it is read as text'],
    ],
    [
      { ...minimal, build_options: { force_rebuild: 'yes' } },
      ['item 1: build_options.force_rebuild: must be true or false'],
    ],
    [
      { ...minimal, build_options: { targt: 'x' } },
      ['item 1: build_options.targt: is not a build request field'],
    ],
  ])('rejects %j', (item, expected) => {
    expect(errorsOf('f.json', JSON.stringify(item))).toEqual(expected)
  })

  it('numbers items from 1 in messages and validates each on its own', () => {
    const r = parseBuildRequestFile(
      'f.json',
      JSON.stringify([minimal, { ...minimal, github_repository: 'x' }, 'nope']),
    )
    expect(r).toEqual({
      ok: true,
      items: [
        { index: 0, ok: true, request: minimal },
        { index: 1, ok: false, errors: ['item 2: github_repository: use owner/repo'] },
        { index: 2, ok: false, errors: ['item 3: must be an object with image_name and github_repository'] },
      ],
    })
  })

  it.each([
    ['f.json', '', 'f.json is empty'],
    ['f.json', '{"a":', /^f\.json is not valid JSON: /],
    ['f.yaml', 'a: [1,\nb', /^f\.yaml is not valid YAML at line \d+, column \d+: /],
    ['f.yaml', 'a: 1\na: 2', /^f\.yaml is not valid YAML at line 2, column 1: /],
    ['f.json', '[]', 'f.json holds no build requests'],
    ['f.json', '42', 'f.json must hold a build request object, an array of them, or { builds: [...] }'],
    ['f.json', '{"builds": 3}', 'f.json: builds must be a list'],
    [
      'f.json',
      JSON.stringify(Array(201).fill(minimal)),
      'f.json holds 201 build requests; the limit is 200 per file',
    ],
  ])('fails the whole file %s %j', (name, text, reason) => {
    const r = parseBuildRequestFile(name, text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
  })

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a.json', 'a.yaml', 'a'), (text, name) => {
        parseBuildRequestFile(name, text)
      }),
    )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseBuildRequestFile('a.json', JSON.stringify(value))
        if (r.ok) for (const item of r.items) expect(item.ok).toBe(item.errors === undefined)
      }),
    )
  })

  const draftArb: fc.Arbitrary<BuildRequestDraft> = fc.record(
    {
      image_name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
      github_repository: fc.stringMatching(/^[a-z]{1,5}\/[a-z]{1,5}$/),
      tag: fc.stringMatching(/^[a-z0-9.]{1,6}$/),
      github_commit: fc.stringMatching(/^[a-f0-9]{7,12}$/),
      github_branch: fc.stringMatching(/^[a-z]{1,5}(\/[a-z]{1,5})?$/),
      sub_path: fc.string(),
      build_options: fc.record(
        {
          context_dir: fc.stringMatching(/^[a-z]{1,5}$/),
          target: fc.stringMatching(/^[a-z]{1,5}$/),
          build_args: fc.dictionary(fc.stringMatching(/^[A-Z]{1,5}$/), fc.string()),
          force_rebuild: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['image_name', 'github_repository'] },
  )

  it('round trips drafts through JSON and YAML', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { minLength: 1, maxLength: 3 }), (drafts) => {
        const expected = { ok: true, items: drafts.map((request, index) => ({ index, ok: true, request })) }
        expect(parseBuildRequestFile('a.json', JSON.stringify(drafts))).toEqual(expected)
        expect(parseBuildRequestFile('a.yaml', stringify({ builds: drafts }))).toEqual(expected)
      }),
    )
  })
})

describe('toBuildRequest', () => {
  it('always sends build_options and takes the token only from the caller', () => {
    expect(toBuildRequest(minimal)).toEqual({
      ...minimal,
      build_options: { context_dir: '.', dockerfile_path: 'Dockerfile' },
    })
    expect(toBuildRequest({ ...minimal, build_options: { target: 't' } }, '  ghp_abc ')).toEqual({
      ...minimal,
      github_token: 'ghp_abc',
      build_options: { context_dir: '.', dockerfile_path: 'Dockerfile', target: 't' },
    })
    expect(toBuildRequest(minimal, '  ')).not.toHaveProperty('github_token')
  })
})
