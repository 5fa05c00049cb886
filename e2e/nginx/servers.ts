import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { runnerImport } from 'vite'
import type * as MockApi from '../../src/mocks/api-server'

/**
 * The nginx smoke's servers, started once for the run (global-setup.ts): the production build, made the
 * way the Dockerfile makes it, twice (served at the root, and under a base path); the mock API's handlers
 * served over HTTP from Node; and one real nginx per build, configured exactly as the image configures
 * itself (deploy/nginx/default.conf.template, filled by the build, then by envsubst as the nginx image's
 * entrypoint does) except where it listens and where the files are.
 */
export const BASE_PATH = '/containers-ui/'
/** Time between build events in the mock's trace stream: long enough to tell events arriving one by one. */
export const BUILD_STEP_MS = 1500

const root = resolve(import.meta.dirname, '../..')
const work = join(root, 'dist-nginx')

/** Ports: NGINX_SMOKE_PORT and the next one if set, else two free ones; kept in the environment so the
 * config evaluated by each worker agrees with the runner's. */
export async function smokePorts(): Promise<{ root: number; base: number }> {
  if (!process.env.NGINX_SMOKE_PORTS) {
    const first = Number(process.env.NGINX_SMOKE_PORT)
    const ports = first ? [first, first + 1] : [await freePort(), await freePort()]
    process.env.NGINX_SMOKE_PORTS = ports.join(',')
  }
  const [rootPort, basePort] = process.env.NGINX_SMOKE_PORTS.split(',').map(Number)
  return { root: rootPort!, base: basePort! }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** nginx's binary: NGINX_BIN (set by scripts/test-nginx.mjs), else `nginx` on the PATH. */
const nginxBin = () => process.env.NGINX_BIN || 'nginx'

/** The production build as `npm run build` makes it, plus the nginx template it fills (NGINX_TEMPLATE_OUT). */
function build(name: string, basePath: string) {
  const outDir = join(work, name, 'dist')
  const template = join(work, name, 'default.conf.template')
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, VITE_BASE_PATH: basePath, NGINX_TEMPLATE_OUT: template },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // As the Dockerfile does: the build without the mock worker, under the base path of nginx's root.
  rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
  if (basePath === '/') return { html: outDir, template }
  const html = join(work, name, 'html')
  const mounted = join(html, basePath.slice(0, -1))
  mkdirSync(dirname(mounted), { recursive: true })
  symlinkSync(outDir, mounted)
  return { html, template }
}

/**
 * What the nginx image's /docker-entrypoint.d/20-envsubst-on-templates.sh does with a template: envsubst
 * restricted to the variables defined in the container's environment, so nginx's own $uri, $host… stay.
 */
function envsubstLikeTheImage(template: string, env: Record<string, string>): string {
  const defined = Object.keys(env)
    .map((name) => `\${${name}}`)
    .join(' ')
  return execFileSync('envsubst', [defined], { input: readFileSync(template), env, encoding: 'utf8' })
}

/** The image's server config with the two local changes: the port it listens on and the files' folder. */
function localised(config: string, port: number, html: string): string {
  const replaceOnce = (text: string, from: string, to: string) => {
    if (text.split(from).length !== 2) throw new Error(`expected exactly one "${from}" in the nginx template`)
    return text.replace(from, to)
  }
  return replaceOnce(
    replaceOnce(config, 'listen 80;', `listen 127.0.0.1:${port};`),
    'root /usr/share/nginx/html;',
    `root ${html};`,
  )
}

/** A main nginx.conf like the image's (conf.d included in http), with its own files in `dir`. */
function mainConfig(dir: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `    ${kind}_temp_path ${join(dir, kind)};`)
    .join('\n')
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    keepalive_timeout 65;
${temp}
    include ${join(dir, 'conf.d')}/*.conf;
}
`
}

async function startNginx(name: string, serverConfig: string): Promise<ChildProcess> {
  const dir = join(work, name, 'nginx')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'conf.d'), { recursive: true })
  writeFileSync(join(dir, 'conf.d', 'default.conf'), serverConfig)
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir))
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')]
  execFileSync(nginxBin(), [...args, '-t', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const nginx = spawn(nginxBin(), args, { stdio: ['ignore', 'ignore', 'inherit'] })
  process.once('exit', () => nginx.kill())
  return nginx
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error(`nginx did not answer at ${url}`)
}

export async function startSmokeServers(): Promise<() => Promise<void>> {
  const ports = await smokePorts()
  const builds = [
    { name: 'root', basePath: '/', port: ports.root },
    { name: 'base-path', basePath: BASE_PATH, port: ports.base },
  ]
  rmSync(work, { recursive: true, force: true })
  const built = builds.map((b) => ({ ...b, ...build(b.name, b.basePath) }))

  const { module: mockApi } = await runnerImport<typeof MockApi>('/src/mocks/api-server.ts', {
    configFile: false,
    root,
    resolve: { alias: { '@': join(root, 'src') } },
  })
  const handle = mockApi.nodeHandler(mockApi.createMockApi(300, { buildStepMs: BUILD_STEP_MS }))
  const api: Server = createServer((req, res) =>
    handle(req, res, () => {
      res.writeHead(404).end()
    }),
  )
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done))
  const address = api.address()
  const apiTarget = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

  // The container's environment as the entrypoint sees it (docker run -e API_TARGET=…).
  const containerEnv = {
    PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: '/root',
    HOSTNAME: 'rcabench-containers-ui',
    NGINX_VERSION: '1.28.0',
    API_TARGET: apiTarget,
  }
  const servers = await Promise.all(
    built.map(async (b) => {
      const config = localised(envsubstLikeTheImage(b.template, containerEnv), b.port, b.html)
      const nginx = await startNginx(b.name, config)
      await waitFor(`http://127.0.0.1:${b.port}${b.basePath}`)
      return nginx
    }),
  )
  return async () => {
    for (const nginx of servers) nginx.kill('SIGQUIT')
    api.closeAllConnections()
    await new Promise((done) => api.close(done))
  }
}
