/**
 * Installs flyctl: the pinned or requested release through @actions/tool-cache, or the flyctl
 * already on PATH. The caller gets the absolute path of the binary and passes it to the flyctl
 * client; nothing here touches PATH.
 *
 * - An exact version (`0.4.87`, `v0.4.87`) looks in the tool cache first and makes no network
 *   call on a hit; on a miss it downloads the GitHub release asset, never asking Fly's API.
 * - `latest` asks Fly's release API (the endpoint install.sh and setup-flyctl use) and, when it
 *   fails, GitHub's releases API.
 * - When the release publishes a checksums file, the archive's SHA-256 must match it.
 * - `system` uses `flyctl` (or `fly`) from PATH and asks it for its version.
 *
 * Facts: shared/reference/flyctl.md §1 (release assets, release API) and toolchain.md §4.
 */
import { access, constants, readFile, rm, stat } from 'node:fs/promises'
import * as path from 'node:path'
import * as tc from '@actions/tool-cache'
import { ActionError } from '../errors.js'
import { messageOf, trimSlash } from './http.js'
import { verifyChecksum } from './checksum.js'
import { resolveLatestVersion } from './latest.js'
import { silentLogger, type Logger } from '../log.js'
import { PINNED_FLYCTL_VERSION, normalizeFlyctlVersion } from './version.js'

export { PINNED_FLYCTL_VERSION, normalizeFlyctlVersion } from './version.js'

export interface InstallOptions {
  /** '0.4.87' | 'v0.4.87' | 'latest' | 'system' */
  version: string
  platform?: NodeJS.Platform
  /** Node's spelling: 'x64' or 'arm64' */
  arch?: string
  /** default https://api.fly.io */
  releaseApiBase?: string
  /** default https://github.com */
  githubBase?: string
  /** default https://api.github.com */
  githubApiBase?: string
  logger?: Logger
}

export interface InstalledFlyctl {
  /** absolute path of the flyctl binary */
  path: string
  version: string
  /** true when the tool cache already held this version */
  cached: boolean
  source: 'system' | 'tool-cache' | 'download'
}

/** The names one release of flyctl uses for a platform (goreleaser's template in flyctl.md §1). */
export interface FlyctlReleaseAsset {
  /** 'Linux' | 'macOS' | 'Windows', as in asset names and the release API path */
  os: string
  /** 'x86_64' | 'arm64' */
  arch: string
  /** the archive's file name, e.g. flyctl_0.4.87_Linux_x86_64.tar.gz */
  archive: string
  /** the binary inside the archive */
  binary: string
}

const TOOL_NAME = 'flyctl'

/** The asset names of one flyctl release for a platform and a Node architecture. */
export function flyctlReleaseAsset(
  version: string,
  platform: NodeJS.Platform,
  arch: string
): FlyctlReleaseAsset {
  const { os, assetArch } = releasePlatform(platform, arch)
  const extension = os === 'Windows' ? 'zip' : 'tar.gz'
  return {
    os,
    arch: assetArch,
    archive: `flyctl_${version}_${os}_${assetArch}.${extension}`,
    binary: os === 'Windows' ? 'flyctl.exe' : 'flyctl'
  }
}

// How flyctl's releases (and the release API's path) spell Node's platforms and architectures.
const RELEASE_OS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  win32: 'Windows'
}
const RELEASE_ARCH: Partial<Record<string, string>> = { x64: 'x86_64', arm64: 'arm64' }

function releasePlatform(
  platform: NodeJS.Platform,
  arch: string
): { os: string; assetArch: string } {
  const os = RELEASE_OS[platform]
  const assetArch = RELEASE_ARCH[arch]
  if (os === undefined || assetArch === undefined) {
    throw new ActionError('config', `flyctl publishes no release for ${platform}/${arch}`, {
      hint: "run on Linux, macOS or Windows on x64 or arm64, or use flyctl-version: 'system'"
    })
  }
  return { os, assetArch }
}

export async function installFlyctl(o: InstallOptions): Promise<InstalledFlyctl> {
  const logger = o.logger ?? silentLogger
  const wanted = normalizeFlyctlVersion(o.version)
  const platform = o.platform ?? process.platform
  if (wanted === 'system') return useSystemFlyctl(platform, logger)

  const arch = o.arch ?? process.arch
  releasePlatform(platform, arch) // an unknown platform fails before any request
  requireRunnerDirectories()
  const version =
    wanted === 'latest'
      ? await resolveLatestVersion({
          ...releasePlatform(platform, arch),
          releaseApiBase: o.releaseApiBase ?? 'https://api.fly.io',
          githubApiBase: o.githubApiBase ?? 'https://api.github.com',
          logger
        })
      : wanted
  const asset = flyctlReleaseAsset(version, platform, arch)

  // The tool cache is keyed by the asset's architecture name (x86_64), as setup-flyctl keys it,
  // so a runner that already ran setup-flyctl for this version hits the same entry.
  const cachedDir = tc.find(TOOL_NAME, version, asset.arch)
  if (cachedDir && (await isFile(path.join(cachedDir, asset.binary)))) {
    logger.info(`flyctl ${version} found in the tool cache: ${cachedDir}`)
    return {
      path: path.join(cachedDir, asset.binary),
      version,
      cached: true,
      source: 'tool-cache'
    }
  }

  const releaseUrl = `${trimSlash(o.githubBase ?? 'https://github.com')}/superfly/flyctl/releases/download/v${version}`
  const toolDir = await downloadAndCache(releaseUrl, version, asset, logger)
  // No `flyctl version` check here: the checksum already vouches for the archive, and every
  // flyctl start counts against the run's call budget (hosted runners download on every job).
  return { path: path.join(toolDir, asset.binary), version, cached: false, source: 'download' }
}

// ---------------------------------------------------------------------------------------------
// Download, verify, cache

async function downloadAndCache(
  releaseUrl: string,
  version: string,
  asset: FlyctlReleaseAsset,
  logger: Logger
): Promise<string> {
  const archiveUrl = `${releaseUrl}/${asset.archive}`
  logger.info(`Downloading flyctl ${version} from ${archiveUrl}`)
  const archive = await downloadArchive(archiveUrl, version)
  let extracted: string | undefined
  try {
    await verifyChecksum(archive, releaseUrl, version, asset, logger, downloadText)
    extracted = asset.archive.endsWith('.zip')
      ? await tc.extractZip(archive)
      : await tc.extractTar(archive)
    if (!(await isFile(path.join(extracted, asset.binary)))) {
      throw new ActionError('bad-output', `${asset.archive} does not contain ${asset.binary}`, {
        hint: 'the release layout may have changed; pin another flyctl-version'
      })
    }
    const toolDir = await tc.cacheDir(extracted, TOOL_NAME, version, asset.arch)
    logger.info(`flyctl ${version} cached in ${toolDir}`)
    return toolDir
  } finally {
    await rm(archive, { force: true })
    if (extracted !== undefined) await rm(extracted, { recursive: true, force: true })
  }
}

async function downloadArchive(url: string, version: string): Promise<string> {
  try {
    return await tc.downloadTool(url)
  } catch (error) {
    if (error instanceof tc.HTTPError && error.httpStatusCode === 404) {
      throw new ActionError('not-found', `flyctl ${version} has no release asset at ${url} (404)`, {
        hint: 'check flyctl-version against https://github.com/superfly/flyctl/releases',
        cause: error
      })
    }
    throw new ActionError('transient', `downloading ${url} failed: ${messageOf(error)}`, {
      hint: 're-run the job; GitHub release downloads fail now and then',
      cause: error
    })
  }
}

/** A small file of the release as text, or undefined when the release has no such file (404). */
async function downloadText(url: string): Promise<string | undefined> {
  let file: string
  try {
    file = await tc.downloadTool(url)
  } catch (error) {
    if (error instanceof tc.HTTPError && error.httpStatusCode === 404) return undefined
    throw new ActionError('transient', `downloading ${url} failed: ${messageOf(error)}`, {
      hint: 're-run the job',
      cause: error
    })
  }
  try {
    return await readFile(file, 'utf8')
  } finally {
    await rm(file, { force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// system

async function useSystemFlyctl(
  platform: NodeJS.Platform,
  logger: Logger
): Promise<InstalledFlyctl> {
  const names = platform === 'win32' ? ['flyctl.exe', 'fly.exe'] : ['flyctl', 'fly']
  const binary = await findOnPath(names, process.env.PATH ?? '')
  if (binary === undefined) {
    throw new ActionError(
      'not-found',
      "flyctl-version is 'system', but neither flyctl nor fly is on PATH",
      {
        hint: `install it in an earlier step (superfly/flyctl-actions/setup-flyctl), or set flyctl-version to ${PINNED_FLYCTL_VERSION}`
      }
    )
  }
  // The version stays unknown rather than cost a flyctl start (`flyctl version`) on every run.
  logger.info(`Using the flyctl on PATH: ${binary}`)
  return { path: binary, version: 'system', cached: false, source: 'system' }
}

/** The first executable file with one of these names on PATH, preferring earlier names. */
async function findOnPath(names: string[], searchPath: string): Promise<string | undefined> {
  const directories = searchPath.split(path.delimiter).filter((directory) => directory !== '')
  for (const name of names) {
    for (const directory of directories) {
      const candidate = path.resolve(directory, name)
      if ((await isFile(candidate)) && (await isExecutable(candidate))) return candidate
    }
  }
  return undefined
}

function requireRunnerDirectories(): void {
  const missing = ['RUNNER_TEMP', 'RUNNER_TOOL_CACHE'].filter((name) => !process.env[name])
  if (missing.length > 0) {
    throw new ActionError('config', `installing flyctl needs ${missing.join(' and ')}`, {
      hint: "GitHub Actions sets both; elsewhere set them to writable directories, or use flyctl-version: 'system'"
    })
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}
