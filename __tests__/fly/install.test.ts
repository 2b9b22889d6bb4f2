import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ActionError, InputError } from '../../src/errors.js'
import {
  PINNED_FLYCTL_VERSION,
  flyctlReleaseAsset,
  installFlyctl,
  normalizeFlyctlVersion,
  type InstallOptions
} from '../../src/fly/install.js'
import type { Logger } from '../../src/log.js'
import { ReleaseServer, makeFlyctlArchive, type ChecksumMode } from '../../test/release-server.js'

// Each version is published with a different checksums layout.
const RELEASES: [string, ChecksumMode][] = [
  [PINNED_FLYCTL_VERSION, 'versioned'],
  ['0.4.90', 'versioned'],
  ['0.4.91', 'wrong'],
  ['0.4.92', 'none'],
  ['0.4.93', 'plain'],
  ['0.4.94', 'versioned']
]
const LATEST = '0.4.90'

// No retry sleeps in @actions/tool-cache's downloadTool (10-20 s each by default).
const retryGlobals = globalThis as Record<string, unknown>
const savedEnv = { ...process.env }
let releases: ReleaseServer
let root: string

// @actions/tool-cache logs through @actions/core (`::debug::`) and @actions/exec (`[command]`)
// straight to stdout; keep that runner protocol out of the test report.
const writeStdout = process.stdout.write.bind(process.stdout)
function quietRunnerProtocol(): void {
  process.stdout.write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : String(chunk)
    if (/^(::debug::|\[command\])/.test(text)) return true
    return (writeStdout as (...args: unknown[]) => boolean)(chunk, ...rest)
  }
}

beforeAll(async () => {
  quietRunnerProtocol()
  retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0
  retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0
  for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) {
    delete process.env[name]
  }
  releases = await ReleaseServer.start()
  for (const [version, checksums] of RELEASES) {
    const asset = flyctlReleaseAsset(version, 'linux', 'x64')
    // 0.4.94's binary claims to be 0.4.95: a release whose binary disagrees with its tag.
    const reports = version === '0.4.94' ? '0.4.95' : version
    releases.publish(version, asset.archive, await makeFlyctlArchive(reports), checksums)
  }
  releases.latest = LATEST
  root = await mkdtemp(path.join(tmpdir(), 'flyctl-install-test-'))
})

afterAll(async () => {
  process.stdout.write = writeStdout
  await releases.close()
  await rm(root, { recursive: true, force: true })
  process.env = savedEnv
  delete retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS
  delete retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS
})

let runnerTemp: string
let toolCache: string
let run = 0

/** A fresh, empty tool cache and temp directory per test, as on a new runner. */
beforeEach(async () => {
  run++
  runnerTemp = path.join(root, `temp-${run}`)
  toolCache = path.join(root, `cache-${run}`)
  await mkdir(runnerTemp, { recursive: true })
  await mkdir(toolCache, { recursive: true })
  process.env.RUNNER_TEMP = runnerTemp
  process.env.RUNNER_TOOL_CACHE = toolCache
  releases.faults = {}
  releases.requests.length = 0
})

afterEach(() => {
  process.env.PATH = savedEnv.PATH
})

interface Recorded extends Logger {
  lines: string[]
}

function recordingLogger(): Recorded {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warn: (message) => lines.push(`warn: ${message}`),
    debug: (message) => lines.push(`debug: ${message}`)
  }
}

function options(version: string, logger?: Logger): InstallOptions {
  return {
    version,
    platform: 'linux',
    arch: 'x64',
    releaseApiBase: releases.flyApiBase,
    githubBase: releases.githubBase,
    githubApiBase: releases.githubApiBase,
    logger
  }
}

function reportedVersion(binary: string): string {
  const out = execFileSync(binary, ['version', '--json'], { encoding: 'utf8' })
  return (JSON.parse(out) as { Version: string }).Version
}

async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error('expected the install to fail')
}

const download = (version: string): string => {
  const asset = flyctlReleaseAsset(version, 'linux', 'x64')
  return `/github/superfly/flyctl/releases/download/v${version}/${asset.archive}`
}

describe('an exact version', () => {
  test('downloads, verifies and caches the pinned version; the second run is a cache hit with no request', async () => {
    const logger = recordingLogger()
    const first = await installFlyctl(options(PINNED_FLYCTL_VERSION, logger))

    expect(first).toEqual({
      // setup-flyctl's key (x86_64, not Node's x64): one cache entry for both actions
      path: path.join(toolCache, 'flyctl', PINNED_FLYCTL_VERSION, 'x86_64', 'flyctl'),
      version: PINNED_FLYCTL_VERSION,
      cached: false,
      source: 'download'
    })
    expect(reportedVersion(first.path)).toBe(PINNED_FLYCTL_VERSION)
    expect(releases.requests).toEqual([
      download(PINNED_FLYCTL_VERSION),
      `/github/superfly/flyctl/releases/download/v${PINNED_FLYCTL_VERSION}/flyctl_${PINNED_FLYCTL_VERSION}_checksums.txt`
    ])
    expect(logger.lines).toContain(
      `info: Verified SHA-256 of flyctl_${PINNED_FLYCTL_VERSION}_Linux_x86_64.tar.gz against flyctl_${PINNED_FLYCTL_VERSION}_checksums.txt`
    )
    // The archive and the extracted copy are cleaned out of RUNNER_TEMP.
    expect(await readdir(runnerTemp)).toEqual([])

    releases.requests.length = 0
    const second = await installFlyctl(options(PINNED_FLYCTL_VERSION))
    expect(second).toEqual({ ...first, cached: true, source: 'tool-cache' })
    expect(releases.requests).toEqual([])
  })

  test('a tool cache that setup-flyctl filled is a hit (its key: flyctl/<version>/x86_64)', async () => {
    // superfly/flyctl-actions setup-flyctl/src/main.ts: cacheDir(dir, 'flyctl', version, 'x86_64')
    const dir = path.join(toolCache, 'flyctl', '0.4.95', 'x86_64')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'flyctl'), '#!/bin/sh\necho flyctl v0.4.95\n', { mode: 0o755 })
    await writeFile(`${dir}.complete`, '')
    const installed = await installFlyctl(options('0.4.95'))
    expect(installed).toMatchObject({ source: 'tool-cache', path: path.join(dir, 'flyctl') })
    expect(releases.requests).toEqual([])
  })

  test('never asks the release APIs, even when they are down', async () => {
    releases.faults = { flyApi: 503, githubApi: 503 }
    const installed = await installFlyctl(options('0.4.93'))
    expect(installed.version).toBe('0.4.93')
    expect(releases.count('/fly/')).toBe(0)
    expect(releases.count('/github-api/')).toBe(0)
  })

  test('accepts a v prefix and downloads the same asset', async () => {
    const installed = await installFlyctl(options('v0.4.90'))
    expect(installed.version).toBe('0.4.90')
    expect(installed.path).toBe(path.join(toolCache, 'flyctl', '0.4.90', 'x86_64', 'flyctl'))
    expect(releases.requests[0]).toBe(download('0.4.90'))
    expect(reportedVersion(installed.path)).toBe('0.4.90')
  })

  test('a checksum mismatch fails and caches nothing', async () => {
    const error = await rejection(installFlyctl(options('0.4.91')))
    expect(error.kind).toBe('bad-output')
    expect(error.message).toMatch(
      /SHA-256 of flyctl_0\.4\.91_Linux_x86_64\.tar\.gz is [0-9a-f]{64}, but flyctl_0\.4\.91_checksums\.txt of the release says 0{64}/
    )
    expect(error.hint).toMatch(/corrupt or was tampered with/)
    expect(await readdir(toolCache)).toEqual([])
    expect(await readdir(runnerTemp)).toEqual([])
  })

  test('a release without checksum files is installed, and the log says it was not verified', async () => {
    const logger = recordingLogger()
    const installed = await installFlyctl(options('0.4.92', logger))
    expect(installed.source).toBe('download')
    expect(releases.requests.slice(1)).toEqual([
      '/github/superfly/flyctl/releases/download/v0.4.92/flyctl_0.4.92_checksums.txt',
      '/github/superfly/flyctl/releases/download/v0.4.92/checksums.txt'
    ])
    expect(logger.lines.join('\n')).toMatch(/publishes no checksums file .* not verified/)
  })

  test('a plain checksums.txt is used when the versioned name is missing', async () => {
    const logger = recordingLogger()
    await installFlyctl(options('0.4.93', logger))
    expect(logger.lines).toContain(
      'info: Verified SHA-256 of flyctl_0.4.93_Linux_x86_64.tar.gz against checksums.txt'
    )
  })

  test('a downloaded binary is not started to read its version: the checksum vouches for it', async () => {
    const installed = await installFlyctl(options('0.4.94'))
    expect(installed).toMatchObject({ version: '0.4.94', source: 'download' })
    expect(existsSync(installed.path)).toBe(true)
  })

  test('a version with no release is a not-found error with a hint', async () => {
    const error = await rejection(installFlyctl(options('0.0.1')))
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('flyctl 0.0.1 has no release asset')
    expect(error.hint).toContain('https://github.com/superfly/flyctl/releases')
    expect(releases.requests).toEqual([download('0.0.1')])
  })
})

describe('latest', () => {
  test('is resolved through Fly release API and then installed', async () => {
    const logger = recordingLogger()
    const installed = await installFlyctl(options('latest', logger))
    expect(installed.version).toBe(LATEST)
    expect(releases.requests[0]).toBe('/fly/app/flyctl_releases/Linux/x86_64/latest')
    expect(releases.requests[1]).toBe(download(LATEST))
    expect(releases.count('/github-api/')).toBe(0)
    expect(logger.lines).toContain(`info: Latest flyctl is ${LATEST} (Fly release API)`)
    expect(reportedVersion(installed.path)).toBe(LATEST)
  })

  test('falls back to GitHub releases when Fly release API answers 503', async () => {
    releases.faults = { flyApi: 503 }
    const logger = recordingLogger()
    const installed = await installFlyctl(options('latest', logger))
    expect(installed.version).toBe(LATEST)
    expect(releases.requests.slice(0, 2)).toEqual([
      '/fly/app/flyctl_releases/Linux/x86_64/latest',
      '/github-api/repos/superfly/flyctl/releases/latest'
    ])
    expect(logger.lines.join('\n')).toMatch(/warn: Fly's release API .*HTTP 503.*asking GitHub/)
  })

  test('falls back to GitHub releases when Fly release API answers with nothing', async () => {
    releases.faults = { flyApi: 'empty' }
    const installed = await installFlyctl(options('latest'))
    expect(installed.version).toBe(LATEST)
    expect(releases.count('/github-api/')).toBe(1)
  })

  test('falls back to GitHub when the Fly release API cannot be reached', async () => {
    const installed = await installFlyctl({
      ...options('latest'),
      releaseApiBase: 'http://127.0.0.1:1'
    })
    expect(installed.version).toBe(LATEST)
  })

  test('a cached latest makes only the one API call that names it', async () => {
    await installFlyctl(options('latest'))
    releases.requests.length = 0
    const again = await installFlyctl(options('latest'))
    expect(again.source).toBe('tool-cache')
    expect(releases.requests).toEqual(['/fly/app/flyctl_releases/Linux/x86_64/latest'])
  })

  test('fails with both reasons and a hint when both APIs fail', async () => {
    releases.faults = { flyApi: 503, githubApi: 500 }
    const error = await rejection(installFlyctl(options('latest')))
    expect(error.kind).toBe('transient')
    expect(error.message).toMatch(/HTTP 503.*HTTP 500/)
    expect(error.hint).toContain(PINNED_FLYCTL_VERSION)
  })
})

describe('system', () => {
  async function fakeOnPath(name: string, version: string): Promise<string> {
    const directory = await mkdtemp(path.join(root, 'bin-'))
    const binary = path.join(directory, name)
    await writeFile(
      binary,
      `#!/bin/sh\n[ "$1 $2" = "version --json" ] || exit 9\necho '{"Name":"flyctl","Version":"${version}","OS":"linux"}'\n`
    )
    await chmod(binary, 0o755)
    process.env.PATH = `${directory}${path.delimiter}${savedEnv.PATH ?? ''}`
    return binary
  }

  test('uses flyctl from PATH without starting it, and with no download', async () => {
    const binary = await fakeOnPath('flyctl', '0.4.80')
    const installed = await installFlyctl(options('system'))
    expect(installed).toEqual({ path: binary, version: 'system', cached: false, source: 'system' })
    expect(releases.requests).toEqual([])
  })

  test('accepts fly when there is no flyctl', async () => {
    const binary = await fakeOnPath('fly', '0.4.81')
    const installed = await installFlyctl(options('system'))
    expect(installed.path).toBe(binary)
    expect(installed.source).toBe('system')
  })

  test('fails with a hint when neither is on PATH', async () => {
    process.env.PATH = await mkdtemp(path.join(root, 'empty-bin-'))
    const error = await rejection(installFlyctl(options('system')))
    expect(error.kind).toBe('not-found')
    expect(error.hint).toContain('setup-flyctl')
  })
})

describe('inputs and platforms', () => {
  test.each([
    ['0.4.87', '0.4.87'],
    ['v0.4.87', '0.4.87'],
    [' latest ', 'latest'],
    ['system', 'system'],
    ['v2026.8.21-pr5096.1', '2026.8.21-pr5096.1']
  ])('normalizeFlyctlVersion(%j) is %j', (input, expected) => {
    expect(normalizeFlyctlVersion(input)).toBe(expected)
  })

  test.each(['', '0.4', 'vv0.4.87', 'newest', '0.4.87; rm -rf /', '../0.4.87'])(
    'normalizeFlyctlVersion(%j) is an input error',
    (input) => {
      expect(() => normalizeFlyctlVersion(input)).toThrow(InputError)
      expect(() => normalizeFlyctlVersion(input)).toThrow(/Input 'flyctl-version'.*for example/)
    }
  )

  test('the pinned version is a stable semver release', () => {
    expect(PINNED_FLYCTL_VERSION).toMatch(/^0\.\d+\.\d+$/)
  })

  test.each([
    ['linux', 'x64', 'flyctl_0.4.87_Linux_x86_64.tar.gz', 'flyctl'],
    ['linux', 'arm64', 'flyctl_0.4.87_Linux_arm64.tar.gz', 'flyctl'],
    ['darwin', 'arm64', 'flyctl_0.4.87_macOS_arm64.tar.gz', 'flyctl'],
    ['darwin', 'x64', 'flyctl_0.4.87_macOS_x86_64.tar.gz', 'flyctl'],
    ['win32', 'x64', 'flyctl_0.4.87_Windows_x86_64.zip', 'flyctl.exe']
  ] as const)('release asset for %s/%s is %s', (platform, arch, archive, binary) => {
    const asset = flyctlReleaseAsset('0.4.87', platform, arch)
    expect(asset.archive).toBe(archive)
    expect(asset.binary).toBe(binary)
  })

  test('an unsupported architecture fails before any request', async () => {
    const error = await rejection(installFlyctl({ ...options('0.4.87'), arch: 'ia32' }))
    expect(error.kind).toBe('config')
    expect(error.message).toContain('linux/ia32')
    expect(releases.requests).toEqual([])
  })

  test('the arm64 asset is the one downloaded for arm64', async () => {
    const error = await rejection(installFlyctl({ ...options('0.4.87'), arch: 'arm64' }))
    expect(error.kind).toBe('not-found')
    expect(releases.requests).toEqual([
      '/github/superfly/flyctl/releases/download/v0.4.87/flyctl_0.4.87_Linux_arm64.tar.gz'
    ])
  })

  test('without RUNNER_TOOL_CACHE the error says what to set', async () => {
    delete process.env.RUNNER_TOOL_CACHE
    const error = await rejection(installFlyctl(options('0.4.87')))
    expect(error.kind).toBe('config')
    expect(error.message).toContain('RUNNER_TOOL_CACHE')
    expect(error.hint).toContain('system')
  })
})
