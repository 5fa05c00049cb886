/**
 * The icons only pages draw (the shell's, drawn on every page, are in icons.ts). They live apart so that
 * they load with the pages that use them, not with the app's entry: a module is bundled whole, so one
 * icon file used by the shell would carry every page's icons into every first load.
 */
import {
  ArrowDown as ArrowDownNode,
  ArrowUp as ArrowUpNode,
  ArrowUpDown as ArrowUpDownNode,
  Copy as CopyNode,
  ChevronLeft as ChevronLeftNode,
  ChevronRight as ChevronRightNode,
  CircleHelp as CircleHelpNode,
  Plus as PlusNode,
  Search as SearchNode,
  SlidersHorizontal as SlidersHorizontalNode,
  Trash2 as Trash2Node,
  TriangleAlert as TriangleAlertNode,
} from 'lucide'
import { icon } from './icon'

export const ArrowDown = /* @__PURE__ */ icon(ArrowDownNode)
export const ArrowUp = /* @__PURE__ */ icon(ArrowUpNode)
export const ArrowUpDown = /* @__PURE__ */ icon(ArrowUpDownNode)
export const Copy = /* @__PURE__ */ icon(CopyNode)
export const ChevronLeft = /* @__PURE__ */ icon(ChevronLeftNode)
export const ChevronRight = /* @__PURE__ */ icon(ChevronRightNode)
export const CircleHelp = /* @__PURE__ */ icon(CircleHelpNode)
export const Plus = /* @__PURE__ */ icon(PlusNode)
export const Search = /* @__PURE__ */ icon(SearchNode)
export const SlidersHorizontal = /* @__PURE__ */ icon(SlidersHorizontalNode)
export const Trash2 = /* @__PURE__ */ icon(Trash2Node)
export const TriangleAlert = /* @__PURE__ */ icon(TriangleAlertNode)
