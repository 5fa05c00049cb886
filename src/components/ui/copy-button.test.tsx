import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CopyButton } from './copy-button'

describe('CopyButton', () => {
  it('copies exactly its value and says so; the notice is not carried to another value', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<CopyButton value="docker pull a:1" label="Copy pull command" />)
    const button = screen.getByRole('button', { name: 'Copy pull command' })
    await user.click(button)
    expect(await navigator.clipboard.readText()).toBe('docker pull a:1')
    expect(button).toHaveTextContent('✓ Copied')
    // The same button now holds the next page's value: it has not been copied yet.
    rerender(<CopyButton value="docker pull b:2" label="Copy pull command" />)
    expect(button).not.toHaveTextContent('✓ Copied')
    await user.click(button)
    expect(await navigator.clipboard.readText()).toBe('docker pull b:2')
    expect(button).toHaveTextContent('✓ Copied')
  })
})
