/**
 * scripts/release.mjs on a throwaway git repository (with a bare one as its remote): the checks
 * that stop a release (stale dist/, no changelog section, a tag that is not HEAD, a version that
 * disagrees), and the major/minor tags before and after, locally and on the remote.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const SCRIPT = path.resolve(import.meta.dirname, '../scripts/release.mjs')
const root = mkdtempSync(path.join(tmpdir(), 'fwd-release-'))
const repo = path.join(root, 'work')
const remote = path.join(root, 'remote.git')
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.test',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.test',
  // The test repo's "bundler": dist/index.js is src/index.js with a banner.
  RELEASE_BUILD_COMMAND: 'node build.mjs'
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
}

function release(...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, env, encoding: 'utf8' })
  return { status: run.status, out: run.stdout, err: run.stderr }
}

/** Every v* tag and the commit it names, locally or in the bare remote. */
function tags(where = repo): Record<string, string> {
  const out = execFileSync(
    'git',
    ['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/tags'],
    {
      cwd: where,
      encoding: 'utf8'
    }
  )
  const pairs = out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line): [string, string] => {
      const [name, commit] = line.split(' ')
      return [name, commit]
    })
  return Object.fromEntries(pairs)
}

/** Commits a version: source, changelog section, and (unless `staleDist`) the rebuilt bundle. */
function commitVersion(
  version: string,
  options: { staleDist?: boolean; changelog?: boolean } = {}
) {
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'x', version }, null, 2))
  writeFileSync(path.join(repo, 'src/index.js'), `console.log('${version}')\n`)
  const changelog = readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8')
  const section =
    options.changelog === false ? '' : `## [${version}] - 2026-12-03\n\n- ${version} things\n\n`
  writeFileSync(path.join(repo, 'CHANGELOG.md'), changelog.replace('## [', `${section}## [`))
  if (!options.staleDist) execFileSync('node', ['build.mjs'], { cwd: repo })
  git('add', '-A')
  git('commit', '-q', '-m', `release ${version}`)
  git('tag', '-a', `v${version}`, '-m', `v${version}`)
  return git('rev-parse', 'HEAD')
}

beforeAll(() => {
  execFileSync('git', ['init', '-q', '--bare', remote])
  execFileSync('git', ['init', '-q', repo])
  execFileSync('mkdir', ['-p', path.join(repo, 'src'), path.join(repo, 'dist')])
  writeFileSync(
    path.join(repo, 'build.mjs'),
    "import fs from 'node:fs'\nfs.writeFileSync('dist/index.js', '// bundle\\n' + fs.readFileSync('src/index.js', 'utf8'))\n"
  )
  writeFileSync(
    path.join(repo, 'CHANGELOG.md'),
    '# Changelog\n\n## [0.1.0] - 2026-11-01\n\n- start\n'
  )
  git('remote', 'add', 'origin', remote)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('release.mjs', () => {
  const commits: Record<string, string> = {}

  test('1.2.0: checks pass, the notes are its changelog section, v1 and v1.2 appear here and on the remote', () => {
    commits['1.2.0'] = commitVersion('1.2.0')
    git('push', '-q', 'origin', 'HEAD:refs/heads/main', 'v1.2.0')
    expect(Object.keys(tags())).toEqual(['v1.2.0'])
    const notes = path.join(root, 'notes.md')
    const check = release('check', 'v1.2.0', '--notes-file', notes)
    expect(check.status).toBe(0)
    expect(readFileSync(notes, 'utf8')).toBe('- 1.2.0 things\n')

    const moved = release('move-tags', 'v1.2.0', '--push', 'origin')
    expect(moved.status).toBe(0)
    expect(moved.out).toContain('v1 -> v1.2.0')
    const after = tags()
    expect(after.v1).toBe(commits['1.2.0'])
    expect(after['v1.2']).toBe(commits['1.2.0'])
    expect(tags(remote)).toMatchObject({ v1: commits['1.2.0'], 'v1.2': commits['1.2.0'] })
  })

  test('1.3.0: v1 moves forward, v1.3 appears, v1.2 stays', () => {
    commits['1.3.0'] = commitVersion('1.3.0')
    expect(release('move-tags', 'v1.3.0', '--push', 'origin').status).toBe(0)
    expect(tags()).toMatchObject({
      v1: commits['1.3.0'],
      'v1.3': commits['1.3.0'],
      'v1.2': commits['1.2.0']
    })
    expect(tags(remote)).toMatchObject({ v1: commits['1.3.0'], 'v1.3': commits['1.3.0'] })
  })

  test('1.2.1, a fix on the older line: v1.2 moves to it, v1 stays on 1.3.0', () => {
    git('checkout', '-q', 'v1.2.0')
    commits['1.2.1'] = commitVersion('1.2.1')
    const moved = release('move-tags', 'v1.2.1')
    expect(moved.status).toBe(0)
    expect(moved.out).toContain('v1 stays: a newer v1.x release exists')
    expect(tags()).toMatchObject({ v1: commits['1.3.0'], 'v1.2': commits['1.2.1'] })
    git('checkout', '-q', 'v1.3.0')
  })

  test('a stale dist/ is refused, and no tag moves', () => {
    commitVersion('1.4.0', { staleDist: true })
    const before = tags()
    const refused = release('move-tags', 'v1.4.0')
    expect(refused.status).toBe(1)
    expect(refused.err).toMatch(
      /dist\/ is not the bundle of this source; rebuilding changed:\n M dist\/index\.js/
    )
    git('checkout', '-q', '--', 'dist')
    expect(tags()).toEqual(before)
  })

  test('a version without a changelog section is refused, and no tag moves', () => {
    commitVersion('1.5.0', { changelog: false })
    const before = tags()
    const refused = release('move-tags', 'v1.5.0')
    expect(refused.status).toBe(1)
    expect(refused.err).toContain("CHANGELOG.md has no (or an empty) section '## [1.5.0] - <date>'")
    expect(tags()).toEqual(before)
  })

  test.each([
    [['check', 'v1.3'], "'v1.3' is not a release tag of the form vX.Y.Z"],
    [['check', 'v1.3.0'], 'tag v1.3.0 is not HEAD'],
    [['check', 'v9.9.9'], 'tag v9.9.9 does not exist'],
    [['publish', 'v1.5.0'], 'usage: release.mjs check|move-tags']
  ])('%j is refused: %s', (args, message) => {
    const refused = release(...args)
    expect(refused.status).toBe(1)
    expect(refused.err).toContain(message)
  })

  test('a tag whose package.json says another version is refused', () => {
    git('tag', 'v1.6.0')
    const refused = release('check', 'v1.6.0')
    expect(refused.err).toContain('package.json says version 1.5.0, the tag says 1.6.0')
  })
})
