import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/containers/$containerId/versions/new')({
  component: () => <h1>New version</h1>,
})
