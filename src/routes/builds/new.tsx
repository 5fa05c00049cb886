import { useQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { BuildForm } from '@/features/builds/build-form'
import { useBuildForm } from '@/features/builds/use-build-form'
import { coerced, object, optionalKey, positiveInteger } from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

const readSearch = object({
  /** The container the build is for, when started from a container page. */
  containerId: optionalKey(coerced(positiveInteger)),
})

export const Route = createFileRoute('/builds/new')({
  validateSearch: searchValidator(readSearch),
  head: () => ({ meta: [{ title: 'Build an image · RCABench' }] }),
  component: NewBuildPage,
})

function NewBuildPage() {
  const { containerId } = Route.useSearch()
  // Not blocking: the form works without the container's name (it only prefills the image name).
  const container = useQuery({
    ...containerQueries.detail(containerId ?? 0),
    enabled: containerId !== undefined,
  })
  if (containerId !== undefined && container.isPending) return <p role="status">Loading the container…</p>
  return <NewBuildForm containerId={containerId} containerName={container.data?.name} />
}

function NewBuildForm(props: { containerId?: number; containerName?: string }) {
  return <BuildForm {...useBuildForm(props)} />
}
