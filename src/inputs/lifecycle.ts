/** Around the deploy: previews' comment and token, fleet regions, reaping. */
import { InputError } from '../errors.js'
import { parseBoolean, parseDuration, parseInteger, splitList } from '../parse.js'
import { type InputReader, optional } from './reader.js'
import type { Settings } from './settings.js'
import { isRegionCode } from './target.js'

export function readLifecycleInputs(
  r: InputReader
): Pick<Settings, 'githubToken' | 'comment' | 'regions' | 'count' | 'reapOlderThanMs' | 'dryRun'> {
  const regions = splitList(r.raw('regions'))
  for (const region of regions)
    if (!isRegionCode(region))
      throw new InputError(
        'regions',
        `'${region}' is not a three-letter Fly region code`,
        'iad, fra'
      )
  return {
    githubToken: r.secret('github-token'),
    comment: optional(r.text('comment'), (raw) => parseBoolean('comment', raw)),
    regions,
    count: optional(r.text('count'), (raw) => parseInteger('count', raw, 1, 100, '2')),
    reapOlderThanMs: parseDuration('reap-older-than', r.withDefault('reap-older-than'), '72h'),
    dryRun: parseBoolean('dry-run', r.withDefault('dry-run'))
  }
}
