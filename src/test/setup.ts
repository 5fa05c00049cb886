import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { db } from '@/mocks/db'
import { server } from '@/mocks/node'
import { setActEnvironment } from './render-route'

let logged: string[] = []

// A request without a handler fails the test instead of silently reaching the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  setActEnvironment(true)
  server.resetHandlers()
  db.reset()
  sessionStorage.clear()
  localStorage.clear()
  const messages = logged
  logged = []
  if (messages.length)
    throw new Error(`The test logged ${messages.length} warning(s):\n${messages.join('\n')}`)
})
afterAll(() => server.close())

// React warnings are bugs: a test that calls console.error / console.warn fails, unless it expects the
// call (its own vi.spyOn(console, ...).mockImplementation replaces this one). Installed before each test,
// because `restoreMocks` undoes spies between tests. The messages are collected and the test failed
// afterwards: an exception thrown inside React's own logging could be swallowed.
beforeEach(() => {
  logged = []
  for (const method of ['error', 'warn'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${method}: ${args.map(String).join(' ')}`)
    })
})
