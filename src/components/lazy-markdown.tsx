import { lazy, Suspense, type ComponentProps } from 'react'

// react-markdown and remark-gfm are ≈50 KiB gzip: they load with the first README shown, not with the page.
const Markdown = lazy(() => import('./markdown').then((m) => ({ default: m.Markdown })))

/** `Markdown`, loaded on first use; says so while it loads. */
export function LazyMarkdown(props: ComponentProps<typeof Markdown>) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          Loading the README…
        </p>
      }
    >
      <Markdown {...props} />
    </Suspense>
  )
}
