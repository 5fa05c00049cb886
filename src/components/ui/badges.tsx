import { statusLabel, typeLabel } from '@/api/enums'

/** A container type: one hue per type (algorithm blue, benchmark amber, pedestal violet). */
export function TypeBadge({ type }: { type: string }) {
  return <span className={`badge ${type}`}>{typeLabel(type)}</span>
}

/** A status, with a dot: enabled green, disabled grey, deleted red. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${status}`}>{statusLabel(status)}</span>
}

export function VisibilityLabel({ isPublic }: { isPublic: boolean }) {
  return <span className={`badge ${isPublic ? 'public' : 'private'}`}>{isPublic ? 'Public' : 'Private'}</span>
}
