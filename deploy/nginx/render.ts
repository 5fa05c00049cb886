import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The nginx template in the repository, with build-time markers and nginx-image ${VARIABLES}. */
export const nginxTemplatePath = fileURLToPath(new URL('./default.conf.template', import.meta.url))

/**
 * The build-time step of the nginx template (see its header): the base path the app is built for, and the
 * build's own Content Security Policy plus `frame-ancestors 'none'` (a <meta> policy cannot carry it).
 * What is left, `${API_TARGET}`, is filled by the nginx image at container start.
 */
export function renderNginxTemplate({ basePath, policy }: { basePath: string; policy: string }): string {
  if (!/^\/([\w.~-]+\/)*$/.test(basePath))
    throw new Error(`base path must start and end with "/" and hold only path segments: ${basePath}`)
  return readFileSync(nginxTemplatePath, 'utf8')
    .replaceAll('{{BASE_PATH}}', basePath)
    .replaceAll('{{CONTENT_SECURITY_POLICY}}', `${policy}; frame-ancestors 'none'`)
}
