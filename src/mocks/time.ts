/** Go's time.Time JSON form in the server's zone (+08:00), with millisecond precision. */
export function goTime(ms: number): string {
  const shifted = new Date(ms + 8 * 3600_000).toISOString() // "2025-01-02T03:04:05.678Z" in +08:00 wall time
  return `${shifted.slice(0, 23)}+08:00`
}

/** The server's DATE(col) of a stored timestamp, in its zone. */
export function goDate(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)
}

/** Go's time.String() form, which is what the date shortcuts of search splice into SQL. */
export function goTimeString(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`
}
