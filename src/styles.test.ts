import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cssFiles(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  )

describe('design tokens', () => {
  it('no custom property is defined as itself (which the browser reads as unset: a transparent header)', () => {
    const selfReferences = cssFiles(join(import.meta.dirname)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(--[\w-]+)\s*:\s*var\(\s*\1\s*[,)]/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    )
    expect(selfReferences).toEqual([])
  })
})
