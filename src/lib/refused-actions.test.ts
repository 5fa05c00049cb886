import { act, renderHook } from '@testing-library/react'
import { rememberRefusal, useRefusedActions } from './refused-actions'
import { deletedContainer, rememberDeleted } from './deleted-containers'

describe('refused actions', () => {
  it('a refused edit makes delete unavailable too; a refused delete leaves edit alone', () => {
    const seven = renderHook(() => useRefusedActions(7))
    const eight = renderHook(() => useRefusedActions(8))
    expect(seven.result.current.size).toBe(0)
    act(() => rememberRefusal(7, 'edit'))
    expect([...seven.result.current].sort()).toEqual(['delete', 'edit'])
    act(() => rememberRefusal(8, 'delete'))
    expect([...eight.result.current]).toEqual(['delete'])
  })
})

describe('deleted containers', () => {
  it('remembers what this browser deleted, newest first, without duplicates', () => {
    rememberDeleted(3, 'old', 1000)
    rememberDeleted(3, 'old', 2000)
    expect(deletedContainer(3)).toEqual({ id: 3, name: 'old', deletedAt: 2000 })
    expect(deletedContainer(4)).toBeUndefined()
  })
})
