/**
 * `flyctl-version: latest` behind a proxy, as on a self-hosted runner: the release-API lookups go
 * through HTTP(S)_PROXY like tool-cache's download does, and NO_PROXY is honoured. A proxy and a
 * release server on loopback (test/http-proxy.ts explains the 0.0.0.0 naming).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { flyctlReleaseAsset, installFlyctl, type InstallOptions } from '../../src/fly/install.js'
import type { Logger } from '../../src/log.js'
import { proxiedUrl, TestProxy } from '../../test/http-proxy.js'
import { makeFlyctlArchive, ReleaseServer } from '../../test/release-server.js'

const LATEST = '0.4.90'
const savedEnv = { ...process.env }
const writeStdout = process.stdout.write.bind(process.stdout)
let releases: ReleaseServer
let proxy: TestProxy
let root: string

beforeAll(async () => {
  // @actions/tool-cache prints `::debug::` and `[command]` lines straight to stdout; keep them
  // out of the test report.
  process.stdout.write = (chunk: unknown, ...rest: unknown[]): boolean =>
    /^(::debug::|\[command\])/.test(String(chunk)) ||
    (writeStdout as (...args: unknown[]) => boolean)(chunk, ...rest)
  releases = await ReleaseServer.start()
  const asset = flyctlReleaseAsset(LATEST, 'linux', 'x64')
  releases.publish(LATEST, asset.archive, await makeFlyctlArchive(LATEST), 'versioned')
  releases.latest = LATEST
  proxy = await new TestProxy().start()
  root = await mkdtemp(path.join(tmpdir(), 'flyctl-proxy-test-'))
})

beforeEach(async () => {
  for (const name of [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy'
  ]) {
    delete process.env[name]
  }
  process.env.RUNNER_TEMP = await mkdtemp(path.join(root, 'temp-'))
  process.env.RUNNER_TOOL_CACHE = await mkdtemp(path.join(root, 'cache-'))
  releases.requests.length = 0
  proxy.seen.length = 0
})

afterEach(() => {
  process.env = { ...savedEnv }
})

afterAll(async () => {
  process.stdout.write = writeStdout
  await releases.close()
  await proxy.close()
  await rm(root, { recursive: true, force: true })
})

const quiet: Logger = { info: () => undefined, warn: () => undefined, debug: () => undefined }

/** The release services named so that proxy rules apply to them. */
function latestOptions(overrides: Partial<InstallOptions> = {}): InstallOptions {
  return {
    version: 'latest',
    platform: 'linux',
    arch: 'x64',
    releaseApiBase: proxiedUrl(releases.flyApiBase),
    githubBase: proxiedUrl(releases.githubBase),
    githubApiBase: proxiedUrl(releases.githubApiBase),
    logger: quiet,
    ...overrides
  }
}

test('HTTP_PROXY: the latest lookup and the download both go through the proxy', async () => {
  process.env.HTTP_PROXY = proxy.url
  const installed = await installFlyctl(latestOptions())
  expect(installed.version).toBe(LATEST)
  const host = new URL(proxiedUrl(releases.url)).host
  // One tunnel for the release API, then tool-cache's download (and its checksums file).
  expect(proxy.seen.length).toBeGreaterThanOrEqual(2)
  expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${host}`]))
  expect(releases.requests[0]).toBe('/fly/app/flyctl_releases/Linux/x86_64/latest')
})

test('HTTPS_PROXY: an https release API is asked through the proxy, then GitHub', async () => {
  process.env.HTTPS_PROXY = proxy.url
  process.env.HTTP_PROXY = proxy.url
  // The test proxy refuses every host but 0.0.0.0: Fly's API "fails", GitHub's answers.
  const installed = await installFlyctl(latestOptions({ releaseApiBase: 'https://api.fly.test' }))
  expect(installed.version).toBe(LATEST)
  expect(proxy.seen[0]).toBe('CONNECT api.fly.test:443')
  expect(releases.requests[0]).toBe('/github-api/repos/superfly/flyctl/releases/latest')
})

test('NO_PROXY naming the host: nothing goes through the proxy', async () => {
  process.env.HTTP_PROXY = proxy.url
  process.env.NO_PROXY = '.fly.io, 0.0.0.0'
  const installed = await installFlyctl(latestOptions())
  expect(installed.version).toBe(LATEST)
  expect(proxy.seen).toEqual([])
  expect(releases.requests[0]).toBe('/fly/app/flyctl_releases/Linux/x86_64/latest')
})
