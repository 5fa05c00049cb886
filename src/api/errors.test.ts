import { ApiError, classifyStatus, describeError, isRetryable } from './errors'

describe('classifyStatus', () => {
  it.each([
    [401, 'Unauthorized: token is required', 'unauthenticated'],
    [403, 'Insufficient permissions', 'forbidden'],
    [409, 'failed to create container: Record already exists', 'conflict'],
    [400, 'Invalid request parameters: name cannot be empty', 'validation'],
    [404, '404 page not found', 'not-found'],
    [500, 'failed to find container with id 42: record not found', 'not-found'],
    [500, 'failed to find container version with id 9: record not found', 'not-found'],
    [500, 'failed to batch create container versions: duplicated key not allowed', 'server'],
    [500, 'record not found in cache, retrying', 'server'],
    [502, 'Bad gateway', 'server'],
  ] as const)('%i %s → %s', (status, message, kind) => {
    expect(classifyStatus(status, message)).toBe(kind)
  })
})

describe('ApiError', () => {
  it('keeps the server message verbatim', () => {
    const error = new ApiError(
      400,
      'Invalid request parameters: invalid semantic version: v1, expected integer',
    )
    expect(error.message).toBe('Invalid request parameters: invalid semantic version: v1, expected integer')
    expect(describeError(error)).toBe(error.message)
  })

  it('retries only what a retry can fix', () => {
    expect(isRetryable(new ApiError(500, 'boom'))).toBe(true)
    expect(isRetryable(new ApiError(0, 'offline', 'network'))).toBe(true)
    expect(isRetryable(new ApiError(500, 'failed to find container with id 1: record not found'))).toBe(false)
    expect(isRetryable(new ApiError(400, 'bad'))).toBe(false)
    expect(isRetryable(new ApiError(401, 'Unauthorized'))).toBe(false)
    expect(isRetryable(new Error('plain'))).toBe(false)
  })
})
