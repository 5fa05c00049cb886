import type { ContainerDetail } from '@/api/wire'
import { editContainerDefaults, toUpdateContainerRequest } from './edit-container-schema'

const container = {
  id: 7,
  name: 'detector',
  type: 'algorithm',
  is_public: true,
  status: 'enabled',
  created_at: '',
  updated_at: '',
  labels: [],
  readme: '# Detector\n',
  versions: [],
} satisfies ContainerDetail

describe('toUpdateContainerRequest', () => {
  const current = editContainerDefaults(container)

  it('sends nothing when nothing changed', () => {
    expect(toUpdateContainerRequest(current, current)).toEqual({})
  })

  it('sends only the changed fields, the status as 0 or 1 and the README verbatim', () => {
    expect(toUpdateContainerRequest({ ...current, status: 'disabled' }, current)).toEqual({ status: 0 })
    expect(toUpdateContainerRequest({ ...current, visibility: 'private' }, current)).toEqual({
      is_public: false,
    })
    expect(toUpdateContainerRequest({ ...current, readme: '  spaced  ' }, current)).toEqual({
      readme: '  spaced  ',
    })
    expect(toUpdateContainerRequest({ ...current, readme: '' }, current)).toEqual({ readme: '' })
  })

  it('leaves an unknown status alone unless the user picks one', () => {
    const odd = editContainerDefaults({ ...container, status: 'unknown' })
    expect(odd.status).toBe('')
    expect(toUpdateContainerRequest(odd, odd)).toEqual({})
    expect(toUpdateContainerRequest({ ...odd, status: 'enabled' }, odd)).toEqual({ status: 1 })
  })
})
