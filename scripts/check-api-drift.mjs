// Fails when src/api/schema.gen.ts is not what `npm run gen:api` makes from openapi/containers.yaml.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'api-drift-'))
const fresh = join(dir, 'schema.gen.ts')
try {
  execFileSync('npx', ['openapi-typescript', 'openapi/containers.yaml', '-o', fresh], { stdio: 'pipe' })
  execFileSync('npx', ['prettier', '--config', '.prettierrc.json', '--write', fresh], { stdio: 'pipe' })
  const committed = readFileSync('src/api/schema.gen.ts', 'utf8')
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error('src/api/schema.gen.ts is stale: run `npm run gen:api` and commit the result.')
    process.exit(1)
  }
  console.log('API document and generated client agree.')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
