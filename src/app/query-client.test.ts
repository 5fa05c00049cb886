import { ApiError } from '@/api/errors'
import { createQueryClient } from './query-client'

const retry = createQueryClient().getDefaultOptions().queries!.retry as (n: number, e: unknown) => boolean

describe('query retry policy', () => {
  it('retries server errors and network drops up to three times', () => {
    expect(retry(0, new ApiError(500, 'boom'))).toBe(true)
    expect(retry(2, new ApiError(0, 'down', 'network'))).toBe(true)
    expect(retry(3, new ApiError(500, 'boom'))).toBe(false)
  })

  it('does not retry a timeout: the user already waited, they get the message and a retry button', () => {
    expect(retry(0, new ApiError(0, 'No answer after 30 seconds.', 'timeout'))).toBe(false)
  })

  it('does not retry client errors', () => {
    expect(retry(0, new ApiError(400, 'bad'))).toBe(false)
    expect(retry(0, new ApiError(401, 'Unauthorized'))).toBe(false)
  })
})
