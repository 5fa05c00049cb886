/**
 * The app's one icon set: Lucide (ISC licence, actively maintained, 1,600+ consistent 24 px stroke icons).
 * We take its framework-free `lucide` package, whose icons are plain data (an array of SVG elements, one
 * ES module per icon, `sideEffects: false`), and draw them with the ten-line `Icon` in icon.tsx. So only
 * the icons imported here reach the bundle (~100 bytes gzip each), with no icon font, no CSS and no
 * runtime of a component library (lucide-react's context and props layer cost ~1 KiB on the first load).
 * Import icons from this file only, so the set stays small and consistent.
 */
import {
  ArrowDown as ArrowDownNode,
  ArrowUp as ArrowUpNode,
  ArrowUpDown as ArrowUpDownNode,
  Boxes as BoxesNode,
  Copy as CopyNode,
  ChevronLeft as ChevronLeftNode,
  ChevronRight as ChevronRightNode,
  CircleHelp as CircleHelpNode,
  Menu as MenuNode,
  Monitor as MonitorNode,
  Moon as MoonNode,
  Plus as PlusNode,
  Search as SearchNode,
  SlidersHorizontal as SlidersHorizontalNode,
  Sun as SunNode,
  Trash2 as Trash2Node,
  TriangleAlert as TriangleAlertNode,
  X as XNode,
} from 'lucide'
import { icon } from './icon'

export type { LucideIcon } from './icon'
export const ArrowDown = /* @__PURE__ */ icon(ArrowDownNode)
export const ArrowUp = /* @__PURE__ */ icon(ArrowUpNode)
export const ArrowUpDown = /* @__PURE__ */ icon(ArrowUpDownNode)
export const Boxes = /* @__PURE__ */ icon(BoxesNode)
export const Copy = /* @__PURE__ */ icon(CopyNode)
export const ChevronLeft = /* @__PURE__ */ icon(ChevronLeftNode)
export const ChevronRight = /* @__PURE__ */ icon(ChevronRightNode)
export const CircleHelp = /* @__PURE__ */ icon(CircleHelpNode)
export const Menu = /* @__PURE__ */ icon(MenuNode)
export const Monitor = /* @__PURE__ */ icon(MonitorNode)
export const Moon = /* @__PURE__ */ icon(MoonNode)
export const Plus = /* @__PURE__ */ icon(PlusNode)
export const Search = /* @__PURE__ */ icon(SearchNode)
export const SlidersHorizontal = /* @__PURE__ */ icon(SlidersHorizontalNode)
export const Sun = /* @__PURE__ */ icon(SunNode)
export const Trash2 = /* @__PURE__ */ icon(Trash2Node)
export const TriangleAlert = /* @__PURE__ */ icon(TriangleAlertNode)
export const X = /* @__PURE__ */ icon(XNode)
