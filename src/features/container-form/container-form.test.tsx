import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '@/mocks/db'
import { renderRoute, signIn } from '@/test/render-route'

describe('/containers/new as a read-only account', () => {
  it('brings the refusal into view and focus, then marks the session read-only once', async () => {
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    await signIn('viewer', 'viewer123')
    const user = userEvent.setup({ delay: null })
    const { router } = await renderRoute('/containers/new')
    await user.type(await screen.findByLabelText('Name'), 'viewer-try')
    await user.click(screen.getByRole('radio', { name: /^Algorithm/ }))
    await user.click(screen.getByRole('button', { name: 'Create container' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Insufficient permissions')
    expect(alert).toHaveFocus()
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' })

    // One banner for the session; the create actions say they are unavailable and why.
    const banners = await screen.findAllByText('Read-only account.')
    expect(banners).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Create container' })).toBeDisabled()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).queryByRole('link', { name: 'New container' })).not.toBeInTheDocument()
    expect(within(nav).getByText('New container').closest('[aria-disabled="true"]')).toHaveAttribute(
      'title',
      expect.stringMatching(/can only read/),
    )

    vi.spyOn(window, 'confirm').mockReturnValue(true) // leave the filled form
    await router.navigate({ to: '/containers' })
    await screen.findByRole('table')
    expect(screen.queryByRole('link', { name: 'New container' })).not.toBeInTheDocument()
    expect(screen.getAllByText('Read-only account.')).toHaveLength(1)
  }, 20_000)

  it('keeps the create actions for an account that can write', async () => {
    await signIn()
    await renderRoute('/containers')
    await screen.findByRole('table')
    expect(screen.getAllByRole('link', { name: 'New container' }).length).toBeGreaterThan(0)
    expect(screen.queryByText('Read-only account.')).not.toBeInTheDocument()
  })
})

describe('a container name that cannot be an image name', () => {
  it('is flagged at the field with the normalized name offered', async () => {
    await signIn()
    const user = userEvent.setup({ delay: null })
    await renderRoute('/containers/new')
    const name = await screen.findByLabelText('Name')
    await user.type(name, 'My Algo!!')
    expect(screen.getByText(/This name cannot be an image name/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use my-algo' }))
    expect(name).toHaveValue('my-algo')
    expect(screen.queryByText(/This name cannot be an image name/)).not.toBeInTheDocument()
  })

  it('never prefills an invalid image name on "Build image"', async () => {
    await signIn()
    db.containers.get(1)!.name = 'My Algo!!'
    await renderRoute('/builds/new?containerId=1')
    const image = await screen.findByLabelText('Image name')
    await vi.waitFor(() => expect(image).toHaveValue('my-algo'))
  })
})

describe('/containers/new wording', () => {
  it('says what private means for the user, without server versions', async () => {
    await signIn()
    await renderRoute('/containers/new')
    expect(await screen.findByText(/every signed-in user still sees it/)).toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/v1\.1\.45|server version/)
  })
})

describe('the new-container form reads like a form', () => {
  it('shows at most a handful of hints; the rest wait behind each label\'s "?"', async () => {
    await signIn()
    const user = userEvent.setup({ delay: null })
    await renderRoute('/containers/new')
    await user.click(await screen.findByRole('checkbox', { name: 'Also create the first version' }))
    await user.click(screen.getByRole('checkbox', { name: 'Deploy this version with a Helm chart' }))
    const form = screen.getByRole('form', { name: 'New container' })
    // Shown: the version name's semver rule and the image reference's registry; nothing that restates a label.
    const shown = [...form.querySelectorAll('.hint[id$="-hint"]')].map((hint) => hint.textContent)
    expect(shown).toEqual([
      expect.stringMatching(/^Three numbers/),
      expect.stringMatching(/with its registry/),
    ])
    const toggles = within(form).getAllByRole('button', { name: 'Help' })
    expect(toggles.length).toBeGreaterThanOrEqual(6)
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'false')
    // Each one still reaches its text: the GitHub link's "checked, but not kept".
    const github = screen.getByLabelText('GitHub repository (optional)')
    await user.click(
      screen.getByRole('button', { name: 'Help', description: 'GitHub repository (optional)' }),
    )
    expect(github).toHaveAccessibleDescription(/checked, but not kept/)
  })
})
