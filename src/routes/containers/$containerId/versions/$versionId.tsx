import { createFileRoute, notFound, Link } from '@tanstack/react-router'
import { versionQueries } from '@/api/versions'
import { NotFound } from '@/components/not-found'
import { RouteError } from '@/components/route-error'
import { loadVersionPage, type MissingRecord } from '@/features/version-detail/load-version'
import { VersionDetailPage } from '@/features/version-detail/version-detail-page'
import { VersionDetailSkeleton } from '@/features/version-detail/version-detail-skeleton'
import { versionDetailSearch } from '@/features/version-detail/version-search'
import { parseId } from '@/app/loader-utils'
import { revealInvisible } from '@/lib/format'
import { ContainerGone } from '@/features/container-manage/container-gone'

export const Route = createFileRoute('/containers/$containerId/versions/$versionId')({
  params: {
    parse: ({ versionId }) => {
      const id = parseId(versionId)
      if (id === null) throw notFound({ data: { missing: 'version' } satisfies MissingRecord })
      return { versionId: id }
    },
    stringify: ({ versionId }) => ({ versionId: String(versionId) }),
  },
  validateSearch: versionDetailSearch,
  loaderDeps: ({ search }) => ({ compare: search.compare }),
  loader: async ({ context: { queryClient }, params, deps }) => {
    const { containerId, versionId } = params
    if (deps.compare) void queryClient.prefetchQuery(versionQueries.detail(containerId, deps.compare))
    const { container, version } = await loadVersionPage(queryClient, containerId, versionId)
    return { title: revealInvisible(`${container.name} ${version.name}`) }
  },
  head: ({ loaderData }) => ({
    meta: [{ title: loaderData ? `${loaderData.title} · RCABench` : 'Version · RCABench' }],
  }),
  pendingComponent: VersionDetailSkeleton,
  errorComponent: RouteError,
  notFoundComponent: VersionNotFound,
  component: VersionDetailPage,
})

function VersionNotFound({ data }: { data?: unknown }) {
  const { containerId } = Route.useParams()
  const missing = (data as MissingRecord | undefined)?.missing ?? 'version'
  if (missing === 'container') return <ContainerGone />
  return (
    <NotFound title="Version not found">
      <p>This container has no version with this id. It may have been removed, or the link may be wrong.</p>
      <p>
        <Link to="/containers/$containerId" params={{ containerId }} search={{ tab: 'versions' }}>
          See this container's versions
        </Link>
      </p>
    </NotFound>
  )
}
