import { describe, expect, it } from 'vitest'
import { goTrimSpace, parseNamed, scanSemanticVersion } from './go-parsers'

describe('goTrimSpace (strings.TrimSpace)', () => {
  it("removes Go's space set at both ends and nothing else", () => {
    expect(goTrimSpace('\u0085\u00a0 \t1.2.3\u3000\n')).toBe('1.2.3')
    // U+FEFF is not a space in Go (JS trim() removes it); inner spaces stay.
    expect(goTrimSpace('\ufeff1 2\ufeff')).toBe('\ufeff1 2\ufeff')
    expect(goTrimSpace(' \u2028 ')).toBe('')
  })
})

describe('scanSemanticVersion (fmt.Sscanf "%d.%d.%d")', () => {
  it.each([
    '1.2.3',
    '0.0.0',
    '01.002.3',
    '-1.+2.-3',
    '1.2.3-rc.1',
    '1.2.3+meta',
    '1.2.3.4',
    '1.2.3abc',
    '1. 2.\t3',
    '9223372036854775807.0.-9223372036854775808',
  ])('accepts %j', (name) => expect(scanSemanticVersion(name)).toBeNull())

  it.each([
    ['v1.2.3', 'expected integer'],
    ['1.x.3', 'expected integer'],
    ['1.2', 'unexpected EOF'],
    ['1', 'unexpected EOF'],
    ['1.2.', 'EOF'],
    ['1.2.-', 'EOF'],
    ['1 .2.3', 'input does not match format'],
    ['1-2.3', 'input does not match format'],
    ['1.\n2.3', 'unexpected newline'],
    ['1.\r\n2.3', 'unexpected newline'],
    ['1.++2.3', 'expected integer'],
    ['9223372036854775808.0.0', 'strconv.ParseInt: parsing "9223372036854775808": value out of range'],
    ['1.2.-9223372036854775809', 'strconv.ParseInt: parsing "-9223372036854775809": value out of range'],
  ])('rejects %j with %j', (name, error) => expect(scanSemanticVersion(name)).toBe(error))
})

describe('parseNamed (distribution/reference v0.6.0 ParseNamed)', () => {
  // The cases of the library's own TestParseNamed.
  it.each([
    ['test.com/foo', 'test.com', 'foo'],
    ['test:8080/foo', 'test:8080', 'foo'],
    ['docker.io/library/foo', 'docker.io', 'library/foo'],
  ])('accepts %s (domain %s, path %s)', (input, domain, path) =>
    expect(parseNamed(input)).toMatchObject({ domain, path }),
  )
  it.each(['test_com/foo', 'test.com', 'foo', 'library/foo', 'docker.io/foo'])(
    'refuses %s as not canonical',
    (input) => expect(parseNamed(input)).toBe('repository name must be canonical'),
  )

  it('reads tags, digests, ports, IP and localhost registries', () => {
    const digest = `sha256:${'f'.repeat(64)}`
    expect(parseNamed(`192.168.1.1:5000/repo:5050@${digest}`)).toEqual({
      domain: '192.168.1.1:5000',
      path: 'repo',
      tag: '5050',
      digest,
    })
    expect(parseNamed('localhost/app')).toMatchObject({ domain: 'localhost', path: 'app', tag: '' })
    expect(parseNamed('harbor.local/a/b/c:Latest_1.x')).toMatchObject({ path: 'a/b/c', tag: 'Latest_1.x' })
  })

  it("answers with the library's error texts", () => {
    expect(parseNamed('f'.repeat(64))).toBe(
      `invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
    )
    expect(parseNamed('docker.io/Library/nginx')).toBe(
      'invalid reference format: repository name (Library/nginx) must be lowercase',
    )
    expect(parseNamed('test:5000/Uppercase/lowercase:tag')).toBe(
      'invalid reference format: repository name (Uppercase/lowercase) must be lowercase',
    )
    expect(parseNamed('harbor.local/app:')).toBe('invalid reference format')
    expect(parseNamed('harbor.local/aa/asdf$$^/aa')).toBe('invalid reference format')
    expect(parseNamed(`domain.io/${'a'.repeat(256)}:tag`)).toBe(
      'repository name must not be more than 255 characters',
    )
    expect(parseNamed(`harbor.local/repo@sha256:${'f'.repeat(34)}`)).toBe('invalid checksum digest length')
    expect(parseNamed(`harbor.local/repo@md5:${'f'.repeat(32)}`)).toBe('unsupported digest algorithm')
    expect(parseNamed(`harbor.local/repo@sha256:${'F'.repeat(64)}`)).toBe('invalid checksum digest format')
    expect(parseNamed('index.docker.io/library/nginx')).toBe('repository name must be canonical')
  })

  it('limits the path to 255 characters, not the whole name', () => {
    const path = 'a'.repeat(255)
    expect(parseNamed(`registry.example.com/${path}`)).toMatchObject({ path })
  })

  it('takes a first segment that is no valid host as part of the path, with no registry', () => {
    expect(parseNamed('my_reg.local/app')).toEqual({
      domain: '',
      path: 'my_reg.local/app',
      tag: '',
      digest: '',
    })
  })
})
