import { setupWorker } from 'msw/browser'
import { mockConfig } from './config'
import { db, type Snapshot } from './db'
import { handlers } from './handlers'
import { addHostileData } from './hostile'
import { handlersFor, scenarioNames } from './scenarios'
import { buildSeed } from './seed'

/**
 * The embedded backend of `npm run dev`, e2e and bench. The store is seeded deterministically and what a
 * tab creates is kept in sessionStorage, so a reload keeps it and a new tab (or Playwright context) starts
 * clean. Scenarios come from sessionStorage 'msw:scenario' (comma-separated) or `window.__mocks.use()`.
 * sessionStorage 'msw:hostile' = '1' adds the hostile-data corpus (hostile.ts) to the seed.
 */
const STATE_KEY = 'msw:state'
const SCENARIO_KEY = 'msw:scenario'
const HOSTILE_KEY = 'msw:hostile'

export async function startMockBackend(env: { delay?: string; size?: string }) {
  mockConfig.delay = env.delay === 'real' || !env.delay ? 'real' : Number(env.delay)
  mockConfig.size = Number(env.size) || mockConfig.size
  mockConfig.buildStepMs = mockConfig.delay === 'real' ? 1200 : Math.max(150, Number(mockConfig.delay) * 4)
  if (mockConfig.delay === 0) mockConfig.buildStepMs = 50

  const seed = buildSeed(mockConfig.size)
  // Part of the seed, not a change: reset() keeps it and the tab's saved state stays small.
  if (sessionStorage.getItem(HOSTILE_KEY) === '1') addHostileData(seed)
  db.load(seed)
  const saved = sessionStorage.getItem(STATE_KEY)
  if (saved) {
    try {
      db.applyChanges(JSON.parse(saved) as Snapshot)
    } catch {
      sessionStorage.removeItem(STATE_KEY)
    }
  }
  db.onChange(() => sessionStorage.setItem(STATE_KEY, JSON.stringify(db.changesSince(seed))))

  const worker = setupWorker(...handlers)
  const apply = (names: string[]) => {
    worker.resetHandlers()
    worker.use(...handlersFor(names))
  }
  apply((sessionStorage.getItem(SCENARIO_KEY) ?? '').split(',').filter(Boolean))

  const controls = {
    scenarios: scenarioNames,
    /** Switches the active failure scenarios for this tab (none: back to the happy path). */
    use(...names: string[]) {
      sessionStorage.setItem(SCENARIO_KEY, names.join(','))
      apply(names)
    },
    reset() {
      sessionStorage.removeItem(STATE_KEY)
      db.reset()
    },
  }
  ;(window as unknown as { __mocks: typeof controls }).__mocks = controls

  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
