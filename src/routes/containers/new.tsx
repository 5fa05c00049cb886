import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { ContainerForm } from '@/features/container-form/container-form'
import { useContainerForm } from '@/features/container-form/use-container-form'
import { object, oneOf, optionalKey, string } from '@/lib/decode'
import { searchValidator } from '@/lib/url-search'

const readSearch = object({
  /** Prefill the first version's image reference (from a finished build). */
  imageRef: optionalKey(string),
  type: optionalKey(oneOf(['algorithm', 'benchmark', 'pedestal'])),
})

export const Route = createFileRoute('/containers/new')({
  validateSearch: searchValidator(readSearch),
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
