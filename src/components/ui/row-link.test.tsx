import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderRoute, signIn } from '@/test/render-route'

async function listLinks() {
  const view = await renderRoute('/containers')
  const links = within(await screen.findByRole('table')).getAllByRole('link')
  return { ...view, links }
}

describe('RowLink (the name link of a container row)', () => {
  afterEach(() => vi.useRealTimers())

  it('is a real link whose plain click opens the page inside the app', async () => {
    await signIn()
    const { router, links } = await listLinks()
    const href = links[0]!.getAttribute('href')!
    expect(href).toMatch(/^\/containers\/\d+$/)
    // fireEvent returns false when the handler prevented the browser's own navigation.
    expect(fireEvent.click(links[0]!)).toBe(false)
    expect(await screen.findByRole('tab', { name: /Overview/ })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(href)
  })

  it('leaves a modified or middle click to the browser (new tab, new window)', async () => {
    await signIn()
    const { router, links } = await listLinks()
    // Seen after the app's handlers (React listens at its root), then stopped: jsdom cannot open a tab.
    const leftToBrowser: boolean[] = []
    const record = (event: Event) => {
      leftToBrowser.push(!event.defaultPrevented)
      event.preventDefault()
    }
    window.addEventListener('click', record)
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      fireEvent.click(links[0]!, init)
    }
    window.removeEventListener('click', record)
    expect(leftToBrowser).toEqual([true, true, true, true])
    expect(router.state.location.pathname).toBe('/containers')
  })

  it('preloads the page after the preload delay on hover or focus, and not when the pointer leaves first', async () => {
    await signIn()
    const { router, links } = await listLinks()
    router.update({ ...router.options, defaultPreload: 'intent', defaultPreloadDelay: 50 })
    const preload = vi.spyOn(router, 'preloadRoute').mockResolvedValue(undefined)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const id = (link: HTMLElement) => Number(link.getAttribute('href')!.split('/').pop())

    fireEvent.mouseEnter(links[0]!)
    vi.advanceTimersByTime(49)
    expect(preload).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(preload).toHaveBeenCalledExactlyOnceWith({
      to: '/containers/$containerId',
      params: { containerId: id(links[0]!) },
    })

    fireEvent.mouseEnter(links[1]!)
    fireEvent.mouseLeave(links[1]!)
    vi.advanceTimersByTime(100)
    expect(preload).toHaveBeenCalledTimes(1)

    fireEvent.focus(links[2]!)
    vi.advanceTimersByTime(50)
    expect(preload).toHaveBeenLastCalledWith({
      to: '/containers/$containerId',
      params: { containerId: id(links[2]!) },
    })
  })
})
