import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/builds/$traceId')({
  component: () => <h1>Build progress</h1>,
})
