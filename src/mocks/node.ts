import { setupServer } from 'msw/node'
import { mockConfig } from './config'
import { db } from './db'
import { handlers } from './handlers'
import { buildSeed } from './seed'

/** The same handlers and seed as the browser, for Vitest. No latency. */
mockConfig.delay = 0
mockConfig.buildStepMs = 0
db.load(buildSeed(mockConfig.size))

export const server = setupServer(...handlers)
