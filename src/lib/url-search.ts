import { defaultParseSearch, type RouterHistory, type SearchSchemaInput } from '@tanstack/react-router'
import type { Decoder } from './decode'

/**
 * A route's `validateSearch` from a decoder of its URL state. Links may leave out any key
 * (SearchSchemaInput tells the router that the input type is what links pass).
 */
export const searchValidator =
  <T>(decoder: Decoder<T>) =>
  (search: Partial<T> & SearchSchemaInput): T =>
    decoder(search)

/**
 * The address the app was opened at, as the browser had it before the router rewrote it into its
 * canonical form (a link with unreadable search keys is repaired before any page renders, so only this
 * still shows what was broken). `index` is its history entry: the rewrite replaces that entry in place.
 */
export type Landing = { pathname: string; search: Record<string, unknown>; index: number }

export function landingOf(history: RouterHistory): Landing {
  const { pathname, search, state } = history.location
  return { pathname, search: defaultParseSearch(search), index: state.__TSR_index }
}
