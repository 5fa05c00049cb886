import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { useEffect, useId, useState } from 'react'
import { containerQueries } from '@/api/containers'
import { typeLabel } from '@/api/enums'
import { isApiError } from '@/api/errors'
import type { Container } from '@/api/wire'
import { revealInvisible } from '@/lib/format'
import { scanVersionName } from '@/lib/semver'
import type { BuildRecord } from './build-record'

/** A semantic-version tag (`1.2.3`, `v1.2.3-rc.1`) as a version name; nothing for `latest` or a date. */
export function versionNameFromTag(tag: string): string | undefined {
  const match = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/.exec(tag.trim())
  return match && scanVersionName(match[1]!).ok ? match[1] : undefined
}

/**
 * The GitHub link of what was built: `owner/repo`, or `owner/repo/tree/<commit or branch>/<sub path>`
 * (the form the version's github_link accepts). A commit pins it; without one, the branch (or HEAD).
 */
export function githubLinkFor(record: Pick<BuildRecord, 'repository' | 'commit' | 'branch' | 'subPath'>) {
  if (!record.repository) return undefined
  const trimmed = (record.subPath ?? '').replace(/^\.?\/+|\/+$/g, '')
  const sub = trimmed === '.' ? '' : trimmed
  const ref = record.commit || (sub ? record.branch || 'HEAD' : undefined)
  if (!ref) return record.repository
  return `${record.repository}/tree/${ref}/${sub}`
}

/** The container to preselect: the build's own, else the one whose name is the image name; never a guess. */
export function matchingContainer(options: Container[], imageName: string): Container | undefined {
  const name = imageName.trim().toLowerCase()
  const exact = options.filter((c) => c.name.trim().toLowerCase() === name)
  return exact.length === 1 ? exact[0] : undefined
}

/**
 * "Register as a version": pick a container (searched by name) and open its create-version form with the
 * built image, the version name (from a semver tag) and the GitHub link prefilled; nothing is created until
 * that form is submitted. Or create a new container with the image.
 */
export function RegisterVersion({ imageRef, record }: { imageRef: string; record: BuildRecord }) {
  const navigate = useNavigate()
  const ids = { find: useId(), pick: useId(), hint: useId() }
  const [text, setText] = useState(record.imageName)
  const [keyword, setKeyword] = useState(record.imageName.trim())
  const [chosen, setChosen] = useState<string>('')
  useEffect(() => {
    const timer = setTimeout(() => setKeyword(text.trim()), 250)
    return () => clearTimeout(timer)
  }, [text])

  const body = { page: 1, size: 20, ...(keyword ? { keyword } : {}) }
  const search = useQuery(containerQueries.search(body))
  const searchMissing = isApiError(search.error) && search.error.kind === 'no-endpoint'
  const list = useQuery({ ...containerQueries.list({ page: 1, size: 50 }), enabled: searchMissing })
  const containerId = record.containerId
  const preset = useQuery({ ...containerQueries.detail(containerId ?? 0), enabled: Boolean(containerId) })

  const found: Container[] = searchMissing
    ? (list.data?.items ?? []).filter((c) => c.name.toLowerCase().includes(keyword.toLowerCase()))
    : (search.data?.items ?? [])
  const options = found.filter((c) => c.status !== 'deleted')
  if (preset.data && !options.some((c) => c.id === preset.data.id)) options.unshift(preset.data)
  const suggested = preset.data ?? matchingContainer(options, record.imageName)
  const effective = options.some((c) => String(c.id) === chosen)
    ? chosen
    : suggested && options.some((c) => c.id === suggested.id)
      ? String(suggested.id)
      : ''
  const loading = search.isPending || (searchMissing && list.isPending)
  const failed = (search.isError && !searchMissing) || list.isError
  const name = versionNameFromTag(record.tag)
  const githubLink = githubLinkFor(record)

  return (
    <section className="card register-version" aria-labelledby="register-title">
      <h2 id="register-title">Register the image as a container version</h2>
      <p id={ids.hint} className="hint">
        Opens the new-version form with this image
        {name ? `, version ${name}` : ''}
        {githubLink ? ' and the GitHub link of the source' : ''} filled in; nothing is created until you
        submit it.
        {!suggested && !loading
          ? ` No container is named ${record.imageName || 'like the image'}: choose the one this image belongs to.`
          : ''}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!effective) return
          void navigate({
            to: '/containers/$containerId/versions/new',
            params: { containerId: Number(effective) },
            search: { imageRef, ...(name ? { name } : {}), ...(githubLink ? { githubLink } : {}) },
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
              <option value="">
                {options.length === 0
                  ? loading
                    ? 'Loading containers…'
                    : 'No container matches'
                  : 'Choose a container…'}
              </option>
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
