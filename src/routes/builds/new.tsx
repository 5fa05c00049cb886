import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/builds/new')({
  component: () => <h1>Build an image</h1>,
})
