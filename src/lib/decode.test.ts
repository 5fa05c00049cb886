import fc from 'fast-check'
import {
  array,
  boolean,
  coerced,
  DecodeError,
  integer,
  nullish,
  nullishList,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  text,
  unknown,
  withFallback,
  type Decoder,
} from './decode'

const problems = (decoder: Decoder<unknown>, input: unknown) => {
  try {
    decoder(input)
  } catch (error) {
    if (error instanceof DecodeError) return error.issues.map((i) => i.path)
    throw error
  }
  return null
}

describe('decoders', () => {
  it('read primitives strictly', () => {
    expect(string('a')).toBe('a')
    expect(() => string(1)).toThrow(DecodeError)
    expect(number(1.5)).toBe(1.5)
    for (const bad of [NaN, Infinity, '1', null]) expect(() => number(bad)).toThrow(DecodeError)
    expect(integer(3)).toBe(3)
    for (const bad of [1.5, 2 ** 53, '3']) expect(() => integer(bad)).toThrow(DecodeError)
    expect(boolean(false)).toBe(false)
    expect(() => boolean('false')).toThrow(DecodeError)
    expect(unknown(undefined)).toBeUndefined()
  })

  it('text reads null and undefined as empty, nothing else', () => {
    expect(text(null)).toBe('')
    expect(text(undefined)).toBe('')
    expect(text('x')).toBe('x')
    expect(() => text(0)).toThrow(DecodeError)
  })

  it('coerce numbers like Number(), failing on NaN', () => {
    const page = coerced(refine(integer, (n) => n >= 1, 'a page'))
    expect(page('2')).toBe(2)
    expect(page(3)).toBe(3)
    expect(() => page('')).toThrow(DecodeError) // Number('') is 0
    expect(() => page('x')).toThrow(DecodeError)
    expect(() => page(Symbol('s'))).toThrow(DecodeError)
  })

  it('oneOf is strict, or falls back on anything unknown', () => {
    expect(oneOf(['a', 'b'])('b')).toBe('b')
    expect(() => oneOf(['a', 'b'])('c')).toThrow(DecodeError)
    expect(oneOf(['a', 'b'], 'unknown')('c')).toBe('unknown')
    expect(oneOf(['a', 'b'], 'unknown')(7)).toBe('unknown')
  })

  it('lists: nullishList reads null as [], array rejects it', () => {
    expect(nullishList(number)(null)).toEqual([])
    expect(nullishList(number)(undefined)).toEqual([])
    expect(nullishList(number)([1, 2])).toEqual([1, 2])
    expect(() => array(number)(null)).toThrow(DecodeError)
    expect(nullish(array(number))(null)).toBeNull()
  })

  it('optional accepts undefined but not null', () => {
    expect(optional(string)(undefined)).toBeUndefined()
    expect(() => optional(string)(null)).toThrow(DecodeError)
  })

  it('objects drop unknown keys, set undefined only for keys that were there, reject arrays', () => {
    const d = object({ a: number, b: optional(string) })
    expect(d({ a: 1, extra: true })).toStrictEqual({ a: 1 })
    expect(Object.keys(d({ a: 1, b: undefined }))).toEqual(['a', 'b'])
    expect(() => d([])).toThrow(DecodeError)
    expect(() => d(null)).toThrow(DecodeError)
  })

  it('lists every problem with its path', () => {
    const page = object({
      items: nullishList(object({ name: string })),
      pagination: object({ page: number }),
    })
    expect(problems(page, { items: [{ name: 'ok' }, { name: null }], pagination: null })).toEqual([
      'items.1.name',
      'pagination',
    ])
    const error = (() => {
      try {
        page({ items: [{ name: null }], pagination: { page: 1 } })
      } catch (e) {
        return e as DecodeError
      }
    })()
    expect(error?.path).toBe('items.0.name')
    expect(error?.message).toBe('items.0.name: expected a string, got null')
    expect(problems(number, 'x')).toEqual([''])
  })

  it('records keep every own key, __proto__ included, as data', () => {
    const parsed = record(unknown)(JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}'))
    expect(Object.keys(parsed)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(() => record(number)({ a: 'x' })).toThrow(DecodeError)
  })

  it('withFallback turns a DecodeError into the fallback but lets bugs through', () => {
    expect(withFallback(number, 0)('x')).toBe(0)
    const buggy: Decoder<number> = () => {
      throw new TypeError('bug')
    }
    expect(() => withFallback(buggy, 0)(1)).toThrow(TypeError)
  })
})

describe('decoders on arbitrary input', () => {
  const decoders: Decoder<unknown>[] = [
    string,
    number,
    integer,
    boolean,
    text,
    coerced(integer),
    oneOf(['a', 'b']),
    optional(number),
    nullish(string),
    array(string),
    nullishList(object({ id: number, tags: nullishList(string) })),
    record(number),
    object({ a: oneOf(['x'], 'unknown'), b: optional(integer), c: text, d: record(unknown) }),
  ]

  it('throw nothing but DecodeError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), (input) => {
        for (const decode of decoders) {
          try {
            decode(input)
          } catch (error) {
            expect(error).toBeInstanceOf(DecodeError)
          }
        }
      }),
    )
  })

  it('withFallback never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), (input) => {
        for (const decode of decoders) expect(() => withFallback(decode, 'fallback')(input)).not.toThrow()
      }),
    )
  })
})
