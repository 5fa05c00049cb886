import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router'
import { useCallback } from 'react'
import { ContainerForm } from '@/features/container-form/container-form'
import { useContainerForm } from '@/features/container-form/use-container-form'
import { object, oneOf, optional, string, withFallback, type Infer } from '@/lib/decode'

const readSearch = object({
  /** Prefill the first version's image reference (from a finished build). */
  imageRef: withFallback(optional(string), undefined),
  type: withFallback(optional(oneOf(['algorithm', 'benchmark', 'pedestal'])), undefined),
})
type NewContainerSearch = Infer<typeof readSearch>
const newContainerSearch = (search: NewContainerSearch & SearchSchemaInput): NewContainerSearch =>
  readSearch(search)

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
