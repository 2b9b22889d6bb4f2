/**
 * `flyctl-version: latest`: which release is the newest. Fly's release API first (the endpoint
 * install.sh and setup-flyctl use), GitHub's releases API when that fails; both through the
 * runner's proxy settings (fly/http.ts).
 */
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
import { getText, messageOf, trimSlash } from './http.js'
import { EXACT_VERSION, PINNED_FLYCTL_VERSION } from './version.js'

export interface LatestLookup {
  /** The release API's names for the platform: 'Linux', 'x86_64'. */
  os: string
  assetArch: string
  releaseApiBase: string
  githubApiBase: string
  logger: Logger
}

export async function resolveLatestVersion(lookup: LatestLookup): Promise<string> {
  const { os, assetArch, logger } = lookup
  const flyUrl = `${trimSlash(lookup.releaseApiBase)}/app/flyctl_releases/${os}/${assetArch}/latest`
  let flyProblem: string
  try {
    const version = versionFromReleaseAnswer(await getText(flyUrl, {}))
    logger.info(`Latest flyctl is ${version} (Fly release API)`)
    return version
  } catch (error) {
    flyProblem = messageOf(error)
  }
  logger.warn(`Fly's release API did not name the latest flyctl (${flyProblem}); asking GitHub`)

  const githubUrl = `${trimSlash(lookup.githubApiBase)}/repos/superfly/flyctl/releases/latest`
  try {
    const body = await getText(githubUrl, { Accept: 'application/vnd.github+json' })
    const tag = (JSON.parse(body) as { tag_name?: unknown }).tag_name
    const version = typeof tag === 'string' ? tag.replace(/^v/, '') : ''
    if (!EXACT_VERSION.test(version)) throw new Error(`unexpected tag_name ${JSON.stringify(tag)}`)
    logger.info(`Latest flyctl is ${version} (GitHub releases)`)
    return version
  } catch (error) {
    throw new ActionError(
      'transient',
      `could not find the latest flyctl: ${flyUrl}: ${flyProblem}; ${githubUrl}: ${messageOf(error)}`,
      {
        hint: `set flyctl-version to an exact version, such as ${PINNED_FLYCTL_VERSION}`,
        cause: error
      }
    )
  }
}

/**
 * Fly's release API answers with the download URL as plain text (install.sh), or with JSON
 * {version, download_url} when asked for JSON (flyctl's updater); both are understood.
 */
function versionFromReleaseAnswer(body: string): string {
  const text = body.trim()
  if (text === '') throw new Error('empty answer')
  let version: string | undefined
  if (text.startsWith('{')) {
    const answer = JSON.parse(text) as { version?: unknown; download_url?: unknown }
    if (typeof answer.version === 'string') version = answer.version.replace(/^v/, '')
    else if (typeof answer.download_url === 'string') version = versionInUrl(answer.download_url)
  } else {
    version = versionInUrl(text)
  }
  if (version === undefined || !EXACT_VERSION.test(version)) {
    throw new Error('no flyctl version in the answer')
  }
  return version
}

function versionInUrl(url: string): string | undefined {
  return /\/releases\/download\/v([^/\s]+)\//.exec(url)?.[1]
}
