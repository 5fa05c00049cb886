import { execFileSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { chromium } from '@playwright/test'

/**
 * The Chromium that Playwright (e2e, the nginx smoke) and the benchmark drive, found in this order:
 *   1. PLAYWRIGHT_CHROMIUM, a path to a Chrome or Chromium binary ("bundled": go on with 2);
 *   2. Playwright's own browsers (`npx playwright install chromium`);
 *   3. a system Chromium or Chrome (Debian's /usr/bin/chromium, google-chrome, … on the PATH);
 *   4. the Chromium inside the optional npm package @sparticuz/chromium (Linux x64), which `npm ci`
 *      installs: its brotli-packed binary is unpacked once into the temp directory.
 * FIND_CHROMIUM_SKIP=playwright,system,package skips sources (to check a fresh machine's path here).
 */
export type ChromiumChoice = {
  source: 'PLAYWRIGHT_CHROMIUM' | 'playwright' | 'system' | 'package'
  executablePath: string
  args: string[]
  /** Extra environment for the browser process (libraries the package brings), if any. */
  env?: Record<string, string>
}

/**
 * Headless in a container or CI: no sandbox (root), no GPU, no background traffic, and no omnibox popups:
 * Chromium 156 builds its address bar's two WebUI popups (about 300 modules, two more renderer processes)
 * for every new window, so each fresh test or bench context competed with them for the 2 cores while its
 * own page loaded (a page under test has no address bar to use them).
 */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
]

const systemNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const noChromiumMessage =
  'No Chromium found for the browser tests: set PLAYWRIGHT_CHROMIUM=/path/to/chrome, run `npx playwright install chromium`, install a system Chromium (Debian: apt-get install chromium), or run `npm install` on Linux x64 to get @sparticuz/chromium.'

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function systemChromium(env: NodeJS.ProcessEnv): string | undefined {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => systemNames.map((name) => join(dir, name)))
  return [...systemPaths, ...onPath].find(executable)
}

/** NSS, which the package's binary links against, is not on every machine; the package brings a copy. */
const libDirs = ['/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu', '/usr/lib64', '/lib64', '/usr/lib']

async function packageChromium(): Promise<ChromiumChoice | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined
  let Packed: { executablePath(): Promise<string> }
  try {
    Packed = (await import('@sparticuz/chromium')).default
  } catch {
    return undefined
  }
  const executablePath = await Packed.executablePath()
  if (libDirs.some((dir) => existsSync(join(dir, 'libnss3.so'))))
    return { source: 'package', executablePath, args }
  const libs = join(tmpdir(), 'al2023')
  if (!existsSync(join(libs, 'lib', 'libnss3.so'))) {
    // The package's entry is build/cjs/index.cjs; its packed files are in bin/.
    const packed = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '../../bin')
    mkdirSync(libs, { recursive: true })
    execFileSync('tar', ['-x', '-C', libs], {
      input: brotliDecompressSync(readFileSync(join(packed, 'al2023.tar.br'))),
    })
  }
  return {
    source: 'package',
    executablePath,
    args,
    env: { LD_LIBRARY_PATH: [join(libs, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
  }
}

/** The first Chromium found, or an error message saying how to get one. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice | string> {
  const skip = new Set((env.FIND_CHROMIUM_SKIP ?? '').split(',').map((s) => s.trim()))
  const wanted = env.PLAYWRIGHT_CHROMIUM
  if (wanted && wanted !== 'bundled') {
    if (!executable(wanted)) return `PLAYWRIGHT_CHROMIUM=${wanted} is not an executable file.`
    return { source: 'PLAYWRIGHT_CHROMIUM', executablePath: wanted, args }
  }
  if (!skip.has('playwright')) {
    const own = chromium.executablePath()
    if (own && executable(own)) return { source: 'playwright', executablePath: own, args }
  }
  if (!skip.has('system')) {
    const system = systemChromium(env)
    if (system) return { source: 'system', executablePath: system, args }
  }
  if (!skip.has('package')) {
    const packaged = await packageChromium()
    if (packaged) return packaged
  }
  return noChromiumMessage
}

/** For configs and scripts: the Chromium's launch options, or stop with the one line saying how to get one. */
export async function chromiumLaunchOptions() {
  const found = await findChromium()
  if (typeof found === 'string') {
    console.error(found)
    process.exit(1)
  }
  return {
    executablePath: found.executablePath,
    args: found.args,
    ...(found.env ? { env: { ...process.env, ...found.env } as Record<string, string> } : {}),
  }
}
