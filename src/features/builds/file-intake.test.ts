import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { fileKind, groupLocalFiles, readDroppedText, readFolder, readOneFile } from './file-intake'

const local = (name: string, content: string | Uint8Array<ArrayBuffer>, path = name) => ({
  file: new File([content], name),
  path,
})

describe('fileKind', () => {
  it('recognises the files the form reads', () => {
    expect(fileKind('Dockerfile')).toBe('dockerfile')
    expect(fileKind('api.dockerfile')).toBe('dockerfile')
    expect(fileKind('info.toml')).toBe('info-toml')
    expect(fileKind('src.tar.gz')).toBe('archive')
    expect(fileKind('builds.yml')).toBe('batch')
    expect(fileKind('notes.txt')).toBeNull()
  })
})

describe('readOneFile', () => {
  it('reads a Dockerfile', async () => {
    const f = await readOneFile(local('Dockerfile', 'ARG A=1\nFROM alpine:3 AS build\n'))
    expect(f).toMatchObject({ kind: 'dockerfile', path: 'Dockerfile', parsed: { stages: ['build'] } })
  })
  it('reads the name of an info.toml, and names a broken one with the reason', async () => {
    expect(await readOneFile(local('info.toml', 'name = "x"'))).toMatchObject({
      kind: 'info-toml',
      imageName: 'x',
    })
    expect(await readOneFile(local('info.toml', 'name = '))).toMatchObject({
      kind: 'rejected',
      name: 'info.toml',
      reason: expect.stringMatching(/not valid TOML/),
    })
  })
  it('reads a batch file, and rejects files it does not know', async () => {
    const batch = await readOneFile(local('b.yaml', '- github_repository: a/b\n  image_name: x\n- {}\n'))
    expect(batch).toMatchObject({ kind: 'batch', items: [{ ok: true }, { ok: false }] })
    expect(await readOneFile(local('notes.txt', 'hi'))).toMatchObject({ kind: 'rejected', name: 'notes.txt' })
  })
  it('lists the build files of a zip archive', async () => {
    const zip: Uint8Array<ArrayBuffer> = zipSync({
      'repo-main/svc/Dockerfile': new TextEncoder().encode('FROM x'),
      'repo-main/info.toml': new Uint8Array(1),
    })
    const f = await readOneFile(local('repo.zip', zip))
    expect(f).toMatchObject({
      kind: 'context',
      source: 'archive',
      files: {
        root: 'repo-main',
        contexts: [{ contextDir: 'svc', dockerfilePath: 'svc/Dockerfile' }],
        infoTomls: ['info.toml'],
      },
    })
  })
  it('names a file that is not a real archive', async () => {
    expect(await readOneFile(local('x.zip', 'not a zip at all, just text'))).toMatchObject({
      kind: 'rejected',
    })
    expect(await readOneFile(local('empty.tar', ''))).toMatchObject({
      kind: 'rejected',
      reason: 'The archive is empty',
    })
  })
})

describe('readFolder', () => {
  it('lists a folder relative to its top and reads a chosen file', async () => {
    const f = readFolder([
      local('Dockerfile', 'FROM a', 'proj/api/Dockerfile'),
      local('info.toml', 'name = "api"', 'proj/api/info.toml'),
      local('x.js', '', 'proj/node_modules/x/Dockerfile'),
    ])
    if (f.kind !== 'context') throw new Error('expected a context')
    expect(f.files.contexts).toEqual([{ contextDir: 'api', dockerfilePath: 'api/Dockerfile' }])
    expect(await f.read!('api/info.toml')).toBe('name = "api"')
    expect(await f.read!('nope')).toBeNull()
  })
  it('groups picked files into loose files and folders', () => {
    const g = groupLocalFiles([local('Dockerfile', ''), local('a', '', 'dir/a'), local('b', '', 'dir/b')])
    expect(g.loose).toHaveLength(1)
    expect(g.folders).toHaveLength(1)
    expect(g.folders[0]).toHaveLength(2)
  })
})

describe('readDroppedText', () => {
  it('reads a GitHub link from a tab, and says when the text is not one', () => {
    expect(readDroppedText({ uriList: 'https://github.com/acme/a/blob/main/svc/Dockerfile' })).toMatchObject({
      kind: 'github',
      url: { repository: 'acme/a', branch: 'main', subPath: 'svc', dockerfilePath: 'Dockerfile' },
    })
    expect(readDroppedText({ text: 'https://example.com/x' })).toMatchObject({ kind: 'rejected' })
    expect(readDroppedText({})).toBeNull()
  })
})
