import { versionNeighbours } from './neighbours'

const versions = [
  { id: 1, name: '1.0.0' },
  { id: 2, name: '1.10.0' },
  { id: 3, name: '1.2.0' },
  { id: 4, name: '1.2.0-rc.1' },
  { id: 5, name: 'not-a-version' },
]

describe('versionNeighbours', () => {
  it('uses semantic order, not row order', () => {
    expect(versionNeighbours(versions, 3)).toEqual({ previous: versions[3], next: versions[1] })
    expect(versionNeighbours(versions, 4)).toEqual({ previous: versions[0], next: versions[2] })
  })

  it('has no previous for the lowest and puts unparsable names last', () => {
    expect(versionNeighbours(versions, 1)).toEqual({ previous: undefined, next: versions[3] })
    expect(versionNeighbours(versions, 2)).toEqual({ previous: versions[2], next: versions[4] })
    expect(versionNeighbours(versions, 5)).toEqual({ previous: versions[1], next: undefined })
  })

  it('is empty for an id that is not in the list', () => {
    expect(versionNeighbours(versions, 99)).toEqual({})
    expect(versionNeighbours([], 1)).toEqual({})
  })
})
