import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { db } from '@/mocks/db'
import { server } from '@/mocks/node'

// A request without a handler fails the test instead of silently reaching the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  db.reset()
  sessionStorage.clear()
  localStorage.clear()
})
afterAll(() => server.close())

// React warnings are bugs: console.error / console.warn fail the test unless a test expects them.
for (const method of ['error', 'warn'] as const) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called: ${args.map(String).join(' ')}`)
  })
}
