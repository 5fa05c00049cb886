import { describe, expect, it } from 'vitest'
import { parseEnvFile } from './env-file'

describe('parseEnvFile', () => {
  it('reads keys and values, skipping blank lines and comments', () => {
    const { entries, problems } = parseEnvFile('# settings\n\nLOG_LEVEL=debug\r\n  PORT = 8080  \n')
    expect(entries).toEqual([
      { key: 'LOG_LEVEL', value: 'debug', line: 3 },
      { key: 'PORT', value: '8080', line: 4 },
    ])
    expect(problems).toEqual([])
  })

  it('accepts an export prefix, quotes, empty values and inline comments', () => {
    const text = [
      'export A=1',
      'B="two words # not a comment"',
      "C='single $quoted'",
      'D=',
      'E=""',
      'F=value # a comment',
      'G="line\\nbreak" # trailing',
      'H=a#b',
    ].join('\n')
    expect(parseEnvFile(text).entries.map((e) => [e.key, e.value])).toEqual([
      ['A', '1'],
      ['B', 'two words # not a comment'],
      ['C', 'single $quoted'],
      ['D', ''],
      ['E', ''],
      ['F', 'value'],
      ['G', 'line\nbreak'],
      ['H', 'a#b'],
    ])
  })

  it('reports invalid keys, missing "=", unclosed quotes, with line numbers', () => {
    const { entries, problems } = parseEnvFile(
      'lower=1\nNO_EQUALS\n=x\nOK=1\nBAD KEY=2\n9START=3\nQ="open\nDASH-KEY=4\n',
    )
    expect(entries.map((e) => e.key)).toEqual(['OK'])
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 5, 6, 7, 8])
    expect(problems[0]!.message).toMatch(/"lower": Use capital letters/)
    expect(problems[1]!.message).toMatch(/no "="/)
    expect(problems[2]!.message).toMatch(/empty/)
    expect(problems[5]!.message).toMatch(/never closed/)
  })

  it('keeps the last value of a repeated key and says so', () => {
    const { entries, problems } = parseEnvFile('A=1\nA=2\n')
    expect(entries).toEqual([{ key: 'A', value: '2', line: 2 }])
    expect(problems).toEqual([{ line: 2, message: 'A is also set on line 1; the later value is used' }])
  })

  it('ignores a byte-order mark and reads an empty file as nothing', () => {
    expect(parseEnvFile('\uFEFFA=1').entries).toEqual([{ key: 'A', value: '1', line: 1 }])
    expect(parseEnvFile('')).toEqual({ entries: [], problems: [] })
  })
})
