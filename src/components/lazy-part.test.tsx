import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { lazyPart } from './lazy-part'

const Panel = () => <p>The panel</p>

describe('lazyPart (a part of a page whose code loads later)', () => {
  it('offline: waits for the connection, then loads the part', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const load = vi
      .fn<() => Promise<typeof Panel>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Panel)
    const Part = lazyPart(load)
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Part />
      </Suspense>,
    )
    await screen.findByText('Loading')
    await act(async () => {
      await Promise.resolve()
    })
    expect(load).toHaveBeenCalledTimes(1)
    onLine.mockReturnValue(true)
    await act(async () => {
      window.dispatchEvent(new Event('online'))
      await Promise.resolve()
    })
    expect(await screen.findByText('The panel')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('online: a part that cannot be loaded says so in its place, and the page stays', async () => {
    const Part = lazyPart(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))
    render(
      <main>
        <h1>The page</h1>
        <Suspense fallback={null}>
          <Part />
        </Suspense>
      </main>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('This part of the page could not be loaded.')
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument()
  })
})
