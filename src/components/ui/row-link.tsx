import { useRouter, type RegisteredRouter, type ValidateLinkOptions } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'

type Router = ReturnType<typeof useRouter>
type Destination = Parameters<Router['navigate']>[0]

/** The one preload waiting for its delay: only one link can be under the pointer or hold focus at a time. */
let waiting: { link: Element; timer: ReturnType<typeof setTimeout> } | undefined

function cancelPreload(link?: Element) {
  if (!waiting || (link && waiting.link !== link)) return
  clearTimeout(waiting.timer)
  waiting = undefined
}

function preload(router: Router, to: Destination, link: Element) {
  if (router.options.defaultPreload !== 'intent') return
  cancelPreload()
  const timer = setTimeout(() => {
    waiting = undefined
    // A failed preload costs nothing: the click loads the page again and shows its error there.
    router.preloadRoute(to).catch(() => undefined)
  }, router.options.defaultPreloadDelay ?? 0)
  waiting = { link, timer }
}

/**
 * The link that names a row of a table (a container, a version). It does for the user what the router's
 * `<Link>` does, at a row's cost:
 * - a real `href`, so a middle, Ctrl- or Cmd-click and "open in new tab" work as for any link;
 * - a plain click navigates inside the app;
 * - hovering or focusing it preloads the page after the router's preload delay, as `<Link>` does.
 *
 * `<Link>` subscribes every link to the location and rebuilds its address and active state on each
 * navigation, about ten hooks per link; with 29 of them on the 1,000-row search page that was 0.08 MiB of
 * its heap. A row's link is never the page it is on, so it needs none of that.
 */
export function RowLink<TOptions>({
  link,
  title,
  children,
}: {
  link: ValidateLinkOptions<RegisteredRouter, TOptions>
  title?: string
  children: ReactNode
}) {
  const router = useRouter()
  const destination = link as Destination
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey
    if (event.defaultPrevented || modified || event.button !== 0) return
    event.preventDefault()
    cancelPreload()
    void router.navigate(destination)
  }
  const intent = (event: { currentTarget: Element }) => preload(router, destination, event.currentTarget)
  const leave = (event: { currentTarget: Element }) => cancelPreload(event.currentTarget)
  return (
    <a
      href={router.buildLocation(destination).href}
      title={title}
      dir="auto"
      onClick={onClick}
      onMouseEnter={intent}
      onFocus={intent}
      onMouseLeave={leave}
      onBlur={leave}
    >
      {children}
    </a>
  )
}
