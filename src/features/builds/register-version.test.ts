import { describe, expect, it } from 'vitest'
import type { Container } from '@/api/wire'
import { mostCommonPrefix } from './registry-prefix'
import { githubLinkFor, matchingContainer, versionNameFromTag } from './register-version'

describe('versionNameFromTag', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['1.0.0-rc.1', '1.0.0-rc.1'],
    ['latest', undefined],
    ['2024-11-30', undefined],
    ['1.2', undefined],
  ])('%s → %s', (tag, name) => expect(versionNameFromTag(tag)).toBe(name))
})

describe('githubLinkFor', () => {
  it('is owner/repo, or owner/repo/tree/<commit or branch>/<sub path>', () => {
    expect(githubLinkFor({ repository: 'acme/a' })).toBe('acme/a')
    expect(githubLinkFor({ repository: 'acme/a', subPath: '.' })).toBe('acme/a')
    expect(githubLinkFor({ repository: 'acme/a', commit: 'abc1234', subPath: 'services/api/' })).toBe(
      'acme/a/tree/abc1234/services/api',
    )
    expect(githubLinkFor({ repository: 'acme/a', commit: 'abc1234' })).toBe('acme/a/tree/abc1234/')
    expect(githubLinkFor({ repository: 'acme/a', branch: 'dev', subPath: 'x' })).toBe('acme/a/tree/dev/x')
    expect(githubLinkFor({ repository: 'acme/a', subPath: './x' })).toBe('acme/a/tree/HEAD/x')
    expect(githubLinkFor({ repository: '' })).toBeUndefined()
  })
})

describe('matchingContainer', () => {
  const c = (id: number, name: string) => ({ id, name }) as Container
  it('is the one container named like the image; none when there is no or no single match', () => {
    expect(matchingContainer([c(1, 'detector-x'), c(2, 'Detector')], 'detector')?.id).toBe(2)
    expect(matchingContainer([c(1, 'detector-x')], 'detector')).toBeUndefined()
    expect(matchingContainer([c(1, 'a'), c(2, 'a')], 'a')).toBeUndefined()
  })
})

describe('mostCommonPrefix', () => {
  it('is the most common registry/namespace of the references', () => {
    expect(
      mostCommonPrefix([
        'docker.io/opspai/a:1',
        '10.10.10.240/library/b:2',
        '10.10.10.240/library/c:latest',
        'not a ref',
      ]),
    ).toBe('10.10.10.240/library')
    expect(mostCommonPrefix([])).toBeUndefined()
  })
})
