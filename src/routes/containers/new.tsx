import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { z } from 'zod'
import { ContainerForm } from '@/features/container-form/container-form'
import { useContainerForm } from '@/features/container-form/use-container-form'

const newContainerSearch = z.object({
  /** Prefill the first version's image reference (from a finished build). */
  imageRef: z.string().optional().catch(undefined),
  type: z.enum(['algorithm', 'benchmark', 'pedestal']).optional().catch(undefined),
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
