export type DockerfileArg = {
  name: string
  defaultValue?: string
  /** 1-based line where the ARG instruction starts. */
  line: number
  /** True for an ARG before the first FROM (usable in FROM lines). */
  global: boolean
  /** The name of the stage the ARG belongs to, when that stage is named. */
  stage?: string
}

export type DockerfileBaseImage = {
  /** As written (after `--platform=…` and other flags are skipped). */
  image: string
  line: number
  /** The `AS <name>` of this FROM. */
  stage?: string
  /** The image with `${VAR}` / `$VAR` replaced by global ARG defaults, when all of them resolve. */
  resolvedImage?: string
}

export type DockerfileWarning = { line: number; message: string }

export type ParsedDockerfile = {
  args: DockerfileArg[]
  stages: string[]
  baseImages: DockerfileBaseImage[]
  warnings: DockerfileWarning[]
}

type LogicalLine = { text: string; line: number }

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(\S*)\s*$/
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g

/** Joins continuation lines, skips comments and heredoc bodies, and reports where each instruction starts. */
const logicalLines = (text: string): LogicalLine[] => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  let escape = '\\'
  let i = 0
  // Parser directives: only at the very top, before any other comment, blank line or instruction.
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i]!)
    if (!m) break
    if (m[1]!.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2]
  }
  const out: LogicalLine[] = []
  let current: LogicalLine | null = null
  for (; i < lines.length; i++) {
    const raw = lines[i]!
    const trimmed = raw.trim()
    if (trimmed.startsWith('#')) continue
    if (current === null && trimmed === '') continue
    if (current !== null && trimmed === '') continue
    const body = raw.replace(/\s+$/, '')
    const continues = body.endsWith(escape)
    const piece = continues ? body.slice(0, -1) : body
    if (current === null) current = { text: piece, line: i + 1 }
    else current.text += piece
    if (continues) continue
    out.push(current)
    // Skip heredoc bodies (`RUN <<EOF … EOF`) so that their lines are not read as instructions.
    const delimiters = [...current.text.matchAll(HEREDOC)].map((m) => ({ strip: m[1] === '-', word: m[3]! }))
    current = null
    for (const { strip, word } of delimiters) {
      for (i++; i < lines.length; i++) {
        const candidate = strip ? lines[i]!.replace(/^\t+/, '') : lines[i]!
        if (candidate === word || candidate.trim() === word) break
      }
    }
  }
  if (current !== null) out.push(current)
  return out
}

/** Splits on whitespace outside quotes; quotes are kept so `unquote` can strip matching pairs. */
const splitWords = (text: string): string[] => {
  const words: string[] = []
  let word = ''
  let quote: string | null = null
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quote) {
      if (ch === '\\' && quote === '"' && i + 1 < text.length) {
        word += ch + text[++i]
        continue
      }
      if (ch === quote) quote = null
      word += ch
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      continue
    } else {
      if (ch === '"' || ch === "'") quote = ch
      word += ch
    }
    inWord = true
  }
  if (inWord) words.push(word)
  return words
}

const unquote = (value: string) => {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
    const inner = value.slice(1, -1)
    return value[0] === '"' ? inner.replace(/\\(["\\$])/g, '$1') : inner
  }
  return value
}

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

/** Replaces `${A}`, `$A`, `${A:-x}` and `${A:+x}` with known values; returns undefined when one is unknown. */
const resolveVars = (text: string, values: Map<string, string | undefined>): string | undefined => {
  let unresolved = false
  const out = text.replace(
    VAR,
    (_all, braced: string | undefined, op: string | undefined, word = '', bare) => {
      const name = (braced ?? bare) as string
      const has = values.has(name) && values.get(name) !== undefined
      const value = values.get(name) ?? ''
      if (op === ':-' || op === '-') return (op === ':-' ? value !== '' : has) ? value : word
      if (op === ':+' || op === '+') return (op === ':+' ? value !== '' : has) ? word : ''
      if (!has) unresolved = true
      return value
    },
  )
  return unresolved || out.includes('$') ? undefined : out
}

const tagWarning = (image: string): string | null => {
  if (image.includes('@')) return null
  const lastSlash = image.lastIndexOf('/')
  const colon = image.indexOf(':', lastSlash + 1)
  if (colon === -1) return `Base image ${image} has no tag; pin a version for repeatable builds`
  if (image.slice(colon + 1) === 'latest') {
    return `Base image ${image} uses the :latest tag; pin a version for repeatable builds`
  }
  return null
}

/** Reads the parts of a Dockerfile the build form needs: ARGs, stage names (targets) and base images. */
export const parseDockerfile = (text: string): ParsedDockerfile => {
  const result: ParsedDockerfile = { args: [], stages: [], baseImages: [], warnings: [] }
  const source = typeof text === 'string' ? text : ''
  const stageKeys = new Set<string>()
  const globals = new Map<string, string | undefined>()
  let seenFrom = false
  let currentStage: string | undefined
  for (const { text: instruction, line } of logicalLines(source)) {
    const m = /^\s*(\S+)\s*(.*)$/s.exec(instruction)
    if (!m) continue
    const keyword = m[1]!.toUpperCase()
    const rest = m[2]!.trim()
    if (keyword === 'FROM') {
      seenFrom = true
      const words = splitWords(rest).filter((w) => !w.startsWith('--'))
      const image = words[0] ? unquote(words[0]) : undefined
      if (!image) {
        result.warnings.push({ line, message: 'FROM needs an image name' })
        currentStage = undefined
        continue
      }
      let stage: string | undefined
      if (words.length >= 3 && words[1]!.toUpperCase() === 'AS') stage = words[2]
      const base: DockerfileBaseImage = { image, line }
      if (stage !== undefined) base.stage = stage
      const isPreviousStage = stageKeys.has(image.toLowerCase())
      let checked: string | undefined = image
      if (image.includes('$')) {
        checked = resolveVars(image, globals)
        if (checked !== undefined) base.resolvedImage = checked
      }
      result.baseImages.push(base)
      if (checked !== undefined && !isPreviousStage && checked.toLowerCase() !== 'scratch') {
        const warning = tagWarning(checked)
        if (warning) result.warnings.push({ line, message: warning })
      }
      if (stage !== undefined) {
        const key = stage.toLowerCase()
        if (stageKeys.has(key)) {
          result.warnings.push({ line, message: `Stage name ${stage} is used more than once` })
        } else {
          stageKeys.add(key)
          result.stages.push(stage)
        }
      }
      currentStage = stage
      continue
    }
    if (keyword === 'ARG') {
      const words = splitWords(rest)
      if (words.length === 0) result.warnings.push({ line, message: 'ARG needs a name' })
      for (const word of words) {
        const eq = word.indexOf('=')
        const name = eq === -1 ? word : word.slice(0, eq)
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
          result.warnings.push({ line, message: `ARG name ${JSON.stringify(name)} is not valid` })
          continue
        }
        const arg: DockerfileArg = { name, line, global: !seenFrom }
        if (eq !== -1) arg.defaultValue = unquote(word.slice(eq + 1))
        if (seenFrom && currentStage !== undefined) arg.stage = currentStage
        if (!seenFrom) globals.set(name, arg.defaultValue)
        result.args.push(arg)
      }
    }
  }
  if (!seenFrom) {
    result.warnings.push({
      line: 1,
      message: source.trim() === '' ? 'The Dockerfile is empty' : 'The Dockerfile has no FROM instruction',
    })
  }
  return result
}

/** One entry per ARG name, in first-seen order; the default comes from the first declaration that has one. */
export const collectBuildArgs = (parsed: ParsedDockerfile): { name: string; defaultValue?: string }[] => {
  const byName = new Map<string, { name: string; defaultValue?: string }>()
  for (const arg of parsed.args) {
    const known = byName.get(arg.name)
    if (!known)
      byName.set(
        arg.name,
        arg.defaultValue === undefined
          ? { name: arg.name }
          : { name: arg.name, defaultValue: arg.defaultValue },
      )
    else if (known.defaultValue === undefined && arg.defaultValue !== undefined)
      known.defaultValue = arg.defaultValue
  }
  return [...byName.values()]
}
