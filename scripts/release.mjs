#!/usr/bin/env node
// Releases a tagged version, in two steps the release workflow runs on a pushed tag vX.Y.Z
// (.github/workflows/release.yml; the README's "Releasing" section is the manual):
//
//   node scripts/release.mjs check vX.Y.Z [--notes-file FILE]
//     Refuses unless the tag names HEAD, package.json has version X.Y.Z, CHANGELOG.md has a
//     non-empty `## [X.Y.Z]` section (written to FILE, the release notes) and dist/ is the fresh
//     bundle of this source (the build is run and must leave dist/ unchanged).
//   node scripts/release.mjs move-tags vX.Y.Z [--push REMOTE]
//     Runs the checks, then points vX and vX.Y at the release, and force-pushes both to REMOTE.
//     A major or minor tag only moves forward: releasing 1.2.4 after 1.3.0 leaves v1 on 1.3.0.
//
// RELEASE_BUILD_COMMAND overrides the build (default `npm run -s package`); the tests use it.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

class Refusal extends Error {}

function git(...args) {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trimEnd()
}

function commitOf(ref) {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    encoding: 'utf8'
  })
  return result.status === 0 ? result.stdout.trim() : undefined
}

export function parseTag(tag) {
  const match = TAG.exec(tag ?? '')
  if (!match) throw new Refusal(`'${tag}' is not a release tag of the form vX.Y.Z (e.g. v1.2.3)`)
  const [major, minor, patch] = match.slice(1).map(Number)
  return { tag, version: `${major}.${minor}.${patch}`, major, minor, patch }
}

/** The text under `## [X.Y.Z]` up to the next `## ` heading, trimmed; undefined if absent. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const escaped = version.replace(/\./g, '\\.')
  const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\]`).test(line))
  if (start < 0) return undefined
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
}

function checkRelease(release) {
  const tagged = commitOf(`refs/tags/${release.tag}`)
  if (!tagged) throw new Refusal(`tag ${release.tag} does not exist`)
  if (tagged !== commitOf('HEAD')) {
    throw new Refusal(`tag ${release.tag} is not HEAD: check out the tag before releasing it`)
  }
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version
  if (version !== release.version) {
    throw new Refusal(`package.json says version ${version}, the tag says ${release.version}`)
  }
  const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), release.version)
  if (!notes) {
    throw new Refusal(
      `CHANGELOG.md has no (or an empty) section '## [${release.version}] - <date>' for this release`
    )
  }
  checkFreshDist()
  return { commit: tagged, notes }
}

function checkFreshDist() {
  const command = process.env.RELEASE_BUILD_COMMAND ?? 'npm run -s package'
  const build = spawnSync('bash', ['-c', command], { encoding: 'utf8' })
  if (build.status !== 0) {
    throw new Refusal(`the build (${command}) failed:\n${build.stdout}${build.stderr}`)
  }
  const changed = git('status', '--porcelain', '--untracked-files=all', '--', 'dist')
  if (changed) {
    throw new Refusal(
      `dist/ is not the bundle of this source; rebuilding changed:\n${changed}\n` +
        "run 'npm run package', commit dist/, and tag that commit"
    )
  }
}

/** The highest vX.Y.Z tag matching a prefix (`v1.`, `v1.2.`), as [major, minor, patch]. */
function highestTag(prefix) {
  const versions = git('tag', '--list', `${prefix}*`)
    .split('\n')
    .filter((tag) => TAG.test(tag))
    .map((tag) => parseTag(tag))
    .map(({ major, minor, patch }) => [major, minor, patch])
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  return versions.at(-1)
}

function isHighest(release, prefix) {
  const [major, minor, patch] = highestTag(prefix) ?? [0, 0, 0]
  const mine = [release.major, release.minor, release.patch]
  return [major, minor, patch].join('.') === mine.join('.')
}

function moveTags(release, commit, remote) {
  const moved = []
  for (const [name, prefix] of [
    [`v${release.major}`, `v${release.major}.`],
    [`v${release.major}.${release.minor}`, `v${release.major}.${release.minor}.`]
  ]) {
    if (!isHighest(release, prefix)) {
      console.log(`${name} stays: a newer ${prefix}x release exists`)
      continue
    }
    git('tag', '--force', name, commit)
    moved.push(name)
    console.log(`${name} -> ${release.tag} (${commit.slice(0, 12)})`)
  }
  if (remote && moved.length > 0) {
    git('push', '--force', remote, ...moved.map((name) => `refs/tags/${name}`))
    console.log(`pushed ${moved.join(', ')} to ${remote}`)
  }
}

function option(args, name) {
  const index = args.indexOf(name)
  return index < 0 ? undefined : args[index + 1]
}

function main(args) {
  const [command, tag] = args
  if (command !== 'check' && command !== 'move-tags') {
    throw new Refusal('usage: release.mjs check|move-tags vX.Y.Z [--notes-file F] [--push REMOTE]')
  }
  const release = parseTag(tag)
  const { commit, notes } = checkRelease(release)
  const notesFile = option(args, '--notes-file')
  if (notesFile) writeFileSync(notesFile, `${notes}\n`)
  console.log(`${release.tag}: checks passed (${commit.slice(0, 12)})`)
  if (command === 'move-tags') moveTags(release, commit, option(args, '--push'))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error(`release: ${error instanceof Refusal ? error.message : error.stack}`)
    process.exit(1)
  }
}
