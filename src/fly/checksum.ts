/**
 * The SHA-256 check of a downloaded flyctl archive against the release's checksums file
 * (goreleaser's `sha256sum` format), when the release publishes one.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'

/**
 * Checks the archive against the release's checksums file when there is one: goreleaser's
 * default name first (flyctl_<ver>_checksums.txt), then the older checksums.txt.
 */
export async function verifyChecksum(
  archive: string,
  releaseUrl: string,
  version: string,
  asset: { archive: string },
  logger: Logger,
  /** A small file of the release as text; undefined when the release has none (404). */
  downloadText: (url: string) => Promise<string | undefined>
): Promise<void> {
  const actual = await sha256File(archive)
  const names = [`flyctl_${version}_checksums.txt`, 'checksums.txt']
  for (const name of names) {
    const text = await downloadText(`${releaseUrl}/${name}`)
    if (text === undefined) continue
    const expected = checksumFor(text, asset.archive)
    if (expected === undefined) {
      logger.warn(`${name} of flyctl ${version} does not list ${asset.archive}; not verified`)
      return
    }
    if (expected !== actual) {
      throw new ActionError(
        'bad-output',
        `SHA-256 of ${asset.archive} is ${actual}, but ${name} of the release says ${expected}`,
        {
          hint: 'the download is corrupt or was tampered with; re-run the job, and if it persists, pin another flyctl-version'
        }
      )
    }
    logger.info(`Verified SHA-256 of ${asset.archive} against ${name}`)
    return
  }
  logger.info(
    `flyctl ${version} publishes no checksums file (tried ${names.join(', ')}); SHA-256 ${actual} not verified`
  )
}

/** The SHA-256 the `sha256sum`-style checksums text gives for one file name. */
function checksumFor(text: string, fileName: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim())
    if (match && match[2] === fileName) return match[1].toLowerCase()
  }
  return undefined
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
