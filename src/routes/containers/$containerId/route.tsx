import { createFileRoute, notFound, Outlet } from '@tanstack/react-router'
import { ContainerGone } from '@/features/container-manage/container-gone'
import { parseId } from '@/app/loader-utils'

export const Route = createFileRoute('/containers/$containerId')({
  // The id is read once, here: every page below gets a number, and an id the server could never serve
  // (`/containers/abc`) is not found before any request.
  params: {
    parse: ({ containerId }) => {
      const id = parseId(containerId)
      if (id === null) throw notFound()
      return { containerId: id }
    },
    stringify: ({ containerId }) => ({ containerId: String(containerId) }),
  },
  notFoundComponent: ContainerGone,
  component: Outlet,
})
