import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareVersionNames,
  latestVersion,
  parseVersionName,
  scanVersionName,
  sortVersionsDesc,
  suggestNextVersions,
} from '@/lib/semver'
import { goTrimSpace } from '@/lib/go-text'

describe('parseVersionName (Go Sscanf "%d.%d.%d" after TrimSpace)', () => {
  it.each([
    ['1.2.3', 1, 2, 3, ''],
    ['0.0.0', 0, 0, 0, ''],
    ['  1.2.3\t', 1, 2, 3, ''],
    ['\u00851.2.3\u3000', 1, 2, 3, ''],
    ['1.2.3-rc.1', 1, 2, 3, '-rc.1'],
    ['1.2.3+meta', 1, 2, 3, '+meta'],
    ['1.2.3.4', 1, 2, 3, '.4'],
    ['1.2.3abc', 1, 2, 3, 'abc'],
    ['1.2.3 trailing words', 1, 2, 3, ' trailing words'],
    ['01.002.0003', 1, 2, 3, ''],
    ['-1.-2.-3', -1, -2, -3, ''],
    ['+1.+2.+3', 1, 2, 3, ''],
    ['1. 2.\t3', 1, 2, 3, ''],
    ['1.\u00a02.\r3', 1, 2, 3, ''],
    ['1.2.3\n4', 1, 2, 3, '\n4'],
    ['9007199254740991.0.0', 9007199254740991, 0, 0, ''],
  ])('accepts %j', (name, major, minor, patch, rest) => {
    const parsed = parseVersionName(name)
    expect(parsed).not.toBeNull()
    expect(parsed?.major).toBe(major)
    expect(parsed?.minor).toBe(minor)
    expect(parsed?.patch).toBe(patch)
    expect(parsed?.rest).toBe(rest)
  })

  it('returns bigint beyond the safe-integer range and accepts the int64 bounds', () => {
    expect(parseVersionName('9223372036854775807.0.0')?.major).toBe(9223372036854775807n)
    expect(parseVersionName('-9223372036854775808.0.0')?.major).toBe(-9223372036854775808n)
    expect(parseVersionName('9007199254740992.0.0')?.major).toBe(9007199254740992n)
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['v1.2.3', 'leading-v'],
    ['V1.2.3', 'leading-v'],
    ['1.2', 'too-few-numbers'],
    ['1.2.', 'too-few-numbers'],
    ['1', 'too-few-numbers'],
    ['1 .2.3', 'format'],
    ['1.2 .3', 'format'],
    ['1..2.3', 'format'],
    ['1.2.x', 'format'],
    ['a.b.c', 'format'],
    ['+-1.2.3', 'format'],
    ['1.- 2.3', 'format'],
    ['1_0.2.3', 'format'],
    ['0x1.2.3', 'format'],
    ['1,2,3', 'format'],
    ['1.\n2.3', 'newline'],
    ['1.\r\n2.3', 'newline'],
    ['9223372036854775808.0.0', 'overflow'],
    ['0.-9223372036854775809.0', 'overflow'],
    ['1.2.99999999999999999999', 'overflow'],
    ['version', 'format'],
  ])('rejects %j (%s)', (name, problem) => {
    expect(parseVersionName(name)).toBeNull()
    expect(scanVersionName(name)).toEqual({ ok: false, problem })
  })

  it('goTrimSpace trims the Go space set, not U+FEFF', () => {
    expect(goTrimSpace('\t\n\v\f\r \u0085\u00a0x\u2000\u3000')).toBe('x')
    expect(goTrimSpace('\ufeffx')).toBe('\ufeffx')
  })

  it('never throws and is consistent with scanVersionName (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const parsed = parseVersionName(s)
        const scan = scanVersionName(s)
        expect(scan.ok).toBe(parsed !== null)
      }),
    )
  })

  it('round-trips formatted numbers and suffixes (property)', () => {
    const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
    fc.assert(
      fc.property(int64, int64, int64, fc.string({ maxLength: 10 }), (a, b, c, suffix) => {
        const rest = /^[0-9]/.test(suffix) ? `-${suffix}` : suffix
        const parsed = parseVersionName(`${a}.${b}.${c}${rest}`)
        expect(parsed).not.toBeNull()
        expect(BigInt(parsed!.major)).toBe(a)
        expect(BigInt(parsed!.minor)).toBe(b)
        expect(BigInt(parsed!.patch)).toBe(c)
        expect(parsed!.rest).toBe(goTrimSpace(`x${rest}`).slice(1))
      }),
    )
  })
})

describe('compareVersionNames', () => {
  it.each([
    ['1.2.3', '1.2.4', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0-beta', 1],
    ['1.0.0', '1.0.0+build', -1], // equal precedence; tie broken by string
    ['1.0.0+build', '1.0.0-rc.1', 1],
    ['1.0.0', '1.0.0.1', -1],
    ['-1.0.0', '0.0.0', -1],
    ['01.0.0', '1.0.0', -1], // same numbers; string tie-break
    ['99999999999999999.0.0', '9223372036854775807.0.0', -1],
    ['v1.0.0', '0.0.1', 1], // unparsable after parsable
    ['latest', 'v1.0.0', -1], // both unparsable: by string
    ['1.2.3', '1.2.3', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareVersionNames(a, b))).toBe(expected)
    expect(Math.sign(compareVersionNames(b, a))).toBe(-expected || 0)
  })

  it('is a consistent total order (property)', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc
        .tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.constantFrom('', '-rc.1', '-rc.2', '-alpha', '+b', '.1'))
        .map(([a, b, c, r]) => `${a}.${b}.${c}${r}`),
    )
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), fc.array(name, { maxLength: 3 }), (names, triple) => {
        for (const x of [...names, ...triple]) expect(compareVersionNames(x, x)).toBe(0)
        const [a = '', b = '', c = ''] = triple
        if (compareVersionNames(a, b) < 0 && compareVersionNames(b, c) < 0)
          expect(compareVersionNames(a, c)).toBeLessThan(0)
        const sorted = [...names].sort(compareVersionNames)
        for (let i = 1; i < sorted.length; i++)
          expect(compareVersionNames(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0)
      }),
    )
  })
})

describe('sortVersionsDesc and latestVersion', () => {
  const rows = ['1.2.0', '1.10.0', 'not-a-version', '1.10.0-rc.1', '0.9.9', 'v2.0.0', '1.9.0'].map(
    (name, id) => ({
      id,
      name,
    }),
  )

  it('sorts newest first by semantic order, unparsable names last, without mutating', () => {
    const copy = [...rows]
    expect(sortVersionsDesc(rows).map((r) => r.name)).toEqual([
      '1.10.0',
      '1.10.0-rc.1',
      '1.9.0',
      '1.2.0',
      '0.9.9',
      'not-a-version',
      'v2.0.0',
    ])
    expect(rows).toEqual(copy)
  })

  it.each<[{ name: string }[] | null | undefined, string | undefined]>([
    [undefined, undefined],
    [null, undefined],
    [[], undefined],
    [[{ name: '0.1.0' }, { name: '0.10.0' }, { name: '0.2.0' }], '0.10.0'],
    [[{ name: '2.0.0-rc.1' }, { name: '1.9.9' }], '2.0.0-rc.1'],
    [[{ name: '1.0.0-rc.2' }, { name: '1.0.0' }, { name: '1.0.0-rc.10' }], '1.0.0'],
    [[{ name: 'zzz' }, { name: 'aaa' }], 'aaa'],
    [[{ name: 'zzz' }, { name: '0.0.1' }], '0.0.1'],
  ])('latestVersion(%j) → %j', (items, expected) => {
    expect(latestVersion(items)?.name).toBe(expected)
  })

  it('latestVersion is the first element of sortVersionsDesc (property)', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
    )
    fc.assert(
      fc.property(fc.array(name.map((n) => ({ name: n }))), (items) => {
        expect(latestVersion(items)).toBe(sortVersionsDesc(items)[0])
        expect(sortVersionsDesc(items)).toHaveLength(items.length)
      }),
    )
  })
})

describe('suggestNextVersions', () => {
  it.each([
    [[], { patch: '0.0.1', minor: '0.1.0', major: '1.0.0' }],
    [['junk', 'v1.0.0'], { patch: '0.0.1', minor: '0.1.0', major: '1.0.0' }],
    [['1.2.3'], { patch: '1.2.4', minor: '1.3.0', major: '2.0.0' }],
    [['1.2.3', '1.10.0', '1.9.9'], { patch: '1.10.1', minor: '1.11.0', major: '2.0.0' }],
    [['01.02.03'], { patch: '1.2.4', minor: '1.3.0', major: '2.0.0' }],
    [['1.3.0-rc.1', '1.2.9'], { patch: '1.3.0', minor: '1.3.0', major: '2.0.0' }],
    [['2.0.0-beta'], { patch: '2.0.0', minor: '2.0.0', major: '2.0.0' }],
    [['1.2.5-rc.1'], { patch: '1.2.5', minor: '1.3.0', major: '2.0.0' }],
    [['1.2.3+build.7'], { patch: '1.2.4', minor: '1.3.0', major: '2.0.0' }],
  ])('%j → %j', (names, expected) => {
    expect(suggestNextVersions(names)).toEqual(expected)
  })

  it('suggests valid names above every existing one (property)', () => {
    const name = fc
      .tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.constantFrom('', '-rc.1', '+b'))
      .map(([a, b, c, r]) => `${a}.${b}.${c}${r}`)
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 10 }), (names) => {
        const next = suggestNextVersions(names)
        for (const suggestion of Object.values(next)) {
          expect(parseVersionName(suggestion)).not.toBeNull()
          for (const existing of names) expect(compareVersionNames(suggestion, existing)).toBeGreaterThan(0)
        }
      }),
    )
  })
})
