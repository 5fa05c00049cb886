import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from '@playwright/test'
import { findChromium, noChromiumMessage } from './find-chromium'

const hasPackage = (() => {
  try {
    createRequire(import.meta.url).resolve('@sparticuz/chromium')
    return process.platform === 'linux' && process.arch === 'x64'
  } catch {
    return false
  }
})()

describe('findChromium', () => {
  it('takes PLAYWRIGHT_CHROMIUM first, and says so when it points at nothing', async () => {
    expect(await findChromium({ PLAYWRIGHT_CHROMIUM: '/nowhere/chrome' })).toBe(
      'PLAYWRIGHT_CHROMIUM=/nowhere/chrome is not an executable file.',
    )
    expect(await findChromium({ PLAYWRIGHT_CHROMIUM: process.execPath })).toMatchObject({
      source: 'PLAYWRIGHT_CHROMIUM',
      executablePath: process.execPath,
    })
  })

  it('stops with one line saying how to get a browser when every source is missing', async () => {
    const found = await findChromium({ FIND_CHROMIUM_SKIP: 'playwright,system,package', PATH: '' })
    expect(found).toBe(noChromiumMessage)
    expect(noChromiumMessage).not.toContain('\n')
  })

  it.runIf(existsSync('/usr/bin/chromium'))('finds the system Chromium', async () => {
    expect(await findChromium({ FIND_CHROMIUM_SKIP: 'playwright', PATH: '' })).toMatchObject({
      source: 'system',
      executablePath: '/usr/bin/chromium',
    })
  })

  // A fresh machine: no PLAYWRIGHT_CHROMIUM, no Playwright download, no system browser. The package's
  // Chromium is unpacked and really driven by Playwright.
  it.runIf(hasPackage)(
    'falls back to the Chromium shipped in @sparticuz/chromium, which Playwright can drive',
    async () => {
      const found = await findChromium({ FIND_CHROMIUM_SKIP: 'playwright,system', PATH: '' })
      if (typeof found === 'string') throw new Error(found)
      expect(found.source).toBe('package')
      const browser = await chromium.launch({
        executablePath: found.executablePath,
        args: found.args,
        env: { ...process.env, ...found.env },
      })
      try {
        const page = await browser.newPage()
        await page.setContent('<button onclick="this.textContent = 1 + 1">add</button>')
        await page.getByRole('button').click()
        await expect.poll(() => page.getByRole('button').textContent()).toBe('2')
      } finally {
        await browser.close()
      }
    },
    120_000,
  )
})
