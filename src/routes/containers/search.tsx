import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/containers/search')({
  component: () => <h1>Search containers</h1>,
})
