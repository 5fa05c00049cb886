import type { ContainerVersionDetail } from '@/api/wire'
import { compareRows } from './compare-rows'

/** The two versions side by side, grouped (image, run, Helm config), the fields that differ marked. */
export function CompareTable({
  left,
  right,
}: {
  left: ContainerVersionDetail
  right: ContainerVersionDetail
}) {
  const rows = compareRows(left, right)
  const differing = rows.filter((r) => r.differs).length
  return (
    <>
      <p aria-live="polite">
        {differing === 0
          ? 'These two versions have the same image, command and Helm config.'
          : `${differing} of ${rows.length} fields differ; they are highlighted.`}
      </p>
      <div className="table-wrap">
        <table className="compare-table">
          <caption className="visually-hidden">
            Version {left.name} compared with version {right.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col" dir="auto">
                {left.name} (this version)
              </th>
              <th scope="col" dir="auto">
                {right.name}
              </th>
            </tr>
          </thead>
          {(['Image', 'Run', 'Helm config'] as const).map((group) => (
            <tbody key={group}>
              <tr className="group">
                <th scope="colgroup" colSpan={3}>
                  {group}
                </th>
              </tr>
              {rows
                .filter((r) => r.group === group)
                .map((r) => (
                  <tr key={r.label} className={r.differs ? 'differs' : undefined}>
                    <th scope="row">
                      {r.label}
                      {r.differs ? (
                        <>
                          {' '}
                          <span className="diff-mark">(differs)</span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      <span className="wrap">{r.left}</span>
                    </td>
                    <td>
                      <span className="wrap">{r.right}</span>
                    </td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}
