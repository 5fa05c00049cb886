// `npm run test:nginx`: the nginx smoke (e2e/nginx). It needs Debian's nginx (and envsubst, from
// gettext-base). Where they are missing it is skipped with one line, except in CI, where it must run
// (.ci/run installs them). Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

const find = (name, extra = []) =>
  [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...extra]
    .map((dir) => join(dir, name))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK)
        return true
      } catch {
        return false
      }
    })

const nginx = find('nginx', ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'])
const envsubst = find('envsubst')
const missing = [!nginx && 'nginx', !envsubst && 'envsubst'].filter(Boolean)
if (missing.length) {
  const line = `nginx smoke: ${missing.join(' and ')} not found (Debian: apt-get install nginx gettext-base)`
  if (process.env.CI) {
    console.error(`${line}; CI must run it.`)
    process.exit(1)
  }
  console.log(`${line}; skipped.`)
  process.exit(0)
}

const run = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/nginx', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NGINX_BIN: nginx },
})
process.exit(run.status ?? 1)
