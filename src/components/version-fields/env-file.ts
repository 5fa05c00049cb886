import { checkValue, envVarKey } from '@/api/validators'

/** One `KEY=value` line of a .env file. */
export type EnvEntry = { key: string; value: string; line: number }
/** A line that could not be used, with its 1-based number and why. */
export type FileProblem = { line: number; message: string }
export type EnvFileResult = { entries: EnvEntry[]; problems: FileProblem[] }

const unescapeDouble = (value: string) =>
  value.replace(/\\([nrt"\\$])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c,
  )

/** Reads the value part of a line: quoted ('…' literal, "…" with \n escapes) or bare with a `# comment`. */
function readValue(raw: string): { value: string } | { problem: string } {
  const text = raw.trim()
  const quote = text[0]
  if (quote === '"' || quote === "'") {
    let end = -1
    for (let i = 1; i < text.length; i++) {
      if (quote === '"' && text[i] === '\\') {
        i++
        continue
      }
      if (text[i] === quote) {
        end = i
        break
      }
    }
    if (end === -1) return { problem: `the value's opening ${quote} is never closed` }
    const after = text.slice(end + 1).trim()
    if (after !== '' && !after.startsWith('#'))
      return { problem: `unexpected text after the closing ${quote}: ${after}` }
    const inner = text.slice(1, end)
    return { value: quote === '"' ? unescapeDouble(inner) : inner }
  }
  // A bare value ends at a " #" comment.
  const comment = text.search(/\s#/)
  return { value: (comment === -1 ? text : text.slice(0, comment)).trim() }
}

/**
 * Parses a .env file into entries: blank lines and `#` comments are skipped, an `export ` prefix is
 * allowed, values may be bare, 'single-quoted' or "double-quoted", and may be empty. Every line that
 * cannot become a parameter (no `=`, a key the server rejects, an unclosed quote) is reported with its
 * number and reason; a key given twice keeps its last value and is reported.
 */
export function parseEnvFile(text: string): EnvFileResult {
  const entries: EnvEntry[] = []
  const problems: FileProblem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  for (const [index, rawLine] of lines.entries()) {
    const line = index + 1
    const trimmed = rawLine.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const body = trimmed.replace(/^export\s+/, '')
    const eq = body.indexOf('=')
    if (eq === -1) {
      problems.push({ line, message: 'expected KEY=value, but there is no "="' })
      continue
    }
    const key = body.slice(0, eq).trim()
    const keyProblem = checkValue(envVarKey, key)
    if (keyProblem) {
      problems.push({
        line,
        message: key === '' ? 'the name before "=" is empty' : `"${key}": ${keyProblem}`,
      })
      continue
    }
    const value = readValue(body.slice(eq + 1))
    if ('problem' in value) {
      problems.push({ line, message: `${key}: ${value.problem}` })
      continue
    }
    const previous = entries.findIndex((e) => e.key === key)
    if (previous !== -1) {
      problems.push({
        line,
        message: `${key} is also set on line ${entries[previous]!.line}; the later value is used`,
      })
      entries.splice(previous, 1)
    }
    entries.push({ key, value: value.value, line })
  }
  return { entries, problems }
}
