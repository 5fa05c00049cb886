import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { CheckboxField, TextField } from './fields'

function Form() {
  const { control } = useForm({ defaultValues: { commit: '', token: '', force: false } })
  return (
    <form>
      <TextField control={control} name="commit" label="Commit" help="7 to 64 hex digits." />
      <TextField control={control} name="token" label="Token" hint="Never saved." />
      <CheckboxField control={control} name="force" label="Force" help="Ignored for now." />
    </form>
  )
}

describe('a field with help on demand', () => {
  it('opens from the keyboard and is announced with the field only while shown', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Form />)
    const input = screen.getByLabelText('Commit')
    const toggle = screen.getByRole('button', { name: 'Help', description: 'Commit' })
    const help = document.getElementById(toggle.getAttribute('aria-controls')!)!

    // Closed: the text is in the page (aria-controls names it) but neither shown nor read with the field.
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(help).not.toBeVisible()
    expect(input).not.toHaveAccessibleDescription()

    // The "?" sits right after the label, before the input, in tab order; Enter opens it, Space closes it.
    await user.tab()
    expect(toggle).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(help).toBeVisible()
    expect(input).toHaveAccessibleDescription('7 to 64 hex digits.')

    await user.keyboard(' ')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(help).not.toBeVisible()
    expect(input).not.toHaveAccessibleDescription()
  })

  it('works the same on a checkbox, and a short hint stays shown without a toggle', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Form />)
    expect(screen.getByLabelText('Token')).toHaveAccessibleDescription('Never saved.')
    expect(screen.queryByRole('button', { name: 'Help', description: 'Token' })).not.toBeInTheDocument()

    const force = screen.getByRole('checkbox', { name: 'Force' })
    expect(force).not.toHaveAccessibleDescription()
    await user.click(screen.getByRole('button', { name: 'Help', description: 'Force' }))
    expect(force).toHaveAccessibleDescription('Ignored for now.')
  })
})
