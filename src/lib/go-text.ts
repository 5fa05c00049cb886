// Go's text handling where the server's behaviour depends on it.

/** Go's unicode.IsSpace (also fmt's space table): the set strings.TrimSpace removes. */
export const isGoSpace = (code: number): boolean =>
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x20 ||
  code === 0x85 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000

/** Go strings.TrimSpace (JS `trim()` differs: it keeps U+0085 and removes U+FEFF). */
export const goTrimSpace = (value: string): string => {
  let start = 0
  let end = value.length
  while (start < end && isGoSpace(value.charCodeAt(start))) start++
  while (end > start && isGoSpace(value.charCodeAt(end - 1))) end--
  return value.slice(start, end)
}
