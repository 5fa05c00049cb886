import { ImageRefCell } from '@/components/ui/image-ref'

/** An image reference in a row or card: repository and tag always visible, one copy icon for the whole. */
export function ImageRefCopy({ imageRef }: { imageRef: string }) {
  return <ImageRefCell imageRef={imageRef} />
}
