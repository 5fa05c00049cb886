import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectBuildArgs, parseDockerfile } from './dockerfile'

const warnings = (text: string) => parseDockerfile(text).warnings.map((w) => `${w.line}: ${w.message}`)

describe('parseDockerfile', () => {
  it('reads global and per-stage ARGs, stages and base images', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG GO_VERSION=1.22 BASE="debian:12-slim"',
      "ARG EMPTY='' NODEFAULT",
      '',
      'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build',
      'ARG GO_VERSION',
      '# a comment',
      'RUN go build \\',
      '    -o /app \\',
      '  # comment inside a continuation',
      '    ./cmd',
      'from ${BASE} as Runtime',
      'ARG PORT=8080',
      'COPY --from=build /app /app',
      'FROM build AS test',
    ].join('\n')
    expect(parseDockerfile(text)).toEqual({
      args: [
        { name: 'GO_VERSION', defaultValue: '1.22', line: 2, global: true },
        { name: 'BASE', defaultValue: 'debian:12-slim', line: 2, global: true },
        { name: 'EMPTY', defaultValue: '', line: 3, global: true },
        { name: 'NODEFAULT', line: 3, global: true },
        { name: 'GO_VERSION', line: 6, global: false, stage: 'build' },
        { name: 'PORT', defaultValue: '8080', line: 13, global: false, stage: 'Runtime' },
      ],
      stages: ['build', 'Runtime', 'test'],
      baseImages: [
        { image: 'golang:${GO_VERSION}', line: 5, stage: 'build', resolvedImage: 'golang:1.22' },
        { image: '${BASE}', line: 12, stage: 'Runtime', resolvedImage: 'debian:12-slim' },
        { image: 'build', line: 15, stage: 'test' },
      ],
      warnings: [],
    })
  })

  it.each([
    ['FROM ubuntu', ['1: Base image ubuntu has no tag; pin a version for repeatable builds']],
    [
      'FROM ubuntu:latest',
      ['1: Base image ubuntu:latest uses the :latest tag; pin a version for repeatable builds'],
    ],
    [
      'FROM localhost:5000/team/app',
      ['1: Base image localhost:5000/team/app has no tag; pin a version for repeatable builds'],
    ],
    ['FROM localhost:5000/team/app:1.2', []],
    ['FROM ubuntu@sha256:abcd', []],
    ['FROM scratch', []],
    ['FROM SCRATCH', []],
    ['FROM node:20 AS deps\nFROM deps', []],
    ['FROM $UNKNOWN', []],
    ['FROM ${UNKNOWN:-alpine}', ['1: Base image alpine has no tag; pin a version for repeatable builds']],
    ['ARG IMG=alpine\nFROM $IMG', ['2: Base image alpine has no tag; pin a version for repeatable builds']],
    [
      'ARG TAG=latest\nFROM alpine:${TAG}',
      ['2: Base image alpine:latest uses the :latest tag; pin a version for repeatable builds'],
    ],
    ['ARG TAG\nFROM alpine:${TAG}', []],
    ['FROM a:1 AS x\nFROM b:1 AS X', ['2: Stage name X is used more than once']],
    ['', ['1: The Dockerfile is empty']],
    ['# just a comment\nRUN echo', ['1: The Dockerfile has no FROM instruction']],
    ['FROM --platform=linux/amd64', ['1: FROM needs an image name']],
    ['FROM a:1\nARG', ['2: ARG needs a name']],
  ])('warnings for %j', (text, expected) => {
    expect(warnings(text)).toEqual(expected)
  })

  it('handles \\r\\n and \\r line endings and keeps line numbers', () => {
    const r = parseDockerfile('FROM a:1 \\\r\n  AS one\r\r\nARG X=1\rFROM one')
    expect(r.stages).toEqual(['one'])
    expect(r.args).toEqual([{ name: 'X', defaultValue: '1', line: 4, global: false, stage: 'one' }])
    expect(r.baseImages.map((b) => b.line)).toEqual([1, 5])
  })

  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows:ltsc2022 `\n  AS win\nARG DIR=C:\\\nARG NEXT=1'
    const r = parseDockerfile(text)
    expect(r.stages).toEqual(['win'])
    expect(r.args.map((a) => [a.name, a.defaultValue, a.line])).toEqual([
      ['DIR', 'C:\\', 4],
      ['NEXT', '1', 5],
    ])
  })

  it('treats an escape directive after a comment as a comment', () => {
    const r = parseDockerfile('# hello\n# escape=`\nFROM a:1 `\nARG X')
    expect(r.args).toEqual([{ name: 'X', line: 4, global: false }])
  })

  it('reads quoted ARG values with spaces and escapes', () => {
    const r = parseDockerfile('ARG A="two words" B=\'single\' C="say \\"hi\\"" D="unterminated')
    expect(r.args.map((a) => [a.name, a.defaultValue])).toEqual([
      ['A', 'two words'],
      ['B', 'single'],
      ['C', 'say "hi"'],
      ['D', '"unterminated'],
    ])
  })

  it('skips heredoc bodies', () => {
    const r = parseDockerfile('FROM a:1\nRUN <<EOF\nFROM ubuntu\nARG NOPE\nEOF\nARG YES')
    expect(r.baseImages).toHaveLength(1)
    expect(r.args.map((a) => a.name)).toEqual(['YES'])
  })

  it('never throws and reports lines inside the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseDockerfile(text)
        const lineCount = text.split(/\r\n|\r|\n/).length
        for (const item of [...r.args, ...r.baseImages, ...r.warnings]) {
          expect(item.line).toBeGreaterThanOrEqual(1)
          expect(item.line).toBeLessThanOrEqual(lineCount)
        }
        expect(new Set(r.stages.map((s) => s.toLowerCase())).size).toBe(r.stages.length)
      }),
    )
  })

  it('round trips generated ARG and FROM lines', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/)
    const value = fc.stringMatching(/^[A-Za-z0-9 ._-]{0,12}$/)
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, maxLength: 5 }), (pairs) => {
        const text = `ARG ${pairs.map(([n, v]) => `${n}="${v}"`).join(' ')}\nFROM alpine:3.20 AS final`
        const r = parseDockerfile(text)
        expect(r.args.map((a) => [a.name, a.defaultValue])).toEqual(pairs.length ? pairs : [])
        expect(r.stages).toEqual(['final'])
      }),
    )
  })
})

describe('collectBuildArgs', () => {
  it('merges repeated declarations', () => {
    const r = parseDockerfile('ARG V\nARG W=2\nFROM a:1\nARG V=1\nARG W')
    expect(collectBuildArgs(r)).toEqual([
      { name: 'V', defaultValue: '1' },
      { name: 'W', defaultValue: '2' },
    ])
  })
})
