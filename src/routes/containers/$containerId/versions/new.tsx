import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'

const newVersionSearch = z.object({
  /** Prefill the image reference (from a finished build). */
  imageRef: z.string().optional().catch(undefined),
  /** Start from an existing version of this container (its id). */
  from: z.coerce.number().int().positive().optional().catch(undefined),
})

export const Route = createFileRoute('/containers/$containerId/versions/new')({
  validateSearch: newVersionSearch,
  component: () => <h1>New version</h1>,
})
