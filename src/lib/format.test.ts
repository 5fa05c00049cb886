import { revealInvisible } from './format'

describe('revealInvisible', () => {
  it('shows direction overrides and zero-width characters as codes, and leaves other text alone', () => {
    expect(revealInvisible('invoice\u202Egpj.exe')).toBe('invoice⟨U+202E⟩gpj.exe')
    expect(revealInvisible('ts\u200B-\uFEFFtrain')).toBe('ts⟨U+200B⟩-⟨U+FEFF⟩train')
    expect(revealInvisible('مرحبا ts-1.2.3 <script>')).toBe('مرحبا ts-1.2.3 <script>')
  })
})
