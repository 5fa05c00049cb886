import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { containerQueries } from '@/api/containers'
import { useVersionForm } from '@/features/version-form/use-version-form'
import { VersionForm } from '@/features/version-form/version-form'
import { coerced, object, optionalKey, positiveInteger, string } from '@/lib/decode'
import { ensureOrNotFound } from '@/app/loader-utils'
import { searchValidator } from '@/lib/url-search'

const readSearch = object({
  /** Prefill the image reference (from a finished build). */
  imageRef: optionalKey(string),
  /** Prefill the version name (from a finished build's semver tag). */
  name: optionalKey(string),
  /** Prefill the GitHub link (the repository, commit and sub path a build used). */
  githubLink: optionalKey(string),
  /** Start from an existing version of this container (its id). */
  from: optionalKey(coerced(positiveInteger)),
})

export const Route = createFileRoute('/containers/$containerId/versions/new')({
  validateSearch: searchValidator(readSearch),
  loader: ({ context: { queryClient }, params }) =>
    ensureOrNotFound(() => queryClient.ensureQueryData(containerQueries.detail(params.containerId))),
  head: () => ({ meta: [{ title: 'New version · RCABench' }] }),
  pendingComponent: () => <p role="status">Loading the container…</p>,
  component: NewVersionPage,
})

function NewVersionPage() {
  const { containerId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { data: container } = useSuspenseQuery(containerQueries.detail(containerId))
  const onPrefillConsumed = useCallback(
    () => void navigate({ search: {}, replace: true, ignoreBlocker: true }),
    [navigate],
  )
  const state = useVersionForm({ container, prefill: search, onPrefillConsumed })
  return <VersionForm key={container.id} container={container} {...state} />
}
