import { createLink } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'
import { useWriteAccess } from '@/api/write-access'

function WriteAnchor({
  ref,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
  const { canWrite, reason } = useWriteAccess()
  if (canWrite) return <a ref={ref} {...props} />
  return (
    <span className={props.className} aria-disabled="true" title={reason ?? undefined}>
      {props.children}
      <span className="visually-hidden"> (unavailable: {reason})</span>
    </span>
  )
}

/**
 * A link to a create (or other write) page, typed like Link. Once the session is known to be read-only it
 * is shown as unavailable, with the reason, instead of leading to a form that cannot be sent.
 */
export const WriteLink = createLink(WriteAnchor)

/** The one notice that the session is read-only (the shell shows it under the header). */
export function ReadOnlyBanner() {
  const { canWrite, reason } = useWriteAccess()
  if (canWrite) return null
  return (
    <div className="alert warn" role="status">
      <p>
        <strong>Read-only account.</strong> {reason} Creating containers and versions is unavailable;
        browsing, searching and building images still work.
      </p>
    </div>
  )
}
