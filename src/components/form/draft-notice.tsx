import { Time } from '@/components/ui/time'

/**
 * "Draft restored from <time> · Discard draft", shown while a restored draft is in the form. `note` says
 * what the draft leaves out, in brackets after the time.
 */
export function DraftNotice({
  restoredAt,
  onDiscard,
  note,
}: {
  restoredAt: number | null
  onDiscard: () => void
  note?: string
}) {
  if (restoredAt === null) return null
  return (
    <div className="alert warn draft-notice" role="status">
      Draft restored from <Time value={new Date(restoredAt).toISOString()} />
      {note ? ` (${note})` : null} ·{' '}
      <button type="button" className="link" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  )
}
