import { containerTypes, statusCodeOf, statusLabel, typeCodeOf, typeLabel } from './enums'
import { containerDetailSchema, containerSchema } from './wire'

describe('wire enums', () => {
  it('maps response names to request codes', () => {
    expect(typeCodeOf('algorithm')).toBe(0)
    expect(typeCodeOf('benchmark')).toBe(1)
    expect(typeCodeOf('pedestal')).toBe(2)
    expect(statusCodeOf('deleted')).toBe(-1)
    expect(statusCodeOf('disabled')).toBe(0)
    expect(statusCodeOf('enabled')).toBe(1)
    expect(containerTypes).toHaveLength(3)
  })

  it('reads unknown names as unknown instead of failing', () => {
    const parsed = containerSchema({
      id: 1,
      name: 'x',
      type: 'quantum',
      is_public: true,
      status: 'archived',
      created_at: '2025-01-01T00:00:00+08:00',
      updated_at: '2025-01-01T00:00:00+08:00',
    })
    expect(parsed.type).toBe('unknown')
    expect(parsed.status).toBe('unknown')
    expect(typeLabel(parsed.type)).toBe('Unknown type')
    expect(statusLabel(parsed.status)).toBe('Unknown status')
    expect(parsed).not.toHaveProperty('labels')
  })

  it('reads a null labels list on the detail as an empty one, and leaves labels off list rows', () => {
    const row = {
      id: 1,
      name: 'x',
      type: 'algorithm',
      is_public: true,
      status: 'enabled',
      created_at: '',
      updated_at: '',
    }
    expect(containerDetailSchema({ ...row, labels: null, readme: '', versions: null }).labels).toEqual([])
    expect(containerSchema({ ...row, labels: [{ key: 'k', value: 'v' }] })).not.toHaveProperty('labels')
  })
})
