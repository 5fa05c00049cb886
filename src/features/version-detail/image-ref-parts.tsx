import { parseImageRef } from '@/lib/image-ref'

/** The reference split the way Docker reads it (the whole is copied from the line above). */
export function ImageRefParts({ imageRef }: { imageRef: string }) {
  const parts = parseImageRef(imageRef)
  if (!parts.ok)
    return (
      <p className="muted">
        This reference could not be split into parts ({parts.reason.replace(/\.$/, '')}); copy it whole
        instead.
      </p>
    )
  const rows: { label: string; value: string; empty: string }[] = [
    { label: 'Registry', value: parts.registry, empty: 'none' },
    { label: 'Namespace', value: parts.namespace, empty: 'none' },
    { label: 'Repository', value: parts.repository, empty: 'none' },
    { label: 'Tag', value: parts.tag, empty: 'none (Docker reads latest)' },
    ...(parts.digest ? [{ label: 'Digest', value: parts.digest, empty: 'none' }] : []),
  ]
  return (
    <dl className="ref-parts">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>
            {row.value ? (
              <code className="truncate" title={row.value}>
                {row.value}
              </code>
            ) : (
              <span className="muted">{row.empty}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
