import { parse, TomlError } from 'smol-toml'

export type InfoTomlResult =
  { ok: true; name?: string; data: Record<string, unknown> } | { ok: false; reason: string }

/**
 * Reads a container's `info.toml`. `name` is the trimmed top-level `name` string when there is one
 * (the server only checks it when image_name is empty, which validation never allows: it is not required).
 */
export const parseInfoToml = (text: string): InfoTomlResult => {
  if (typeof text !== 'string') return { ok: false, reason: 'info.toml could not be read as text' }
  let data: Record<string, unknown>
  try {
    data = parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
  } catch (err) {
    if (err instanceof TomlError) {
      const detail =
        err.message
          .replace(/^Invalid TOML document:\s*/, '')
          .split('\n')[0]
          ?.trim() || 'syntax error'
      return {
        ok: false,
        reason: `info.toml is not valid TOML at line ${err.line}, column ${err.column}: ${detail}`,
      }
    }
    return {
      ok: false,
      reason: `info.toml could not be read: ${err instanceof Error ? err.message : String(err)}`,
    }
  }
  const name = typeof data.name === 'string' ? data.name.trim() : undefined
  return name ? { ok: true, name, data } : { ok: true, data }
}
