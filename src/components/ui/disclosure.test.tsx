import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Disclosure } from './disclosure'

describe('Disclosure', () => {
  it('renders its content when first opened, and keeps it (a draft in it survives closing)', async () => {
    const user = userEvent.setup()
    render(
      <Disclosure summary="Advanced filters">
        <input aria-label="Value" />
      </Disclosure>,
    )
    expect(screen.queryByLabelText('Value')).toBeNull()
    await user.click(screen.getByText('Advanced filters'))
    await user.type(await screen.findByLabelText('Value'), 'draft')
    await user.click(screen.getByText('Advanced filters'))
    expect(screen.getByText('Advanced filters').closest('details')).not.toHaveAttribute('open')
    expect(screen.getByLabelText('Value')).toHaveValue('draft')
  })

  it('open from the start, or once `open` turns true, it shows its content at once', () => {
    const { rerender } = render(
      <Disclosure summary="Sort">
        <p>Sort columns</p>
      </Disclosure>,
    )
    expect(screen.queryByText('Sort columns')).toBeNull()
    rerender(
      <Disclosure summary="Sort" open>
        <p>Sort columns</p>
      </Disclosure>,
    )
    expect(screen.getByText('Sort columns')).toBeVisible()
    expect(screen.getByText('Sort').closest('details')).toHaveAttribute('open')
  })
})
