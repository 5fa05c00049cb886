import { screen } from '@testing-library/react'
import { renderRoute, signIn } from '@/test/render-route'

describe('document title', () => {
  it('names the page each route shows, the sign-in page included', async () => {
    const { router } = await renderRoute('/sign-in')
    await vi.waitFor(() => expect(document.title).toBe('Sign in · RCABench Containers'))

    await signIn()
    await router.navigate({ to: '/containers' })
    await vi.waitFor(() => expect(document.title).toBe('Containers · RCABench'))

    await router.navigate({ to: '/containers/$containerId', params: { containerId: 1 } })
    expect(await screen.findByRole('heading', { level: 1, name: 'detector' })).toBeInTheDocument()
    await vi.waitFor(() => expect(document.title).toBe('detector · Containers · RCABench'))
  })
})
