import { useId, useRef } from 'react'
import { useDropTarget } from '@/components/ui/use-drop-target'
import { collectDrop } from './drop-collect'
import type { LocalFile } from './file-intake'
import type { Report } from './use-file-intake'

/** React passes unknown lowercase attributes through; TypeScript does not know this one. */
const folderPicker = { webkitdirectory: '' } as Record<string, string>

const fromInput = (list: FileList | null): LocalFile[] =>
  Array.from(list ?? []).map((file) => ({ file, path: file.webkitRelativePath || file.name }))

/**
 * Where files, folders and GitHub links are dropped, with pickers for keyboard and touch users. What was
 * read (or why a file cannot be used) is announced in a live region.
 */
export function DropZone({
  onTake,
  reading,
  reports,
}: {
  onTake: (files: LocalFile[], text?: { uriList?: string; text?: string }) => Promise<void>
  reading: boolean
  reports: Report[]
}) {
  const { dragging, handlers } = useDropTarget(
    (types) => types.includes('Files') || types.includes('text/uri-list') || types.includes('text/plain'),
    (data) => void collectDrop(data).then(({ files, text }) => onTake(files, text)),
  )
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const hintId = useId()
  return (
    <section
      className={dragging ? 'build-drop dragging' : 'build-drop'}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      aria-busy={reading || undefined}
      data-testid="build-drop-zone"
      {...handlers}
    >
      <h2 id={titleId}>Fill the form from files or a link</h2>
      <p id={hintId} className="hint">
        Drop a GitHub link (from the address bar), a Dockerfile, an info.toml, the build context (a folder,
        .zip, .tar or .tar.gz) or a JSON/YAML file of build requests.{' '}
        <strong>Files are read in your browser; nothing is uploaded.</strong> The server builds from GitHub
        only.
      </p>
      <div className="actions">
        <button type="button" onClick={() => filesInput.current?.click()} disabled={reading}>
          Choose files…
        </button>
        <button type="button" onClick={() => folderInput.current?.click()} disabled={reading}>
          Choose a folder…
        </button>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          aria-label="Files to read into the build form"
          data-testid="build-files-input"
          onChange={(event) => {
            const files = fromInput(event.target.files)
            event.target.value = ''
            if (files.length) void onTake(files)
          }}
        />
        <input
          ref={folderInput}
          type="file"
          hidden
          {...folderPicker}
          aria-label="Folder to read into the build form"
          data-testid="build-folder-input"
          onChange={(event) => {
            const files = fromInput(event.target.files)
            event.target.value = ''
            if (files.length) void onTake(files)
          }}
        />
      </div>
      <div role="status" aria-live="polite" className="drop-reports">
        {reading ? <p>Reading…</p> : null}
        {reports.length ? (
          <ul>
            {reports.map((report, i) => (
              <li key={i} className={`report ${report.tone}`}>
                {report.tone === 'error' ? (
                  <strong>Not used: </strong>
                ) : report.tone === 'warn' ? (
                  <strong>Note: </strong>
                ) : null}
                <span className="wrap-anywhere" dir="auto">
                  {report.text}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  )
}
