import { statusLabel, typeLabel } from '@/api/enums'

export function TypeBadge({ type }: { type: string }) {
  return <span className={`badge ${type}`}>{typeLabel(type)}</span>
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${status}`}>{statusLabel(status)}</span>
}

export function VisibilityLabel({ isPublic }: { isPublic: boolean }) {
  return <span>{isPublic ? 'Public' : 'Private'}</span>
}
