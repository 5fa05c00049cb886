import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'

const newContainerSearch = z.object({
  /** Prefill the first version's image reference (from a finished build). */
  imageRef: z.string().optional().catch(undefined),
  type: z.enum(['algorithm', 'benchmark', 'pedestal']).optional().catch(undefined),
})

export const Route = createFileRoute('/containers/new')({
  validateSearch: newContainerSearch,
  component: () => <h1>New container</h1>,
})
