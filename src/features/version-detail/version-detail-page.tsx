import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { containerQueries } from '@/api/containers'
import { versionQueries } from '@/api/versions'
import type { ContainerVersionDetail } from '@/api/wire'
import { CopyButton } from '@/components/ui/copy-button'
import { ImageRefCell, MutableTagFlag, PullBlock } from '@/components/ui/image-ref'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Time } from '@/components/ui/time'
import { WriteLink } from '@/components/write-link'
import { formatCount, revealInvisible } from '@/lib/format'
import { latestVersion } from '@/lib/semver'
import { sentParametersOf, type SentParameter } from '@/lib/sent-parameters'
import { ComparePanel } from './compare-panel'
import { helmValuesText } from './compare-rows'
import { githubUrl } from './github-link'
import { ImageRefParts } from './image-ref-parts'
import { versionNeighbours } from './neighbours'
import '@/components/ui/detail-pages.css'
import { VersionActionsNote } from '@/components/version-actions-note'

const route = getRouteApi('/containers/$containerId/versions/$versionId')

export function VersionDetailPage() {
  const { containerId: cid, versionId: vid } = route.useParams()
  const { data: container } = useSuspenseQuery(containerQueries.detail(cid))
  const { data: version } = useSuspenseQuery(versionQueries.detail(cid, vid))
  const { previous, next } = versionNeighbours(container.versions, vid)
  const isLatest = latestVersion(container.versions)?.id === vid
  const containerName = revealInvisible(container.name)
  const versionName = revealInvisible(version.name)

  return (
    <article className="detail-page" aria-labelledby="version-title">
      <Breadcrumbs current={version.name}>
        <li>
          <Link
            to="/containers/$containerId"
            params={{ containerId: cid }}
            activeOptions={{ exact: true }}
            className="truncate"
            title={containerName}
            dir="auto"
          >
            {containerName}
          </Link>
        </li>
      </Breadcrumbs>
      <div className="page-header">
        <h1 id="version-title" title={`${containerName} ${versionName}`}>
          <span dir="auto">{containerName}</span> <span dir="auto">{versionName}</span>
          {isLatest ? (
            <>
              {' '}
              <span className="badge enabled">Latest</span>
            </>
          ) : null}
        </h1>
        <div className="actions">
          <Link className="button" to="/builds/new" search={{ containerId: cid }}>
            Build image
          </Link>
          <WriteLink
            className="button primary"
            to="/containers/$containerId/versions/new"
            params={{ containerId: cid }}
            search={{ from: vid }}
          >
            New version from this one
          </WriteLink>
        </div>
      </div>
      <VersionActionsNote />

      {previous || next ? (
        <nav aria-label="Other versions" className="neighbours">
          {previous ? (
            <Link
              to="/containers/$containerId/versions/$versionId"
              params={{ containerId: cid, versionId: previous.id }}
              rel="prev"
              title={revealInvisible(previous.name)}
            >
              ← Previous: <span dir="auto">{revealInvisible(previous.name)}</span>
            </Link>
          ) : (
            <span className="muted">This is the lowest version</span>
          )}
          {next ? (
            <Link
              to="/containers/$containerId/versions/$versionId"
              params={{ containerId: cid, versionId: next.id }}
              rel="next"
              title={revealInvisible(next.name)}
            >
              Next: <span dir="auto">{revealInvisible(next.name)}</span> →
            </Link>
          ) : (
            <span className="muted">This is the highest version</span>
          )}
        </nav>
      ) : (
        <p className="muted">This is the only version of this container.</p>
      )}

      <section className="card" aria-labelledby="image-title">
        <h2 id="image-title">Image</h2>
        {version.image_ref ? (
          <>
            <p className="ref-line">
              <code className="ref-full" title={version.image_ref}>
                {version.image_ref}
              </code>
              <CopyButton value={version.image_ref} label="Copy reference" />
              <MutableTagFlag imageRef={version.image_ref} />
            </p>
            <PullBlock imageRef={version.image_ref} />
          </>
        ) : (
          <ImageRefCell imageRef={version.image_ref} />
        )}
        <ImageRefParts imageRef={version.image_ref} />
      </section>

      <VersionFacts version={version} />
      <HelmConfig version={version} />
      <ComparePanel containerId={cid} current={version} versions={container.versions} />
    </article>
  )
}

function VersionFacts({ version }: { version: ContainerVersionDetail }) {
  const github = githubUrl(version.github_link)
  const sent = sentParametersOf(version.id)
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="details">
        <div>
          <dt>Command</dt>
          <dd>
            {version.command.trim() ? (
              <>
                <pre className="wrap">{version.command}</pre>
                <CopyButton value={version.command} label="Copy command" />
              </>
            ) : (
              <span className="muted">none (the image's own entrypoint runs)</span>
            )}
          </dd>
        </div>
        <div>
          <dt>GitHub</dt>
          <dd>
            {github ? (
              <a href={github} target="_blank" rel="noopener noreferrer" className="wrap">
                {version.github_link}
                <span className="visually-hidden"> (opens GitHub in a new tab)</span>
              </a>
            ) : version.github_link.trim() ? (
              <span className="wrap">{version.github_link}</span>
            ) : (
              <span className="muted">
                not recorded (the server does not keep it when a version is created)
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Usage</dt>
          <dd>{version.usage === 1 ? 'used once' : `used ${formatCount(version.usage)} times`}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>
            <Time value={version.updated_at} />
          </dd>
        </div>
        <div>
          <dt>Env vars</dt>
          <dd>
            {version.env_vars.trim() ? (
              <pre className="wrap">{version.env_vars}</pre>
            ) : (
              <SentOrMissing list={sent?.envVars} withheld={sent?.withheld ?? 0} />
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}

/**
 * For what the server stores but never returns: what this browser sent when it created the version,
 * clearly labelled, or a plain "not returned by the server". Never "none".
 */
function SentOrMissing({ list, withheld }: { list: SentParameter[] | undefined; withheld: number }) {
  if (!list?.length)
    return (
      <span className="muted">not returned by the server (it keeps them, but does not send them back)</span>
    )
  return (
    <>
      <pre className="wrap">
        {list.map((p) => `${p.key}=${p.value}  (${p.type}${p.required ? ', required' : ''})`).join('\n')}
      </pre>
      <span className="hint">
        As sent from this browser when the version was created here; the server does not return them.
        {withheld
          ? ` ${withheld} secret-looking ${withheld === 1 ? 'entry was' : 'entries were'} not kept.`
          : ''}
      </span>
    </>
  )
}

function HelmConfig({ version }: { version: ContainerVersionDetail }) {
  const helm = version.helm_config
  return (
    <section className="card" aria-labelledby="helm-title">
      <h2 id="helm-title">Helm config</h2>
      {helm ? (
        <dl className="details">
          <div>
            <dt>Chart</dt>
            <dd>
              <code className="wrap">{helm.full_chart || 'not recorded'}</code>
            </dd>
          </div>
          <div>
            <dt>Repository URL</dt>
            <dd>
              <code className="wrap">{helm.repo_url || 'not recorded'}</code>
            </dd>
          </div>
          <div>
            <dt>Namespace prefix</dt>
            <dd>
              <code>{helm.ns_prefix || 'not recorded'}</code>
            </dd>
          </div>
          <div>
            <dt>Values</dt>
            <dd>
              {helm.values.length > 0 ? (
                <pre className="wrap">{helmValuesText(helm.values)}</pre>
              ) : (
                <SentOrMissing list={sentParametersOf(version.id)?.helmValues} withheld={0} />
              )}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="muted">This version has no Helm config (only pedestals are deployed with Helm).</p>
      )}
    </section>
  )
}
