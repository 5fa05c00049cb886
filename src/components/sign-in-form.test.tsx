import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { getSession } from '@/lib/session'
import { SignInForm } from './sign-in-form'

describe('SignInForm', () => {
  it('explains bad input at the fields, focuses the first, and follows corrections as they are typed', async () => {
    const user = userEvent.setup()
    const onSignedIn = vi.fn()
    render(<SignInForm onSignedIn={onSignedIn} />)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const username = screen.getByLabelText('Username')
    expect(username).toHaveFocus()
    expect(username).toHaveAccessibleDescription('Use 3 to 20 letters, digits or underscores.')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.')
    await user.type(username, 'ad')
    expect(username).toBeInvalid()
    await user.type(username, 'min')
    expect(username).toBeValid()
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('says when the server refuses, then signs in and keeps the session where asked', async () => {
    const user = userEvent.setup()
    const onSignedIn = vi.fn()
    render(<SignInForm onSignedIn={onSignedIn} />)
    await user.type(screen.getByLabelText('Username'), ' admin ')
    await user.type(screen.getByLabelText('Password'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is not right.')
    expect(onSignedIn).not.toHaveBeenCalled()
    await user.clear(screen.getByLabelText('Password'))
    await user.type(screen.getByLabelText('Password'), 'admin123')
    await user.click(screen.getByLabelText('Keep me signed in on this computer'))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce())
    expect(getSession()).toMatchObject({ username: 'admin', persistent: true })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('checks a pasted token before sending it', async () => {
    const user = userEvent.setup()
    render(<SignInForm onSignedIn={() => {}} />)
    await user.click(screen.getByRole('tab', { name: 'API token' }))
    await user.type(screen.getByLabelText('Token'), 'two parts')
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }))
    expect(screen.getByLabelText('Token')).toHaveAccessibleDescription(
      expect.stringContaining('A token has no spaces or line breaks.'),
    )
    await user.type(screen.getByLabelText('Token'), '{Backspace}'.repeat(9) + 'not-a-token')
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('did not accept this token')
  })
})
