/**
 * The app's one icon set: lucide-react (ISC licence, actively maintained, one ES module per icon, so only
 * the icons imported here reach the bundle; each is a ~300-byte SVG component, no font, no CSS, no runtime
 * styling). Import icons from this file only, so the set stays small and consistent.
 */
export {
  ArrowDown,
  ArrowUp,
  ArrowUpDown,
  Boxes,
  Check,
  ChevronLeft,
  ChevronRight,
  ChevronsLeft,
  ChevronsRight,
  Copy,
  ExternalLink,
  Hammer,
  Inbox,
  LogOut,
  Menu,
  Monitor,
  Moon,
  Plus,
  Search,
  SlidersHorizontal,
  Sun,
  Tag,
  Trash2,
  TriangleAlert,
  X,
} from 'lucide-react'
export type { LucideIcon } from 'lucide-react'
