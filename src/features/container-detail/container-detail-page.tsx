import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { Suspense, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { containerQueries } from '@/api/containers'
import type { ContainerDetail } from '@/api/wire'
import { LazyMarkdown as Markdown } from '@/components/lazy-markdown'
import { StatusBadge, TypeBadge, VisibilityLabel } from '@/components/ui/badges'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Time } from '@/components/ui/time'
import { WriteLink } from '@/components/write-link'
import { formatCount, revealInvisible } from '@/lib/format'
import { latestVersion } from '@/lib/semver'
import { DETAIL_TABS, type DetailTab } from './detail-search'
import { ImageRefCell, PullBlock } from '@/components/ui/image-ref'
import '@/components/ui/detail-pages.css'
import { lazyPart } from '@/components/lazy-part'

/** Overview is the default tab, so the versions table, its filters and pager load when the tab opens. */
const VersionsPanel = lazyPart(() => import('./versions-panel').then((m) => m.VersionsPanel))

const route = getRouteApi('/containers/$containerId/')

const tabLabels: Record<DetailTab, string> = { overview: 'Overview', versions: 'Versions' }

/** `actions`: more buttons for the header (the route passes Edit and Delete). */
export function ContainerDetailPage({ actions }: { actions?: ReactNode } = {}) {
  const { containerId: id } = route.useParams()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { data: container } = useSuspenseQuery(containerQueries.detail(id))
  const shownName = revealInvisible(container.name)
  const latest = latestVersion(container.versions)
  const tabRefs = useRef<Partial<Record<DetailTab, HTMLButtonElement | null>>>({})

  const selectTab = (tab: DetailTab, focus = false) => {
    void navigate({ search: (prev) => ({ ...prev, tab }) })
    if (focus) tabRefs.current[tab]?.focus()
  }
  const onTabKey = (event: KeyboardEvent) => {
    const index = DETAIL_TABS.indexOf(search.tab)
    const last = DETAIL_TABS.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % DETAIL_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % DETAIL_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1
    if (next === -1) return
    event.preventDefault()
    selectTab(DETAIL_TABS[next]!, true)
  }

  return (
    <article className="detail-page" aria-labelledby="container-title">
      <Breadcrumbs current={container.name} />
      <div className="page-header">
        <h1 id="container-title" dir="auto" title={shownName}>
          {shownName}
        </h1>
        <div className="actions">
          <Link className="button" to="/builds/new" search={{ containerId: id }}>
            Build image
          </Link>
          <WriteLink
            className="button primary"
            to="/containers/$containerId/versions/new"
            params={{ containerId: id }}
          >
            New version
          </WriteLink>
          {actions}
        </div>
      </div>

      <ContainerFacts container={container} />

      <section className="card latest" aria-labelledby="latest-title">
        <h2 id="latest-title">Latest version</h2>
        {latest ? (
          <>
            <p>
              <Link
                to="/containers/$containerId/versions/$versionId"
                params={{ containerId: id, versionId: latest.id }}
                dir="auto"
                title={latest.name}
              >
                {latest.name}
              </Link>{' '}
              · updated <Time value={latest.updated_at} /> ·{' '}
              {container.versions.length === 1
                ? '1 version in all'
                : `${formatCount(container.versions.length)} versions in all`}
            </p>
            <ImageRefCell imageRef={latest.image_ref} />
            {latest.image_ref ? <PullBlock imageRef={latest.image_ref} /> : null}
          </>
        ) : (
          <p>
            No versions yet.{' '}
            <Link to="/containers/$containerId/versions/new" params={{ containerId: id }}>
              Add the first version
            </Link>
          </p>
        )}
      </section>

      <div className="tabs" role="tablist" aria-label="Container sections" onKeyDown={onTabKey}>
        {DETAIL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[tab] = el
            }}
            type="button"
            role="tab"
            id={`container-tab-${tab}`}
            aria-selected={search.tab === tab}
            aria-controls={`container-panel-${tab}`}
            tabIndex={search.tab === tab ? 0 : -1}
            onClick={() => selectTab(tab)}
          >
            {tabLabels[tab]}
            {tab === 'versions' ? ` (${formatCount(container.versions.length)})` : ''}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`container-panel-${search.tab}`}
        aria-labelledby={`container-tab-${search.tab}`}
      >
        {search.tab === 'versions' ? (
          <Suspense fallback={<p role="status">Loading the versions…</p>}>
            <VersionsPanel containerId={id} latestId={latest?.id} />
          </Suspense>
        ) : (
          <Readme readme={container.readme} />
        )}
      </div>
    </article>
  )
}

function ContainerFacts({ container }: { container: ContainerDetail }) {
  return (
    <dl className="facts">
      <div>
        <dt>Type</dt>
        <dd>
          <TypeBadge type={container.type} />
        </dd>
      </div>
      <div>
        <dt>Visibility</dt>
        <dd>
          <VisibilityLabel isPublic={container.is_public} />
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={container.status} />
        </dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>
          <Time value={container.created_at} />
        </dd>
      </div>
      <div>
        <dt>Updated</dt>
        <dd>
          <Time value={container.updated_at} />
        </dd>
      </div>
      {container.labels.length > 0 ? (
        <div>
          <dt>Labels</dt>
          <dd>
            <ul className="labels">
              {container.labels.map((l) => (
                <li
                  key={`${l.key}=${l.value}`}
                  className="badge unknown"
                  title={`${l.key}=${l.value}`}
                  dir="auto"
                >
                  {l.key}={l.value}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

function Readme({ readme }: { readme: string }) {
  return (
    <section aria-labelledby="readme-title">
      <h2 id="readme-title">README</h2>
      {readme.trim() ? (
        <div className="card">
          <Markdown headingOffset={2}>{readme}</Markdown>
        </div>
      ) : (
        <p className="muted">This container has no README yet.</p>
      )}
    </section>
  )
}
