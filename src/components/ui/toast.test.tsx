import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { showToast, Toaster } from './toast'

describe('Toaster', () => {
  it('announces finished background work and can be dismissed', async () => {
    render(<Toaster />)
    act(() => showToast('The build of detector:1.0.1 finished.'))
    expect(screen.getByRole('status')).toHaveTextContent('The build of detector:1.0.1 finished.')
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
