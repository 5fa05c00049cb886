import fc from 'fast-check'
import { stringify } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { parseInfoToml } from './info-toml'

describe('parseInfoToml', () => {
  it.each([
    [
      'name = "detector"\n[build]\nbase = 1',
      { ok: true, name: 'detector', data: { name: 'detector', build: { base: 1 } } },
    ],
    ['\uFEFFname = "  x  "', { ok: true, name: 'x', data: { name: '  x  ' } }],
    ['name = ""', { ok: true, data: { name: '' } }],
    ['name = 3', { ok: true, data: { name: 3 } }],
    ['', { ok: true, data: {} }],
    ['[meta]\nname = "nested"', { ok: true, data: { meta: { name: 'nested' } } }],
  ])('%j', (text, expected) => {
    expect(parseInfoToml(text)).toEqual(expected)
  })

  it.each([
    ['name = "a"\nname = "b"', /^info\.toml is not valid TOML at line 2, column \d+: .+/],
    ['a = 1\nb = \n', /line 2/],
    ['name = "unterminated', /^info\.toml is not valid TOML at line 1/],
  ])('rejects %j', (text, reason) => {
    const r = parseInfoToml(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toMatch(reason)
      expect(r.reason).not.toContain('\n')
    }
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseInfoToml(text)
        if (!r.ok) expect(r.reason.length).toBeGreaterThan(0)
      }),
    )
  })

  it('round trips stringified tables', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/)
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean())
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.string(), (table, name) => {
        const data = { ...table, name }
        const r = parseInfoToml(stringify(data))
        expect(r).toMatchObject({ ok: true, data })
        if (r.ok) expect(r.name).toBe(name.trim() || undefined)
      }),
    )
  })
})
