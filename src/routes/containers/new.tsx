import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import * as z from 'zod/mini'
import { ContainerForm } from '@/features/container-form/container-form'
import { useContainerForm } from '@/features/container-form/use-container-form'

const newContainerSearch = z.object({
  /** Prefill the first version's image reference (from a finished build). */
  imageRef: z.catch(z.optional(z.string()), undefined),
  type: z.catch(z.optional(z.enum(['algorithm', 'benchmark', 'pedestal'])), undefined),
})

export const Route = createFileRoute('/containers/new')({
  validateSearch: newContainerSearch,
  head: () => ({ meta: [{ title: 'New container · RCABench' }] }),
  component: NewContainerPage,
})

function NewContainerPage() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const onPrefillConsumed = useCallback(
    () => void navigate({ search: {}, replace: true, ignoreBlocker: true }),
    [navigate],
  )
  return <ContainerForm {...useContainerForm({ prefill: search, onPrefillConsumed })} />
}
