import { CopyButton } from '@/components/ui/copy-button'
import { dockerPullCommand } from '@/lib/image-ref'

/** An image reference (truncated, full value on hover) with one-click copies of it and of `docker pull`. */
export function ImageRefCopy({ imageRef }: { imageRef: string }) {
  if (!imageRef) return <span className="muted">No image reference</span>
  return (
    <span className="image-ref">
      <code className="truncate" title={imageRef}>
        {imageRef}
      </code>
      <span className="copy-buttons">
        <CopyButton value={imageRef} label="Copy reference" />
        <CopyButton value={dockerPullCommand(imageRef)} label="Copy pull command" />
      </span>
    </span>
  )
}
