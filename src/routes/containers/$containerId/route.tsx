import { createFileRoute, notFound, Outlet } from '@tanstack/react-router'
import { NotFound } from '@/components/not-found'
import { parseId } from '@/app/loader-utils'

export const Route = createFileRoute('/containers/$containerId')({
  params: {
    parse: ({ containerId }) => {
      const id = parseId(containerId)
      if (id === null) throw notFound()
      return { containerId: String(id) }
    },
    stringify: ({ containerId }) => ({ containerId }),
  },
  notFoundComponent: () => (
    <NotFound title="Container not found">
      <p>No container has this id. It may have been deleted, or the link may be wrong.</p>
    </NotFound>
  ),
  component: Outlet,
})
