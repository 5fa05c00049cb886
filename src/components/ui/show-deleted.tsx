/**
 * The "Show deleted containers" choice of the list and the search page: deleted containers are left out
 * unless it is ticked. Not offered while a status is chosen (the status decides then).
 */
export function ShowDeletedToggle({
  shown,
  onChange,
}: {
  shown: boolean
  onChange: (shown: boolean) => void
}) {
  return (
    <div className="field">
      <label>
        <input type="checkbox" checked={shown} onChange={(e) => onChange(e.target.checked)} /> Show deleted
        containers
      </label>
    </div>
  )
}
