import { applyTheme, readTheme, setTheme } from './theme'

describe('theme', () => {
  afterEach(() => setTheme('system'))

  it('keeps a picked theme in this browser and writes it to <html data-theme>', () => {
    setTheme('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(readTheme()).toBe('dark')
    delete document.documentElement.dataset.theme
    applyTheme() // as on the next page load
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('follows the system setting when none is picked', () => {
    setTheme('light')
    setTheme('system')
    expect(readTheme()).toBe('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })
})
