import { isIsoDate } from './search-rules'
import {
  containersSearchQuery,
  mapQuick,
  QUICK_KEYS,
  ranges,
  strict,
  withoutDefaults,
  type QuickKey,
  type SearchState,
  type StrictKey,
} from './search-params'

/**
 * What the search page tells a user about a link it had to repair: the keys that could not be read, in
 * words. Apart from search-params.ts, whose reading runs on every page (the route's validateSearch is in
 * the app's entry), because only the search page says what was wrong.
 */

const labels: Record<StrictKey, string> = {
  page: 'page number',
  size: 'page size (1–1,000)',
  q: 'keyword',
  ...(mapQuick((k) => QUICK_KEYS[k].label) as Record<QuickKey, string>),
  filters: 'advanced filters',
  sort: 'sort',
}

/**
 * The parts of a raw (parsed, not yet validated) URL search that were unreadable and replaced by defaults,
 * as labels for people. Empty when the link was fine.
 */
export function searchParamProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(strict) as StrictKey[]) {
    if (raw[key] === undefined) continue
    try {
      strict[key](raw[key])
    } catch {
      problems.push(labels[key])
    }
  }
  for (const [from, to] of ranges) {
    const a = raw[from]
    const b = raw[to]
    if (typeof a === 'string' && typeof b === 'string' && isIsoDate(a) && isIsoDate(b) && a > b)
      problems.push(`${labels[from].split(' ')[0]} date range (it ends before it starts)`)
  }
  return problems
}

/**
 * The problems of a broken link (`raw`, as it was opened) when `state` is what it was repaired into; empty
 * when the link was fine or the page has moved on to another state since.
 */
export function repairedLinkProblems(raw: Record<string, unknown>, state: SearchState): string[] {
  const problems = searchParamProblems(raw)
  if (!problems.length) return []
  const repaired = JSON.stringify(withoutDefaults(containersSearchQuery(raw)))
  return repaired === JSON.stringify(withoutDefaults(state)) ? problems : []
}
