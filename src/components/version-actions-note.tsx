/**
 * Where people look for "edit version" or "delete version": says why they are not offered. On the server
 * this dashboard targets, changing a version always fails and deleting one removes a different container
 * (v1.1.45's PATCH and DELETE on a version), so the dashboard never sends either request.
 */
export function VersionActionsNote() {
  return (
    <p className="muted version-actions-note">
      Single versions can’t be edited or deleted here: the server cannot do it safely. To remove versions,
      delete the whole container.
    </p>
  )
}
