import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractUrlsFromDrop, isDockerfileName, parseGithubUrl } from './github-url'

describe('parseGithubUrl', () => {
  it.each([
    ['https://github.com/o/r', { repository: 'o/r' }],
    ['https://github.com/o/r/', { repository: 'o/r' }],
    ['http://www.github.com/o/r', { repository: 'o/r' }],
    ['https://github.com/o/r.git', { repository: 'o/r' }],
    ['git@github.com:o/r.git', { repository: 'o/r' }],
    ['ssh://git@github.com/o/r.git', { repository: 'o/r' }],
    ['git+https://github.com/o/r.git', { repository: 'o/r' }],
    ['github.com/o/r', { repository: 'o/r' }],
    ['  OperationsPAI/AegisLab  ', { repository: 'OperationsPAI/AegisLab' }],
    ['o/r.js', { repository: 'o/r.js' }],
    ['https://github.com/o/r?tab=readme#top', { repository: 'o/r' }],
    ['https://github.com/o/r/tree/main', { repository: 'o/r', branch: 'main' }],
    ['https://github.com/o/r/tree/dev/a/b', { repository: 'o/r', branch: 'dev', subPath: 'a/b' }],
    ['https://github.com/o/r/tree/dev/a%20b/?x=1', { repository: 'o/r', branch: 'dev', subPath: 'a b' }],
    ['https://github.com/o/r/commit/abcdef1', { repository: 'o/r', commit: 'abcdef1' }],
    ['https://github.com/o/r/commit/not-a-sha', { repository: 'o/r' }],
    [
      'https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567/svc',
      { repository: 'o/r', commit: '0123456789abcdef0123456789abcdef01234567', subPath: 'svc' },
    ],
    [
      'https://github.com/o/r/blob/main/svc/api/Dockerfile',
      { repository: 'o/r', branch: 'main', subPath: 'svc/api', dockerfilePath: 'Dockerfile' },
    ],
    [
      'https://github.com/o/r/blob/main/Dockerfile',
      { repository: 'o/r', branch: 'main', dockerfilePath: 'Dockerfile' },
    ],
    [
      'https://github.com/o/r/blob/v1/x/Dockerfile.dev#L3',
      { repository: 'o/r', branch: 'v1', subPath: 'x', dockerfilePath: 'Dockerfile.dev' },
    ],
    [
      'https://github.com/o/r/blob/v1/x/api.Dockerfile',
      { repository: 'o/r', branch: 'v1', subPath: 'x', dockerfilePath: 'api.Dockerfile' },
    ],
    ['https://github.com/o/r/blob/main/x/info.toml', { repository: 'o/r', branch: 'main', subPath: 'x' }],
    ['https://github.com/o/r/pulls', { repository: 'o/r' }],
  ])('%s', (input, expected) => {
    expect(parseGithubUrl(input)).toEqual(expected)
  })

  it.each([
    '',
    '   ',
    'o',
    'o/r/x',
    'https://gitlab.com/o/r',
    'https://github.com/o',
    'https://github.com/',
    'git@gitlab.com:o/r.git',
    '-o/r',
    'o--x/r',
    'o/..',
    'o r/x',
    'mailto:o/r',
    'https://evilgithub.com/o/r',
  ])('rejects %j', (input) => {
    expect(parseGithubUrl(input)).toBeNull()
  })

  it('never throws and returns a valid owner/repo', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = parseGithubUrl(s)
        if (r) expect(r.repository).toMatch(/^[^/]+\/[^/]+$/)
      }),
    )
  })

  it('round trips tree URLs', () => {
    const seg = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,10}$/).filter((s) => s !== '..' && s !== '.')
    const owner = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/)
    fc.assert(
      fc.property(owner, seg, seg, fc.array(seg, { maxLength: 4 }), (o, r, branch, path) => {
        fc.pre(!/^[0-9a-f]{40}$/i.test(branch) && !/\.git$/i.test(r))
        const url = `https://github.com/${o}/${r}/tree/${branch}/${path.join('/')}`
        const parsed = parseGithubUrl(url)
        expect(parsed).toEqual({
          repository: `${o}/${r}`,
          branch,
          ...(path.length > 0 ? { subPath: path.join('/') } : {}),
        })
      }),
    )
  })
})

describe('isDockerfileName', () => {
  it.each([
    ['Dockerfile', true],
    ['dockerfile', true],
    ['Dockerfile.dev', true],
    ['api.Dockerfile', true],
    ['api.dockerfile', true],
    ['.dockerignore', false],
    ['Dockerfile.dockerignore', false],
    ['Dockerfiles', false],
    ['README.md', false],
  ])('%s → %s', (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected)
  })
})

describe('extractUrlsFromDrop', () => {
  it.each([
    [{ uriList: '# comment\nhttps://github.com/o/r\r\n' }, 'https://github.com/o/r'],
    [
      { uriList: '#https://github.com/x/y\nhttps://example.com\nhttps://github.com/o/r' },
      'https://github.com/o/r',
    ],
    [{ uriList: 'https://example.com', text: 'see https://github.com/o/r.' }, 'https://github.com/o/r'],
    [{ text: 'clone git@github.com:o/r.git, then build' }, 'git@github.com:o/r.git'],
    [{ text: '(https://github.com/o/r/tree/main/a)' }, 'https://github.com/o/r/tree/main/a'],
    [{ text: 'github.com/o/r and github.com/x/y' }, 'github.com/o/r'],
    [{ text: 'https://github.com/o and https://github.com/a/b' }, 'https://github.com/a/b'],
    [{ text: 'nothing here' }, null],
    [{ text: 'o/r' }, null],
    [{}, null],
  ])('%j', (input, expected) => {
    expect(extractUrlsFromDrop(input)).toBe(expected)
  })

  it('never throws, and what it returns parses', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), (uriList, text) => {
        const url = extractUrlsFromDrop({ uriList: uriList ?? undefined, text: text ?? undefined })
        if (url !== null) expect(parseGithubUrl(url)).not.toBeNull()
      }),
    )
  })
})
