import { formatCount, formatDateTime, formatExact, formatRelative, revealInvisible } from './format'

describe('revealInvisible', () => {
  it('shows direction overrides and zero-width characters as codes, and leaves other text alone', () => {
    expect(revealInvisible('invoice\u202Egpj.exe')).toBe('invoice⟨U+202E⟩gpj.exe')
    expect(revealInvisible('ts\u200B-\uFEFFtrain')).toBe('ts⟨U+200B⟩-⟨U+FEFF⟩train')
    expect(revealInvisible('مرحبا ts-1.2.3 <script>')).toBe('مرحبا ts-1.2.3 <script>')
  })
})

describe('formatRelative', () => {
  const now = Date.parse('2026-03-10T12:00:00Z')
  it('says how long ago, or how long until, in the largest whole unit', () => {
    expect(formatRelative('2026-03-10T11:59:30Z', now)).toBe('just now')
    expect(formatRelative('2026-03-10T11:59:00Z', now)).toBe('1 minute ago')
    expect(formatRelative('2026-03-10T09:00:00Z', now)).toBe('3 hours ago')
    expect(formatRelative('2026-03-07T12:00:00Z', now)).toBe('3 days ago')
    expect(formatRelative('2026-03-24T12:00:00Z', now)).toBe('in 2 weeks')
    expect(formatRelative('2024-03-10T12:00:00Z', now)).toBe('2 years ago')
    expect(formatRelative('not a date', now)).toBe('unknown')
    expect(formatRelative(null, now)).toBe('unknown')
  })
})

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(10305)).toBe('10,305')
    expect(formatCount(7)).toBe('7')
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(-1000)).toBe('-1,000')
    expect(formatCount(999)).toBe('999')
  })
})

describe('formatExact', () => {
  it('reads as Intl would write it in English, in local time', () => {
    for (const iso of [
      '2026-03-10T00:05:09Z',
      '2026-07-04T12:00:00Z',
      '2025-12-31T23:59:59Z',
      '2001-01-01T09:30:00Z',
    ]) {
      const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(
        new Date(iso),
      )
      expect(formatExact(iso)).toBe(intl.replace(/\u202f/g, ' '))
    }
    expect(formatExact('')).toBe('unknown')
  })
})

describe('formatDateTime', () => {
  it('writes the local date and time as YYYY-MM-DD HH:mm', () => {
    const d = new Date(2025, 2, 11, 22, 43, 59)
    expect(formatDateTime(d.toISOString())).toBe('2025-03-11 22:43')
    expect(formatDateTime(new Date(2026, 0, 2, 3, 4).toISOString())).toBe('2026-01-02 03:04')
    expect(formatDateTime('nope')).toBe('unknown')
  })
})
