/** Releases: the image of the running release (`image: current`) and the one before it (rollback). */
import { ActionError } from '../errors.js'
import { releasesArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'
import { type Release, parseReleases } from './shapes.js'

export async function listReleases(fly: Flyctl, app: string): Promise<Release[]> {
  const releases = await fly.json(releasesArgv(app), parseReleases, { readOnly: true })
  return releases.sort((a, b) => b.version - a.version)
}

/** The image of the newest complete release, for a redeploy without a build. */
export async function currentImage(fly: Flyctl, app: string, exists: boolean): Promise<string> {
  const release = exists
    ? (await listReleases(fly, app)).find((r) => r.status === 'complete' && r.imageRef !== '')
    : undefined
  if (!release) {
    throw new ActionError(
      'invalid-input',
      `Input 'image': 'current' needs a running release, and ${app} ${exists ? 'has none' : 'does not exist'}`,
      {
        hint: 'deploy once with an image or a build first; `current` is for redeploys'
      }
    )
  }
  return release.imageRef
}

/**
 * What a rollback redeploys: the newest complete release older than the failed one whose image
 * differs from the failed image (redeploying the same image would change nothing).
 */
export function previousRelease(
  releases: readonly Release[],
  failed: { version: number; imageRef: string }
): Release | undefined {
  return [...releases]
    .sort((a, b) => b.version - a.version)
    .find(
      (r) =>
        r.version < failed.version &&
        r.status === 'complete' &&
        r.imageRef !== '' &&
        r.imageRef !== failed.imageRef
    )
}
