import { dockerPullCommand } from '@/lib/image-ref'
import { CopyButton } from './copy-button'
import { TriangleAlert } from './page-icons'

/** Where an image reference is cut: registry and namespace may shrink; repository and tag never do. */
export function splitForDisplay(ref: string): { head: string; tail: string } {
  const slash = ref.lastIndexOf('/', ref.includes('@') ? ref.indexOf('@') : ref.length)
  return slash < 0 ? { head: '', tail: ref } : { head: ref.slice(0, slash + 1), tail: ref.slice(slash + 1) }
}

/** A tag that can point at a different image tomorrow: `latest`, or no tag and no digest (Docker reads latest). */
export function isMutableTag(ref: string): boolean {
  if (ref.includes('@')) return false
  const { tail } = splitForDisplay(ref)
  const colon = tail.lastIndexOf(':')
  return colon < 0 || tail.slice(colon + 1) === 'latest'
}

export function MutableTagFlag({ imageRef }: { imageRef: string }) {
  if (!isMutableTag(imageRef)) return null
  return (
    <span
      className="badge warn"
      title="A mutable tag: the image behind it can change. Pin a version tag or a digest for reproducible runs."
    >
      <TriangleAlert className="icon" aria-hidden="true" />
      mutable tag
    </span>
  )
}

/**
 * An image reference in one line with a middle ellipsis: the registry and namespace shrink first, the
 * repository and tag stay whole. The full reference is in the title (and is what any copy button copies).
 */
export function ImageRef({ imageRef }: { imageRef: string }) {
  const { head, tail } = splitForDisplay(imageRef)
  return (
    <code className="image-ref-short" title={imageRef}>
      {head ? <span className="head">{head}</span> : null}
      <span className="tail">{tail}</span>
    </code>
  )
}

/** A table cell's reference: shortened reference, mutable-tag flag, one copy icon for the full reference. */
export function ImageRefCell({ imageRef }: { imageRef: string }) {
  if (!imageRef) return <span className="muted">No image reference</span>
  return (
    <span className="ref-cell">
      <ImageRef imageRef={imageRef} />
      <CopyButton value={imageRef} label="Copy reference" />
      <MutableTagFlag imageRef={imageRef} />
    </span>
  )
}

/** The one `docker pull` block of a page: the command in full, one copy icon. */
export function PullBlock({ imageRef, label = 'Copy pull command' }: { imageRef: string; label?: string }) {
  const command = dockerPullCommand(imageRef)
  return (
    <div className="pull-block">
      <code title={command}>
        <span className="prompt" aria-hidden="true">
          ${' '}
        </span>
        {command}
      </code>
      <CopyButton value={command} label={label} />
    </div>
  )
}
