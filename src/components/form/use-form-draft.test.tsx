import { act, renderHook } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { loadDraft } from '@/lib/drafts'
import { useFormDraft } from './use-form-draft'

const defaults = { name: '' }

function useDraftedForm() {
  const form = useForm({ defaultValues: defaults })
  return { form, draft: useFormDraft(form, 'test-form', defaults) }
}

describe('useFormDraft', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves the values a moment after the last edit', () => {
    const { result } = renderHook(useDraftedForm)
    act(() => result.current.form.setValue('name', 'newcomer-rca'))
    expect(loadDraft('test-form')).toBeNull()
    act(() => vi.advanceTimersByTime(300))
    expect(loadDraft('test-form')?.value).toEqual({ name: 'newcomer-rca' })
  })

  it('clear() after a submit cancels the save still pending, so the old draft does not come back', () => {
    const { result } = renderHook(useDraftedForm)
    act(() => result.current.form.setValue('name', 'newcomer-rca'))
    // The server answered within the autosave delay of the last keystroke.
    act(() => result.current.draft.clear())
    act(() => vi.advanceTimersByTime(1000))
    expect(loadDraft('test-form')).toBeNull()
  })
})
