import { getResponse } from 'msw'
import { mockConfig } from './config'
import { db } from './db'
import { handlers } from './handlers'
import { buildSeed } from './seed'

/**
 * The mock backend as a plain request → response function, for serving the same handlers and seed over
 * real HTTP from Node (`npm run bench` puts it behind `vite preview`). The page then carries only the app:
 * no service worker start-up and no mock store in its heap, as against a real server.
 */
export function createMockApi(size: number): (request: Request) => Promise<Response | undefined> {
  mockConfig.delay = 0
  mockConfig.size = size
  mockConfig.buildStepMs = 50
  db.load(buildSeed(size))
  return (request) => getResponse(handlers, request)
}
