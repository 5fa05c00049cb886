import type { SearchRequest } from '@/api/containers'
import { apiBaseUrl } from '@/api/client'
import { CopyButton } from '@/components/ui/copy-button'
import { Disclosure } from '@/components/ui/disclosure'
import { toCurl } from './search-request'

/** Where a copied curl command should go while the built-in mock answers: it has no address of its own. */
export const MOCK_CURL_BASE = 'http://your-rcabench-server:8082'

/** The exact body this page sends, and the same search as a curl command (token read from a variable). */
export function RequestPreview({ body }: { body: SearchRequest }) {
  return (
    <Disclosure className="request-preview card" summary="Show request">
      <RequestText body={body} />
    </Disclosure>
  )
}

function RequestText({ body }: { body: SearchRequest }) {
  const json = JSON.stringify(body, null, 2)
  // The mock backend answers inside this browser tab only; a curl to this page's address gets a 404.
  const mocked = import.meta.env.VITE_API_MOCKING === 'true'
  const curl = toCurl(body, mocked ? MOCK_CURL_BASE : apiBaseUrl())
  return (
    <>
      <p className="hint">
        <code>POST /api/v2/containers/search</code> with this JSON body. The curl command reads your token
        from the <code>RCABENCH_TOKEN</code> environment variable; it is never shown here.
      </p>
      {mocked ? (
        <p className="hint" role="note">
          This dashboard is running on its built-in demo data, which lives in this browser tab: nothing
          outside the tab answers these requests. To run the command, replace <code>{MOCK_CURL_BASE}</code>{' '}
          with the address of a real RCABench server.
        </p>
      ) : null}
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
    </>
  )
}
