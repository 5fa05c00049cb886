import type { ContextFinding } from './use-file-intake'

/** The Dockerfiles found in a dropped folder or archive, to choose the one the form builds. */
export function ContextChooser({
  finding,
  chosen,
  onChoose,
}: {
  finding: ContextFinding
  chosen: string | null
  onChoose: (choice: ContextFinding['files']['contexts'][number]) => void
}) {
  const { files } = finding
  return (
    <section className="card build-context" aria-labelledby="build-context-title">
      <h2 id="build-context-title" className="wrap-anywhere">
        Build files in <span dir="auto">{finding.name}</span>
        {files.root ? <span className="hint"> (inside {files.root}/)</span> : null}
      </h2>
      {files.contexts.length === 0 ? (
        <p>No Dockerfile was found. Paths named Dockerfile, Dockerfile.* or *.dockerfile are recognised.</p>
      ) : (
        <ul className="plain-list">
          {files.contexts.map((c) => (
            <li key={c.dockerfilePath}>
              <code className="wrap-anywhere">{c.dockerfilePath}</code>{' '}
              {chosen === c.dockerfilePath ? (
                <strong>✓ In the form</strong>
              ) : (
                <button type="button" onClick={() => onChoose(c)}>
                  Use this Dockerfile<span className="visually-hidden"> ({c.dockerfilePath})</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {files.infoTomls.length ? (
        <p className="hint wrap-anywhere">
          info.toml: {files.infoTomls.join(', ')}
          {finding.source === 'archive'
            ? ' (archives are only listed: drop the info.toml itself to read its name)'
            : ''}
        </p>
      ) : null}
    </section>
  )
}
