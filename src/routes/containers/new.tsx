import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/containers/new')({
  component: () => <h1>New container</h1>,
})
