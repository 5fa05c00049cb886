// The server's version-name rule (utils.ParseSemanticVersion), modelled exactly:
// it trims the name (Go strings.TrimSpace), then runs Go `fmt.Sscanf(name, "%d.%d.%d")` into `int` (64-bit).
// Sscanf reads three integers separated by literal dots; before each integer it skips Go's space set
// (but a newline is an error), each integer may carry one '+' or '-' sign, and anything after the third
// integer is ignored. Overflow beyond int64 is an error.

import { goTrimSpace, isGoSpace } from './go-text'

export type VersionNumber = bigint | number

export type ParsedVersionName = {
  major: VersionNumber
  minor: VersionNumber
  patch: VersionNumber
  /** Everything after the third number (the server ignores it), e.g. '-rc.1', '+meta', '.4'. */
  rest: string
}

export type VersionNameProblem = 'empty' | 'leading-v' | 'newline' | 'overflow' | 'too-few-numbers' | 'format'

export type VersionNameScan =
  { ok: true; value: ParsedVersionName } | { ok: false; problem: VersionNameProblem }

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

const toVersionNumber = (value: bigint): VersionNumber =>
  value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'

/** Runs the server's rule and says why a name fails (used for human-readable form errors). */
export const scanVersionName = (name: string): VersionNameScan => {
  const text = goTrimSpace(name)
  if (text === '') return { ok: false, problem: 'empty' }
  let i = 0
  const numbers: bigint[] = []
  for (let n = 0; n < 3; n++) {
    if (n > 0) {
      // The literal '.' in the format must match the next rune exactly (EOF is an error too).
      if (i >= text.length) return { ok: false, problem: 'too-few-numbers' }
      if (text[i] !== '.') return { ok: false, problem: 'format' }
      i++
    }
    // SkipSpace: Go's space set, but '\n' (and '\r\n') is "unexpected newline".
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (code === 0x0a) return { ok: false, problem: 'newline' }
      if (!isGoSpace(code)) break
      i++
    }
    const start = i
    if (text[i] === '+' || text[i] === '-') i++
    if (!isDigit(text[i])) {
      if (n === 0 && /^[vV][+-]?[0-9]/.test(text)) return { ok: false, problem: 'leading-v' }
      if (i >= text.length) return { ok: false, problem: 'too-few-numbers' }
      return { ok: false, problem: 'format' }
    }
    while (isDigit(text[i])) i++
    const value = BigInt(text.slice(start, i))
    if (value < INT64_MIN || value > INT64_MAX) return { ok: false, problem: 'overflow' }
    numbers.push(value)
  }
  const [major = 0n, minor = 0n, patch = 0n] = numbers
  return {
    ok: true,
    value: {
      major: toVersionNumber(major),
      minor: toVersionNumber(minor),
      patch: toVersionNumber(patch),
      rest: text.slice(i),
    },
  }
}

/** The server's acceptance rule for a version name (without the 32-character DB limit). */
export const parseVersionName = (name: string): ParsedVersionName | null => {
  const scan = scanVersionName(name)
  return scan.ok ? scan.value : null
}

type Key = { core: [bigint, bigint, bigint]; kind: 0 | 1 | 2; pre: string[]; rest: string }

// kind: 0 = pre-release ('-…'), 1 = release (nothing, or '+build' which semver ignores), 2 = other suffix
const keyOf = (parsed: ParsedVersionName): Key => {
  const core: [bigint, bigint, bigint] = [BigInt(parsed.major), BigInt(parsed.minor), BigInt(parsed.patch)]
  const { rest } = parsed
  if (rest === '' || rest.startsWith('+')) return { core, kind: 1, pre: [], rest }
  if (rest.startsWith('-')) {
    const plus = rest.indexOf('+')
    const pre = (plus === -1 ? rest.slice(1) : rest.slice(1, plus)).split('.')
    return { core, kind: 0, pre, rest }
  }
  return { core, kind: 2, pre: [], rest }
}

const cmp = <T extends bigint | number | string>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0)

const NUMERIC = /^[0-9]+$/

const comparePreIdentifiers = (a: string[], b: string[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    const xNum = NUMERIC.test(x)
    const yNum = NUMERIC.test(y)
    const c = xNum && yNum ? cmp(BigInt(x), BigInt(y)) : xNum ? -1 : yNum ? 1 : cmp(x, y)
    if (c !== 0) return c
  }
  return cmp(a.length, b.length)
}

const compareKeys = (a: Key, b: Key): number => {
  for (let i = 0; i < 3; i++) {
    const c = cmp(a.core[i] ?? 0n, b.core[i] ?? 0n)
    if (c !== 0) return c
  }
  if (a.kind !== b.kind) return a.kind - b.kind
  if (a.kind === 0) {
    const c = comparePreIdentifiers(a.pre, b.pre)
    if (c !== 0) return c
  }
  return cmp(a.rest, b.rest)
}

type Entry = { name: string; key: Key | null }

const entryOf = (name: string): Entry => {
  const parsed = parseVersionName(name)
  return { name, key: parsed ? keyOf(parsed) : null }
}

// Ascending order; unparsable names after parsable ones; full string as the last tie-break (total order).
const compareEntries = (a: Entry, b: Entry): number => {
  if (a.key && b.key) {
    const c = compareKeys(a.key, b.key)
    return c !== 0 ? c : cmp(a.name, b.name)
  }
  if (a.key) return -1
  if (b.key) return 1
  return cmp(a.name, b.name)
}

// Descending semantic order; unparsable names still last (ascending by string).
const compareEntriesDesc = (a: Entry, b: Entry): number => {
  if (a.key && b.key) return -compareEntries(a, b)
  return compareEntries(a, b)
}

/**
 * Ascending semantic order: major, minor, patch numerically; a pre-release ('-rc.1') before its release;
 * '+build' ranks as the release; other suffixes ('.4', 'abc') after it. Names the server would reject sort
 * after every valid one, by string. Ties are broken by the raw string, so 0 means identical strings.
 */
export const compareVersionNames = (a: string, b: string): number => compareEntries(entryOf(a), entryOf(b))

/** Newest first (semantic order, not row order); names that don't parse go last. Does not mutate. */
export const sortVersionsDesc = <T extends { name: string }>(items: T[]): T[] =>
  items
    .map((item) => ({ item, entry: entryOf(item.name) }))
    .sort((x, y) => compareEntriesDesc(x.entry, y.entry))
    .map(({ item }) => item)

/** The highest version by semantic order (the first item of sortVersionsDesc), or undefined when none. */
export const latestVersion = <T extends { name: string }>(items: T[] | null | undefined): T | undefined => {
  let best: { item: T; entry: Entry } | undefined
  for (const item of items ?? []) {
    const entry = entryOf(item.name)
    if (!best || compareEntriesDesc(entry, best.entry) < 0) best = { item, entry }
  }
  return best?.item
}

export type NextVersions = { patch: string; minor: string; major: string }

/**
 * Next names after the highest existing version (npm `semver.inc` rules: a pre-release's patch bump is its
 * release, e.g. 1.3.0-rc.1 → patch 1.3.0, minor 1.3.0, major 2.0.0). No valid names → 0.0.1 / 0.1.0 / 1.0.0.
 */
export const suggestNextVersions = (existingNames: string[]): NextVersions => {
  const latest = latestVersion(existingNames.map((name) => ({ name })))
  const parsed = latest ? parseVersionName(latest.name) : null
  if (!parsed) return { patch: '0.0.1', minor: '0.1.0', major: '1.0.0' }
  const major = BigInt(parsed.major)
  const minor = BigInt(parsed.minor)
  const patch = BigInt(parsed.patch)
  const pre = parsed.rest.startsWith('-')
  return {
    patch: pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1n}`,
    minor: pre && patch === 0n ? `${major}.${minor}.0` : `${major}.${minor + 1n}.0`,
    major: pre && minor === 0n && patch === 0n ? `${major}.0.0` : `${major + 1n}.0.0`,
  }
}
