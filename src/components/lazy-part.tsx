import { lazy, type ComponentType } from 'react'

/** What a part whose code could not be loaded shows in its place (the rest of the page keeps working). */
function PartUnavailable() {
  return (
    <p className="alert error" role="alert">
      This part of the page could not be loaded. Reload the page to try again.
    </p>
  )
}

/**
 * React.lazy for a part of a page (a panel, a dialog, the toasts), whose code loads after the page's: a
 * failed load never takes the page down. Offline, it waits for the connection and loads then; otherwise
 * (the files were replaced by a newer deploy) `Unavailable` takes the part's place.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Unavailable: ComponentType<P> = PartUnavailable,
) {
  const attempt = (): Promise<{ default: ComponentType<P> }> =>
    load().then(
      (component) => ({ default: component }),
      () =>
        navigator.onLine === false
          ? new Promise((resolve) =>
              window.addEventListener('online', () => resolve(attempt()), { once: true }),
            )
          : { default: Unavailable },
    )
  return lazy(attempt)
}
