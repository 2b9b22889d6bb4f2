/** Around the deploy: previews' comment and token, fleet regions, reaping. */
import { InputError } from '../errors.js'
import { parseBoolean, parseDuration, splitList } from '../parse.js'
import { type InputReader, optional } from './reader.js'
import type { Settings } from './settings.js'
import { isRegionCode } from './target.js'

/**
 * Inputs the contract no longer has: giving one is an error that explains what replaced it
 * (they are read only to say so).
 */
export const REMOVED_INPUTS = ['count'] as const

export function readLifecycleInputs(
  r: InputReader
): Pick<Settings, 'githubToken' | 'comment' | 'regions' | 'reapOlderThanMs' | 'dryRun'> {
  if (r.text('count') !== undefined) {
    throw new InputError(
      'count',
      "was removed: Fly routes all of an app's UDP to one machine at a time, so more machines in one app add no TURN capacity and no second region. List regions instead: 'regions' deploys one app per region, each with its own dedicated IPv4 and one machine",
      'regions: fra, iad'
    )
  }
  return {
    githubToken: r.secret('github-token'),
    comment: optional(r.text('comment'), (raw) => parseBoolean('comment', raw)),
    regions: readRegions(r.raw('regions')),
    reapOlderThanMs: parseDuration('reap-older-than', r.withDefault('reap-older-than'), '72h'),
    dryRun: parseBoolean('dry-run', r.withDefault('dry-run'))
  }
}

/** Lowercase three-letter codes, each at most once: every region gets one app. */
function readRegions(raw: string): string[] {
  const regions = splitList(raw)
  for (const region of regions) {
    if (!isRegionCode(region))
      throw new InputError(
        'regions',
        `'${region}' is not a three-letter Fly region code`,
        'fra, iad'
      )
  }
  const repeated = regions.find((region, index) => regions.indexOf(region) !== index)
  if (repeated !== undefined) {
    throw new InputError(
      'regions',
      `lists '${repeated}' twice; each region gets one app`,
      'fra, iad'
    )
  }
  return regions
}
