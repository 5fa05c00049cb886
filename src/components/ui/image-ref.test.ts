import { isMutableTag, splitForDisplay } from './image-ref'

describe('splitForDisplay', () => {
  it('keeps repository and tag whole, registry and namespace in the shrinkable head', () => {
    expect(splitForDisplay('registry.example.com:5000/rca/graph-scope:v2.1.0')).toEqual({
      head: 'registry.example.com:5000/rca/',
      tail: 'graph-scope:v2.1.0',
    })
    expect(splitForDisplay('nginx:1.25')).toEqual({ head: '', tail: 'nginx:1.25' })
    expect(splitForDisplay('ghcr.io/a/b@sha256:abc/def')).toEqual({
      head: 'ghcr.io/a/',
      tail: 'b@sha256:abc/def',
    })
  })
})

describe('isMutableTag', () => {
  it('flags latest and a missing tag, not version tags or digests', () => {
    expect(isMutableTag('docker.io/opspai/detector:latest')).toBe(true)
    expect(isMutableTag('localhost:5000/detector')).toBe(true)
    expect(isMutableTag('docker.io/opspai/detector:1.0.0')).toBe(false)
    expect(isMutableTag('docker.io/opspai/detector@sha256:0123')).toBe(false)
  })
})
