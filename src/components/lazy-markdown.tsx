import { Suspense, type ComponentProps } from 'react'
import { lazyPart } from './lazy-part'

// react-markdown and remark-gfm are ≈50 KiB gzip: they load with the first README shown, not with the page.
const Markdown = lazyPart(() => import('./markdown').then((m) => m.Markdown))

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
