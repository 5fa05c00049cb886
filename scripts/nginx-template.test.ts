import { basePathOf, contentSecurityPolicy, renderNginxTemplate } from '../vite.config'

// The nginx template as the build fills it (the nginx smoke, e2e/nginx, runs it in real nginx).
describe('the nginx template filled by the build', () => {
  const policy = contentSecurityPolicy(undefined)

  it('sends the build’s own policy as a header, plus frame-ancestors', () => {
    const config = renderNginxTemplate({ basePath: '/', policy })
    expect(config).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`)
    expect(config).not.toContain('{{')
  })

  it('leaves only ${API_TARGET} for the image to fill; nginx’s own variables stay', () => {
    const config = renderNginxTemplate({ basePath: '/containers-ui/', policy })
    expect(new Set(config.match(/\$\{\w+\}/g))).toEqual(new Set(['${API_TARGET}']))
    expect(config).toContain('try_files $uri /containers-ui/index.html;')
    expect(config).toContain('location /containers-ui/assets/ {')
    expect(config).toContain('location /api/ {')
  })

  it('takes the base path from VITE_BASE_PATH with or without slashes, and refuses odd ones', () => {
    expect(basePathOf(undefined)).toBe('/')
    expect(basePathOf('containers-ui')).toBe('/containers-ui/')
    expect(basePathOf('/tools/containers-ui/')).toBe('/tools/containers-ui/')
    expect(() => renderNginxTemplate({ basePath: '/a b/', policy })).toThrow(/VITE_BASE_PATH/)
    expect(() => renderNginxTemplate({ basePath: '/x";/', policy })).toThrow(/VITE_BASE_PATH/)
  })
})
