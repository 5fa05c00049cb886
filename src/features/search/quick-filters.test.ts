import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router'
import { db } from '@/mocks/db'
import { searchContainers } from '@/mocks/search'
import { QUICK_FILTERS } from './quick-filters'
import { searchParamProblems } from './link-problems'
import {
  containersSearchQuery,
  QUICK_KEYS,
  withoutDefaults,
  type QuickFilterName,
  type QuickKey,
} from './search-params'
import { describeSaved, matchApplied, toSearchRequest, unavailableWithoutSearch } from './search-request'
import { hasQuery } from './search-text'

/**
 * Links that set each quick filter. The type makes a new quick filter add its own, so the checks below
 * cover it. (Hiding deleted containers is the default: the empty link is the one that sends its filter.)
 */
const LINKS: { [F in QuickFilterName]: string[] } = {
  type: ['?type=algorithm'],
  status: ['?status=disabled', '?status=deleted'],
  visibility: ['?visibility=public', '?visibility=private'],
  deleted: ['', '?deleted=shown'],
  created: [
    '?createdFrom=2025-01-01',
    '?createdTo=2025-02-01',
    '?createdFrom=2025-01-01&createdTo=2025-02-01',
  ],
  updated: [
    '?updatedFrom=2025-01-01',
    '?updatedTo=2025-02-01',
    '?updatedFrom=2025-01-01&updatedTo=2025-02-01',
  ],
}

const keysOf = (name: QuickFilterName) =>
  (Object.keys(QUICK_KEYS) as QuickKey[]).filter((k) => QUICK_KEYS[k].filter === name)
const open = (link: string) => containersSearchQuery(defaultParseSearch(link))
const rows = [...db.containers.values()]

describe.each(Object.keys(LINKS) as QuickFilterName[])('the %s quick filter', (name) => {
  const quick = QUICK_FILTERS[name]

  it('reads its keys from a link, and the link it writes reads back the same', () => {
    for (const link of LINKS[name]) {
      const raw: Record<string, unknown> = defaultParseSearch(link)
      const state = open(link)
      expect(searchParamProblems(raw)).toEqual([])
      for (const key of keysOf(name)) expect(state[key]).toBe(raw[key])
      expect(open(defaultStringifySearch(withoutDefaults(state)))).toEqual(state)
      if (link) expect(hasQuery(state)).toBe(true)
    }
  })

  it('names each of its keys when a link holds something unreadable there', () => {
    for (const key of keysOf(name)) {
      const raw = defaultParseSearch(`?${key}=nope`)
      expect(searchParamProblems(raw)).toEqual([QUICK_KEYS[key].label])
      expect(open(`?${key}=nope`)[key]).toBeUndefined()
    }
  })

  it('sends what it says, gets a chip for every filter the server applied, and the chip removes it', () => {
    let chips = 0
    for (const link of LINKS[name]) {
      const state = open(link)
      const body = toSearchRequest(state)
      const own = quick.filters(state)
      for (const chip of own) expect(body.filters).toContainEqual(chip.filter)
      const echo = quick.shortcut?.echo(state) ?? null
      if (echo) expect(body).toMatchObject(quick.shortcut!.body(state))

      // Through the mock server, which reports what it applied the way the real one does.
      const answer = searchContainers(rows, body) as {
        applied_filters?: Parameters<typeof matchApplied>[0]
      }
      const matched = matchApplied(answer.applied_filters ?? [], state)
      for (const expected of [...own, ...(echo ? [echo] : [])]) {
        const found = matched.find((m) => m.origin?.label === expected.label)
        expect(found, `${link}: ${expected.label}`).toBeDefined()
        const removed = found!.origin!.remove(state)
        expect(quick.filters(removed).map((c) => c.label)).not.toContain(expected.label)
        expect(quick.shortcut?.echo(removed) ?? null).toBeNull()
        expect(removed.page).toBe(1)
        chips++
      }
      expect(matched.every((m) => m.origin !== null)).toBe(true)
    }
    expect(chips).toBeGreaterThan(0)
  })

  it('is described in a saved search, and named when the list endpoint cannot do it', () => {
    for (const link of LINKS[name]) {
      const state = open(link)
      const summary = quick.summary(withoutDefaults(state))
      if (summary) expect(describeSaved(withoutDefaults(state))).toContain(summary)
      const missing = quick.withoutSearch?.(state)
      if (missing) expect(unavailableWithoutSearch(state)).toContain(missing)
    }
    expect(LINKS[name].some((link) => quick.summary(withoutDefaults(open(link))) !== null)).toBe(true)
  })
})
