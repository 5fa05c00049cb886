import type { SearchRequest } from '@/api/containers'
import { apiBaseUrl } from '@/api/client'
import { CopyButton } from '@/components/ui/copy-button'
import { toCurl } from './search-request'

/** The exact body this page sends, and the same search as a curl command (token read from a variable). */
export function RequestPreview({ body }: { body: SearchRequest }) {
  const json = JSON.stringify(body, null, 2)
  const curl = toCurl(body, apiBaseUrl())
  return (
    <details className="request-preview card">
      <summary>Show request</summary>
      <p className="hint">
        <code>POST /api/v2/containers/search</code> with this JSON body. The curl command reads your token
        from the <code>RCABENCH_TOKEN</code> environment variable; it is never shown here.
      </p>
      <div className="snippet">
        <div className="snippet-head">
          <h3>JSON body</h3>
          <CopyButton value={json} label="Copy body" />
        </div>
        <pre tabIndex={0} aria-label="JSON body">
          {json}
        </pre>
      </div>
      <div className="snippet">
        <div className="snippet-head">
          <h3>curl</h3>
          <CopyButton value={curl} label="Copy curl command" />
        </div>
        <pre tabIndex={0} aria-label="curl command">
          {curl}
        </pre>
      </div>
    </details>
  )
}
