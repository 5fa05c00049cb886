import { FIRST_RENDER_WAIT_MS, waitBriefly } from './loader-utils'

describe('waitBriefly (a list page entered waits a moment for its data)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const settled = (promise: Promise<unknown>) => {
    let done = false
    void promise.then(() => (done = true))
    return () => done
  }

  it('lets the page render as soon as its data is there', async () => {
    const done = settled(waitBriefly(Promise.resolve('rows')))
    await vi.advanceTimersByTimeAsync(0)
    expect(done()).toBe(true)
  })

  it('waits no longer than its limit: slower data shows the loading rows', async () => {
    const done = settled(waitBriefly(new Promise(() => undefined)))
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1)
    expect(done()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done()).toBe(true)
  })

  it('never fails the route: a failed request is the page’s own error to show', async () => {
    const done = settled(waitBriefly(Promise.reject(new Error('500'))))
    await vi.advanceTimersByTimeAsync(0)
    expect(done()).toBe(true)
  })
})
