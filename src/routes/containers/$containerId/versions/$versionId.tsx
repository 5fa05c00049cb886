import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/containers/$containerId/versions/$versionId')({
  component: () => <h1>Version</h1>,
})
