import { authHandlers } from './auth'
import { buildHandlers } from './builds'
import { containerHandlers, versionHandlers } from './containers'
import { manageHandlers } from './manage'

/** The happy-path network: every operation of the API document, behaving as the real server does. */
export const handlers = [
  ...authHandlers,
  ...containerHandlers,
  ...versionHandlers,
  ...manageHandlers,
  ...buildHandlers,
]
