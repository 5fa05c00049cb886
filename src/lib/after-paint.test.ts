import { afterNextPaint } from './after-paint'

describe('afterNextPaint', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  )
  afterEach(() => vi.useRealTimers())

  it('runs after the next frame, not in it', () => {
    const done = vi.fn()
    afterNextPaint(done)
    vi.advanceTimersToNextFrame()
    expect(done).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(done).toHaveBeenCalledOnce()
  })

  it('does nothing once cancelled, before or after the frame', () => {
    const early = vi.fn()
    afterNextPaint(early)()
    const late = vi.fn()
    const cancel = afterNextPaint(late)
    vi.advanceTimersToNextFrame()
    cancel()
    vi.advanceTimersByTime(20)
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
})
