import { Time } from '@/components/ui/time'

/** "Draft restored from <time> · Discard draft", shown while a restored draft is in the form. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: number | null; onDiscard: () => void }) {
  if (restoredAt === null) return null
  return (
    <div className="alert warn draft-notice" role="status">
      Draft restored from <Time value={new Date(restoredAt).toISOString()} /> ·{' '}
      <button type="button" className="link" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  )
}
