import { Fragment, memo, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { FilterSelect, STATUS_OPTIONS, TYPE_OPTIONS, VISIBILITY_OPTIONS } from '@/components/ui/filter-select'
import { ShowDeletedToggle } from '@/components/ui/show-deleted'
import { usePainted } from '@/lib/after-paint'
import type { QuickFilterName, SearchQuery } from './search-params'

export const KEYWORD_DEBOUNCE_MS = 300

/** Keeps a local copy of a URL value that follows the URL whenever it changes from elsewhere. */
function useSynced<T>(value: T): [T, (v: T) => void] {
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    setDraft(value)
  }
  return [draft, setDraft]
}

/**
 * The keyword box: debounced into the URL (replace, so typing does not flood history), Enter applies at
 * once, and `/` anywhere outside another field focuses it.
 */
export const KeywordBox = memo(function KeywordBox({
  value,
  onCommit,
}: {
  value: string
  onCommit: (q: string) => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  // What this box last sent to the URL: when the URL catches up with it, the user may have typed on.
  const committed = useRef(value)
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    if (value !== committed.current) setDraft(value)
  }
  const commit = (q: string) => {
    committed.current = q
    onCommit(q)
  }
  const commitLater = useRef(commit)
  useEffect(() => {
    commitLater.current = commit
  })

  useEffect(() => {
    if (draft === value) return
    const timer = setTimeout(() => commitLater.current(draft), KEYWORD_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return
      const target = e.target as HTMLElement | null
      if (target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
        return
      e.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <form
      role="search"
      aria-label="Search containers by name"
      className="keyword-box"
      onSubmit={(e) => {
        e.preventDefault()
        commit(draft)
      }}
    >
      <div className="field">
        <label htmlFor={id}>Name contains</label>
        <input
          ref={input}
          id={id}
          type="search"
          value={draft}
          maxLength={128}
          autoComplete="off"
          aria-keyshortcuts="/"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setDraft(e.target.value)}
        />
        <span className="hint" id={`${id}-hint`}>
          Press <kbd>/</kbd> to jump here. Results update as you type.
        </span>
      </div>
    </form>
  )
})

type ControlProps = {
  search: SearchQuery
  /** The server has no search endpoint, which the date ranges need. */
  datesDisabled: boolean
  onChange: (patch: Partial<SearchQuery>) => void
}

/** Each quick filter's control (one per entry of QUICK_FILTERS, which the type holds to), in page order. */
const CONTROLS: { [F in QuickFilterName]: (props: ControlProps) => ReactNode } = {
  type: ({ search, onChange }) => (
    <FilterSelect
      label="Type"
      value={search.type}
      options={TYPE_OPTIONS}
      onChange={(type) => onChange({ type })}
    />
  ),
  status: ({ search, onChange }) => (
    <FilterSelect
      label="Status"
      value={search.status}
      options={STATUS_OPTIONS}
      onChange={(status) => onChange({ status })}
    />
  ),
  visibility: ({ search, onChange }) => (
    <FilterSelect
      label="Visibility"
      value={search.visibility}
      options={VISIBILITY_OPTIONS}
      onChange={(visibility) => onChange({ visibility })}
    />
  ),
  deleted: ({ search, onChange }) =>
    search.status ? null : (
      <ShowDeletedToggle
        shown={search.deleted === 'shown'}
        onChange={(shown) => onChange({ deleted: shown ? 'shown' : undefined })}
      />
    ),
  created: ({ search, datesDisabled, onChange }) => (
    <DateRange
      label="Created"
      from={search.createdFrom}
      to={search.createdTo}
      disabled={datesDisabled}
      onChange={(createdFrom, createdTo) => onChange({ createdFrom, createdTo })}
    />
  ),
  updated: ({ search, datesDisabled, onChange }) => (
    <DateRange
      label="Updated"
      from={search.updatedFrom}
      to={search.updatedTo}
      disabled={datesDisabled}
      onChange={(updatedFrom, updatedTo) => onChange({ updatedFrom, updatedTo })}
    />
  ),
}

/** Memoized, as the rail's other controls: a page change does not re-render them. */
export const QuickFilters = memo(function QuickFilters(props: ControlProps) {
  return (
    <div className="toolbar quick-filters">
      {Object.entries(CONTROLS).map(([name, Control]) => (
        <Fragment key={name}>{Control(props)}</Fragment>
      ))}
    </div>
  )
})

/**
 * Two dates, both inclusive. A range that ends before it starts is flagged and not applied. Shown from the
 * frame after the page's first paint: a date input builds its calendar fields when created (about 4 ms
 * each here, four times that on a slow phone), and nothing sits below the ranges in the rail by then.
 */
function DateRange({
  label,
  from,
  to,
  disabled,
  onChange,
}: {
  label: string
  from: string | undefined
  to: string | undefined
  disabled: boolean
  onChange: (from: string | undefined, to: string | undefined) => void
}) {
  const id = useId()
  const shown = usePainted()
  const [draft, setDraft] = useSynced(`${from ?? ''}|${to ?? ''}`)
  const [draftFrom = '', draftTo = ''] = draft.split('|')
  const reversed = Boolean(draftFrom && draftTo && draftFrom > draftTo)
  const set = (nextFrom: string, nextTo: string) => {
    setDraft(`${nextFrom}|${nextTo}`)
    if (!(nextFrom && nextTo && nextFrom > nextTo)) onChange(nextFrom || undefined, nextTo || undefined)
  }
  if (!shown) return null
  return (
    <fieldset className="date-range" disabled={disabled}>
      <legend>{label} (inclusive)</legend>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={draftFrom}
          onChange={(e) => set(e.target.value, draftTo)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={draftTo}
          min={draftFrom || undefined}
          onChange={(e) => set(draftFrom, e.target.value)}
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? `${id}-error` : undefined}
        />
      </div>
      {reversed ? (
        <p className="error" id={`${id}-error`}>
          The end date is before the start date, so this range is not applied.
        </p>
      ) : null}
    </fieldset>
  )
}
