import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'

const newBuildSearch = z.object({
  /** The container the build is for, when started from a container page. */
  containerId: z.coerce.number().int().positive().optional().catch(undefined),
})

export const Route = createFileRoute('/builds/new')({
  validateSearch: newBuildSearch,
  component: () => <h1>Build an image</h1>,
})
