import { githubUrl } from './github-link'

describe('githubUrl', () => {
  it('links owner/repo and paths inside a repository', () => {
    expect(githubUrl('LGU-SE-Internal/train-ticket')).toBe('https://github.com/LGU-SE-Internal/train-ticket')
    expect(githubUrl(' OperationsPAI/AegisLab/tree/main/docs ')).toBe(
      'https://github.com/OperationsPAI/AegisLab/tree/main/docs',
    )
  })

  it('does not link empty or hostile text', () => {
    expect(githubUrl('')).toBeNull()
    expect(githubUrl('javascript:alert(1)')).toBeNull()
    expect(githubUrl('https://github.com/a/b')).toBeNull()
    expect(githubUrl('//evil.example/x')).toBeNull()
    expect(githubUrl('owner/..')).toBeNull()
    expect(githubUrl('owner/repo/../../x')).toBeNull()
    expect(githubUrl('-owner/repo')).toBeNull()
  })

  it('encodes every segment so the link stays on github.com', () => {
    expect(githubUrl('a/b/tree/x?y#z')).toBe('https://github.com/a/b/tree/x%3Fy%23z')
  })
})
