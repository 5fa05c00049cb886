import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { getSession } from '@/lib/session'
import { renderRoute, signIn } from '@/test/render-route'

describe('signing out', () => {
  it('asks first when a form holds unsaved input, and keeps the input when the user stays', async () => {
    await signIn()
    const user = userEvent.setup({ delay: null })
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false)
    const { router } = await renderRoute('/containers/new')
    const name = await screen.findByLabelText('Name')
    await user.type(name, 'half-typed')

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Sign out\? What you typed/))
    expect(getSession()).not.toBeNull()
    expect(router.state.location.pathname).toBe('/containers/new')
    expect(name).toHaveValue('half-typed')

    confirm.mockReturnValue(true)
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(getSession()).toBeNull()
  })

  it('does not ask when nothing is unsaved', async () => {
    await signIn()
    const confirm = vi.spyOn(window, 'confirm')
    await renderRoute('/containers')
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(confirm).not.toHaveBeenCalled()
  })
})
