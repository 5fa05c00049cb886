import { parseDocument } from 'yaml'
import { checkValue, helmValueKey } from '@/api/validators'

export type HelmValueEntry = { key: string; value: string }
export type ValuesYamlResult =
  { ok: true; entries: HelmValueEntry[]; problems: string[] } | { ok: false; reason: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const scalarText = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString()
        : String(value)

/**
 * Flattens a Helm values.yaml into dotted keys (`image.tag`), one entry per leaf. Lists and empty maps
 * are kept whole as JSON (a Helm value key cannot index into a list). Keys the server would reject
 * (spaces, "/", "." inside a key…) are skipped and reported. A file that is not YAML, or whose top level
 * is not a mapping, is refused with the reason.
 */
export function parseValuesYaml(text: string): ValuesYamlResult {
  const doc = parseDocument(text, { uniqueKeys: false })
  const error = doc.errors[0]
  if (error) {
    const where = error.linePos?.[0] ? `line ${error.linePos[0].line}: ` : ''
    return { ok: false, reason: `it is not valid YAML (${where}${error.message.split('\n')[0]})` }
  }
  let root: unknown
  try {
    root = doc.toJS({ maxAliasCount: 1000 })
  } catch (e) {
    return { ok: false, reason: `it could not be read (${e instanceof Error ? e.message : String(e)})` }
  }
  if (root === null || root === undefined || root === '') return { ok: true, entries: [], problems: [] }
  if (!isPlainObject(root)) return { ok: false, reason: 'its top level is not a mapping of keys to values' }

  const entries = new Map<string, string>()
  const problems: string[] = []
  const walk = (node: unknown, path: string[]) => {
    if (isPlainObject(node) && Object.keys(node).length > 0) {
      for (const [segment, child] of Object.entries(node)) {
        if (segment === '' || segment.includes('.')) {
          problems.push(
            `${[...path, segment].join('.')}: a key part cannot be empty or contain "." — skipped`,
          )
          continue
        }
        walk(child, [...path, segment])
      }
      return
    }
    const key = path.join('.')
    const keyProblem = checkValue(helmValueKey, key)
    if (keyProblem) {
      problems.push(`${key}: ${keyProblem} — skipped`)
      return
    }
    entries.delete(key)
    entries.set(key, Array.isArray(node) || isPlainObject(node) ? JSON.stringify(node) : scalarText(node))
  }
  walk(root, [])
  return { ok: true, entries: [...entries].map(([key, value]) => ({ key, value })), problems }
}
