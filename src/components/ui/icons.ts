/**
 * The app's one icon set: Lucide (ISC licence, actively maintained, 1,600+ consistent 24 px stroke icons).
 * We take its framework-free `lucide` package, whose icons are plain data (an array of SVG elements, one
 * ES module per icon, `sideEffects: false`), and draw them with the ten-line `Icon` in icon.tsx. So only
 * the icons imported here reach the bundle (~100 bytes gzip each), with no icon font, no CSS and no
 * runtime of a component library (lucide-react's context and props layer cost ~1 KiB on the first load).
 * Import icons from this file (the shell's, drawn on every page) or page-icons.ts (those only pages draw)
 * only, so the set stays small and consistent.
 */
import {
  Boxes as BoxesNode,
  Menu as MenuNode,
  Monitor as MonitorNode,
  Moon as MoonNode,
  Sun as SunNode,
  X as XNode,
} from 'lucide'
import { icon } from './icon'

export type { LucideIcon } from './icon'
export const Boxes = /* @__PURE__ */ icon(BoxesNode)
export const Menu = /* @__PURE__ */ icon(MenuNode)
export const Monitor = /* @__PURE__ */ icon(MonitorNode)
export const Moon = /* @__PURE__ */ icon(MoonNode)
export const Sun = /* @__PURE__ */ icon(SunNode)
export const X = /* @__PURE__ */ icon(XNode)
