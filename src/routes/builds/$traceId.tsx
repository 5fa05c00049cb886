import { createFileRoute } from '@tanstack/react-router'
import { BuildProgress } from '@/features/builds/build-progress'

export const Route = createFileRoute('/builds/$traceId')({
  head: () => ({ meta: [{ title: 'Build progress · RCABench' }] }),
  component: BuildProgressPage,
})

function BuildProgressPage() {
  const { traceId } = Route.useParams()
  return <BuildProgress key={traceId} traceId={traceId} />
}
