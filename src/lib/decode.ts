/**
 * Small typed decoders for data the dashboard does not control: API response bodies and URL search
 * params. A decoder is a function `(input: unknown, path?) => T` that returns the value it reads or throws
 * a DecodeError listing every problem with its path (`items.0.name`). It replaces zod's mini build on the first
 * page load: no dependency, no schema objects built at start-up. Forms keep full zod.
 *
 * Behaviour follows the zod schemas it replaced: numbers are finite, integers are safe integers, objects
 * are non-array objects whose unknown keys are dropped, `coerced` reads like `z.coerce.number()`, and
 * `withFallback` is zod's `catch`.
 */
export type Issue = { path: string; message: string }

export class DecodeError extends Error {
  readonly issues: readonly Issue[]
  constructor(issues: readonly Issue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n'))
    this.name = 'DecodeError'
    this.issues = issues
  }
  /** Where the first problem is ('' for the value itself). */
  get path(): string {
    return this.issues[0]?.path ?? ''
  }
}

export type Decoder<T> = (input: unknown, path?: string) => T
export type Infer<D> = D extends Decoder<infer T> ? T : never

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v)
const fail = (path: string, expected: string, input: unknown): never => {
  throw new DecodeError([{ path, message: `expected ${expected}, got ${kind(input)}` }])
}
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Runs `read`; a DecodeError adds its issues to `issues` instead of stopping, so every problem is listed. */
function collect<T>(issues: Issue[], read: () => T): T | undefined {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error
    issues.push(...error.issues)
    return undefined
  }
}

/** Reads a value with its path, and on a DecodeError notes the problems and carries on (undefined). */
type Check = <V>(read: () => V) => V | undefined

/**
 * Reads a list or an object the quick way first: no paths built and no problem collected, stopping at the
 * first one. Only when that fails is it read again by `thorough`, whose `check` collects every problem with
 * its path instead of stopping; they are thrown together. Nearly every response reads cleanly, so a
 * 1,000-row page costs a plain walk of its items.
 */
function quickFirst<T>(quick: () => T, thorough: (check: Check) => T): T {
  try {
    return quick()
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error
  }
  const issues: Issue[] = []
  const out = thorough((read) => collect(issues, read))
  if (issues.length) throw new DecodeError(issues)
  return out
}

export const unknown: Decoder<unknown> = (input) => input
export const string: Decoder<string> = (input, path = '') =>
  typeof input === 'string' ? input : fail(path, 'a string', input)
export const number: Decoder<number> = (input, path = '') =>
  typeof input === 'number' && Number.isFinite(input) ? input : fail(path, 'a number', input)
export const integer: Decoder<number> = (input, path = '') =>
  Number.isSafeInteger(input) ? (input as number) : fail(path, 'a whole number', input)
export const boolean: Decoder<boolean> = (input, path = '') =>
  typeof input === 'boolean' ? input : fail(path, 'true or false', input)
/** Optional text: null and undefined read as ''. */
export const text: Decoder<string> = (input, path) => (input == null ? '' : string(input, path))

/** `Number(input)` first, then `decoder` (like z.coerce.number()): "2" → 2, "" → 0, "x" → NaN (fails). */
export const coerced =
  <T>(decoder: Decoder<T>): Decoder<T> =>
  (input, path) => {
    let n = NaN
    try {
      n = Number(input)
    } catch {
      // A symbol or an object whose valueOf throws: not a number.
    }
    return decoder(n, path)
  }

/** `decoder`, then `test` on its result; `expected` says what passes, for the error. */
export const refine =
  <T>(decoder: Decoder<T>, test: (value: T) => boolean, expected: string): Decoder<T> =>
  (input, path = '') => {
    const value = decoder(input, path)
    return test(value) ? value : fail(path, expected, input)
  }

/** One of `values`. With a fallback, anything else (a newer server's enum name, a non-string) reads as it. */
export function oneOf<const V extends readonly string[]>(values: V): Decoder<V[number]>
export function oneOf<const V extends readonly string[], const F>(
  values: V,
  fallback: F,
): Decoder<V[number] | F>
export function oneOf(values: readonly string[], ...fallback: [unknown?]): Decoder<unknown> {
  const decoder = (input: unknown, path = '') =>
    (values as readonly unknown[]).includes(input) ? input : fail(path, `one of ${values.join(', ')}`, input)
  return fallback.length ? withFallback(decoder, fallback[0]) : decoder
}

/** zod's catch: any DecodeError reads as `fallback`, so a bad key cannot break the rest. */
export const withFallback =
  <T, const F>(decoder: Decoder<T>, fallback: F): Decoder<T | F> =>
  (input, path) => {
    try {
      return decoder(input, path)
    } catch (error) {
      if (error instanceof DecodeError) return fallback
      throw error
    }
  }

/** undefined stays undefined (an absent key); anything else must pass `decoder`. */
export const optional =
  <T>(decoder: Decoder<T>): Decoder<T | undefined> =>
  (input, path) =>
    input === undefined ? undefined : decoder(input, path)

/** null and undefined are kept as they are; anything else must pass `decoder`. */
export const nullish =
  <T>(decoder: Decoder<T>): Decoder<T | null | undefined> =>
  (input, path) =>
    input == null ? input : decoder(input, path)

export const array =
  <T>(item: Decoder<T>): Decoder<T[]> =>
  (input, path = '') => {
    if (!Array.isArray(input)) return fail(path, 'a list', input)
    return quickFirst(
      () => input.map((value) => item(value)),
      (check) => input.map((value, i) => check(() => item(value, at(path, i))) as T),
    )
  }

/** A list the server may send as null (or leave out): both read as []. */
export const nullishList = <T>(item: Decoder<T>): Decoder<T[]> => {
  const list = array(item)
  return (input, path) => (input == null ? [] : list(input, path))
}

/** An object whose keys are all strings and whose values pass `value`. */
export const record =
  <T>(value: Decoder<T>): Decoder<Record<string, T>> =>
  (input, path = '') => {
    if (!isObject(input)) return fail(path, 'an object', input)
    const entries = Object.entries(input)
    return quickFirst(
      () => Object.fromEntries(entries.map(([k, v]) => [k, value(v)])),
      (check) => Object.fromEntries(entries.map(([k, v]) => [k, check(() => value(v, at(path, k))) as T])),
    )
  }

type Shape = Record<string, Decoder<unknown>>
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S]
/** The object a shape reads: keys whose decoder may give undefined are optional. */
export type ObjectOf<S extends Shape> = {
  [K in keyof ({ [K in Exclude<keyof S, OptionalKeys<S>>]: 0 } & { [K in OptionalKeys<S>]?: 0 })]: Infer<S[K]>
}

/**
 * A non-array object read key by key; keys not in `shape` are dropped, and an undefined result is set
 * only when the key was there. Build an extended shape with spread: `object({ ...base, extra })`.
 */
export const object = <S extends Shape>(shape: S): Decoder<ObjectOf<S>> => {
  const keys = Object.entries(shape)
  return (input, path = '') => {
    if (!isObject(input)) return fail(path, 'an object', input)
    const read = (decode: (key: string, decoder: Decoder<unknown>) => unknown) => {
      const out: Record<string, unknown> = {}
      for (const [key, decoder] of keys) {
        const value = decode(key, decoder)
        if (value !== undefined || key in input) out[key] = value
      }
      return out as ObjectOf<S>
    }
    return quickFirst(
      () => read((key, decoder) => decoder(input[key])),
      (check) => read((key, decoder) => check(() => decoder(input[key], at(path, key)))),
    )
  }
}

/** An optional key read leniently: absent or unreadable, it is undefined, and the rest still reads. */
export const optionalKey = <T>(decoder: Decoder<T>): Decoder<T | undefined> =>
  withFallback(optional(decoder), undefined)

/** A whole number of at least 1: a page, an id. */
export const positiveInteger: Decoder<number> = refine(integer, (n) => n >= 1, 'a whole number from 1 up')
