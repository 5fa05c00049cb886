import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { useEffect, useId, useState } from 'react'
import { containerQueries } from '@/api/containers'
import { typeLabel } from '@/api/enums'
import { isApiError } from '@/api/errors'
import type { Container } from '@/api/wire'
import { revealInvisible } from '@/lib/format'

/**
 * "Register as a version": pick a container (searched by name) and open its create-version form with the
 * built image prefilled (that form suggests the next version number), or create a new container with it.
 */
export function RegisterVersion({ imageRef, containerId }: { imageRef: string; containerId?: number }) {
  const navigate = useNavigate()
  const ids = { find: useId(), pick: useId(), hint: useId() }
  const [text, setText] = useState('')
  const [keyword, setKeyword] = useState('')
  const [chosen, setChosen] = useState<string>(containerId ? String(containerId) : '')
  useEffect(() => {
    const timer = setTimeout(() => setKeyword(text.trim()), 250)
    return () => clearTimeout(timer)
  }, [text])

  const body = { page: 1, size: 20, ...(keyword ? { keyword } : {}) }
  const search = useQuery(containerQueries.search(body))
  const searchMissing = isApiError(search.error) && search.error.kind === 'no-endpoint'
  const list = useQuery({ ...containerQueries.list({ page: 1, size: 50 }), enabled: searchMissing })
  const preset = useQuery({ ...containerQueries.detail(containerId ?? 0), enabled: Boolean(containerId) })

  const found: Container[] = searchMissing
    ? (list.data?.items ?? []).filter((c) => c.name.toLowerCase().includes(keyword.toLowerCase()))
    : (search.data?.items ?? [])
  const options = found.filter((c) => c.status !== 'deleted')
  if (preset.data && !options.some((c) => c.id === preset.data.id)) options.unshift(preset.data)
  const effective = options.some((c) => String(c.id) === chosen)
    ? chosen
    : options[0]
      ? String(options[0].id)
      : ''
  const loading = search.isPending || (searchMissing && list.isPending)
  const failed = (search.isError && !searchMissing) || list.isError

  return (
    <section className="card register-version" aria-labelledby="register-title">
      <h2 id="register-title">Register the image as a container version</h2>
      <p id={ids.hint} className="hint">
        Opens the new-version form with this image filled in and the next version number suggested; nothing is
        created until you submit it.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!effective) return
          void navigate({
            to: '/containers/$containerId/versions/new',
            params: { containerId: effective },
            search: { imageRef },
          })
        }}
      >
        <div className="toolbar">
          <div className="field">
            <label htmlFor={ids.find}>Find a container</label>
            <input
              id={ids.find}
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Name contains…"
              autoComplete="off"
            />
          </div>
          <div className="field">
            <label htmlFor={ids.pick}>Container</label>
            <select
              id={ids.pick}
              value={effective}
              onChange={(e) => setChosen(e.target.value)}
              aria-describedby={ids.hint}
              disabled={options.length === 0}
            >
              {options.length === 0 ? (
                <option value="">{loading ? 'Loading containers…' : 'No container matches'}</option>
              ) : null}
              {options.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {revealInvisible(c.name)} ({typeLabel(c.type)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary" disabled={!effective}>
            Register as a version
          </button>
        </div>
        {failed ? (
          <p className="alert error" role="alert">
            Containers could not be searched. You can still create a new container below.
          </p>
        ) : null}
      </form>
      <p>
        Or{' '}
        <Link to="/containers/new" search={{ imageRef }}>
          create a new container with this image
        </Link>
        .
      </p>
    </section>
  )
}
