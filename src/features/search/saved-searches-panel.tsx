import { Link } from '@tanstack/react-router'
import { memo, useId, useState } from 'react'
import { Disclosure } from '@/components/ui/disclosure'
import { deleteSavedSearch, loadSavedSearches, saveSearch } from './saved-searches'
import { describeSaved } from './search-request'
import type { SearchQuery } from './search-params'

/** Name the current query and reopen it later. Kept in this browser only. */
export const SavedSearchesPanel = memo(function SavedSearchesPanel({ search }: { search: SearchQuery }) {
  const id = useId()
  const [list, setList] = useState(loadSavedSearches)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')

  return (
    <Disclosure
      className="saved-searches card"
      summary={`Saved searches${list.length ? ` (${list.length})` : ''}`}
    >
      <form
        noValidate
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault()
          const trimmed = name.trim()
          if (!trimmed) {
            setError('Give this search a name.')
            document.getElementById(`${id}-name`)?.focus()
            return
          }
          const result = saveSearch(trimmed, search)
          setError(result.ok ? null : 'This browser refused to store it (storage full or disabled).')
          if (!result.ok) return
          setList(result.list)
          setName('')
          setStatus(result.replaced ? `Replaced “${trimmed}”.` : `Saved “${trimmed}”.`)
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Name for the current search</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            onChange={(e) => {
              setName(e.target.value)
              setError(null)
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          />
          {error ? (
            <span className="error" id={`${id}-error`}>
              {error}
            </span>
          ) : (
            <span className="hint" id={`${id}-hint`}>
              Kept in this browser only. A search with the same name is replaced.
            </span>
          )}
        </div>
        <button type="submit">Save search</button>
        <span role="status" className="hint">
          {status}
        </span>
      </form>
      {list.length === 0 ? (
        <p className="hint">No saved searches yet.</p>
      ) : (
        <ul className="saved-list">
          {list.map((s) => (
            <li key={s.name}>
              <Link
                to="/containers/search"
                search={s.search}
                className="saved-name"
                title={s.name}
                dir="auto"
              >
                {s.name}
              </Link>
              <span className="hint" title={describeSaved(s.search)}>
                {describeSaved(s.search)}
              </span>
              <button
                type="button"
                onClick={() => {
                  setList(deleteSavedSearch(s.name))
                  setStatus(`Deleted “${s.name}”.`)
                }}
                aria-label={`Delete saved search ${s.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </Disclosure>
  )
})
