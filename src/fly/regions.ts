/**
 * Region codes checked before anything changes on Fly: a code Fly does not know fails `flyctl
 * deploy` (or `scale count`) only after the app exists and an address was bought. Codes of Fly's
 * current catalogue pass without a call; any other code is looked up in the catalogue flyctl
 * reports (`platform regions --json`, deprecated regions left out), so a region Fly opens later
 * works, and a typo or a retired region is refused by name.
 */
import { InputError } from '../errors.js'
import { platformRegionsArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'
import { parseRegionCodes } from './shapes.js'

/** Fly's regions after its 2025 consolidation (`fly platform regions`). */
export const KNOWN_REGIONS: readonly string[] = [
  'ams',
  'arn',
  'bom',
  'cdg',
  'dfw',
  'ewr',
  'fra',
  'gru',
  'iad',
  'jnb',
  'lax',
  'lhr',
  'nrt',
  'ord',
  'sin',
  'sjc',
  'syd',
  'yyz'
]

/** A region code and the input it came from. */
export interface WantedRegion {
  input: string
  code: string
}

export async function checkRegions(fly: Flyctl, wanted: readonly WantedRegion[]): Promise<void> {
  const unknown = wanted.filter((w) => !KNOWN_REGIONS.includes(w.code))
  if (unknown.length === 0) return
  const catalogue = await fly.json(platformRegionsArgv(), parseRegionCodes, { readOnly: true })
  const missing = unknown.find((w) => !catalogue.includes(w.code))
  if (missing) {
    throw new InputError(
      missing.input,
      `'${missing.code}' is not a region where Fly runs new machines; Fly's regions: ${[...catalogue].sort().join(', ')}`,
      'iad'
    )
  }
}
