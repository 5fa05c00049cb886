import { afterEach, describe, expect, it, vi } from 'vitest'
import { accountStore } from './account-store'

const numbers = (stored: unknown) =>
  Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : null

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('accountStore', () => {
  it('keeps one value per account, and per item of an account', () => {
    const store = accountStore({ name: 'test.list', read: numbers })
    store.set('ada', [1, 2])
    store.set('bob', [3])
    store.set('ada', [4], 'form')
    expect(store.get('ada')).toEqual([1, 2])
    expect(store.get('bob')).toEqual([3])
    expect(store.get('ada', 'form')).toEqual([4])
    expect(store.get('eve')).toBeNull()
    expect(localStorage.getItem('test.list.ada')).toBe('[1,2]')
    expect(localStorage.getItem('test.list.ada.form')).toBe('[4]')

    store.clear('ada')
    expect(store.get('ada')).toBeNull()
    expect(store.get('ada', 'form')).toBeNull()
    expect(store.get('bob')).toEqual([3])
  })

  it('reads corrupt or foreign values as nothing, and keeps what `read` accepts of the rest', () => {
    const store = accountStore({ name: 'test.list', read: numbers })
    localStorage.setItem('test.list.ada', '{not json')
    expect(store.get('ada')).toBeNull()
    localStorage.setItem('test.list.ada', '{"a":1}')
    expect(store.get('ada')).toBeNull()
    localStorage.setItem('test.list.ada', '[1,"two",3]')
    expect(store.get('ada')).toEqual([1, 3])
    const throwing = accountStore({
      name: 'test.list',
      read: () => {
        throw new Error('no')
      },
    })
    expect(throwing.get('ada')).toBeNull()
  })

  it('gives the same object while the stored text is unchanged', () => {
    const store = accountStore({ name: 'test.list', read: numbers })
    localStorage.setItem('test.list.ada', '[1]')
    const first = store.get('ada')
    expect(store.get('ada')).toBe(first)
    localStorage.setItem('test.list.ada', '[2]')
    expect(store.get('ada')).toEqual([2])
  })

  it('says when storage is full or disabled instead of throwing', () => {
    const store = accountStore({ name: 'test.list', read: numbers })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(store.set('ada', [1])).toBe(false)
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(store.get('ada')).toBeNull()
    expect(() => store.remove('ada')).not.toThrow()
    expect(() => store.clear('ada')).not.toThrow()
  })

  it('moves a value of the previous layout to the new one on first read', () => {
    localStorage.setItem('test.list.ada', '[1,2]')
    const v2 = accountStore({
      name: 'test.list',
      version: 2,
      read: (stored) => (stored && typeof stored === 'object' ? (stored as { n: number[] }) : null),
      migrate: (old) => ({ n: numbers(old) ?? [] }),
    })
    expect(v2.get('ada')).toEqual({ n: [1, 2] })
    expect(localStorage.getItem('test.list.v2.ada')).toBe('{"n":[1,2]}')
    expect(localStorage.getItem('test.list.ada')).toBeNull()
  })

  it('lets the first account adopt a value kept for no account', () => {
    localStorage.setItem('test.list', '[7]')
    const store = accountStore({ name: 'test.list', read: numbers, legacyKey: 'test.list' })
    expect(store.get('ada')).toEqual([7])
    expect(localStorage.getItem('test.list.ada')).toBe('[7]')
    expect(localStorage.getItem('test.list')).toBeNull()
    expect(store.get('bob')).toBeNull()
  })

  it('tells its own keys apart in storage events', () => {
    const store = accountStore({ name: 'test.list', read: numbers })
    expect(store.owns('test.list.ada')).toBe(true)
    expect(store.owns('test.listing.ada')).toBe(false)
    expect(store.owns(null)).toBe(false)
  })
})
