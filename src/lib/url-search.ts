import type { SearchSchemaInput } from '@tanstack/react-router'
import type { Decoder } from './decode'

/**
 * A route's `validateSearch` from a decoder of its URL state. Links may leave out any key
 * (SearchSchemaInput tells the router that the input type is what links pass).
 */
export const searchValidator =
  <T>(decoder: Decoder<T>) =>
  (search: Partial<T> & SearchSchemaInput): T =>
    decoder(search)
