/**
 * Preview app names: `<base>-pr-<n>` in Fly's alphabet, the guard that keeps every preview
 * command away from production apps, and the recognition `reap` relies on. Pure.
 */
import { createHash } from 'node:crypto'
import { InputError } from '../errors.js'

/** Fly app names: lowercase letters, digits and dashes, starting with a letter, at most 63. */
export const MAX_APP_NAME_LENGTH = 63
const HASH_LENGTH = 6

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

function assertPrNumber(prNumber: number): void {
  if (!Number.isSafeInteger(prNumber) || prNumber <= 0) {
    throw new InputError('preview', `pull request number '${prNumber}' is not a positive integer`)
  }
}

/**
 * Reduces a name to Fly's alphabet: accents dropped (é -> e), everything else outside
 * [a-z0-9] becomes a dash, dashes collapsed and trimmed, and a leading digit gets `app-`.
 */
function sanitizeBase(base: string): string {
  const ascii = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii === '') {
    throw new InputError(
      'app',
      `'${base}' has no letters or digits left for a Fly app name (lowercase a-z, 0-9 and dashes)`,
      'turn'
    )
  }
  return /^[a-z]/.test(ascii) ? ascii : `app-${ascii}`
}

/** A fleet member's region, the last part of its name: three lowercase letters. */
const REGION = /^[a-z]{3}$/

/**
 * `<base>-pr-<n>` in Fly's alphabet, at most 63 characters; a fleet member of the preview adds
 * its region: `<base>-pr-<n>-<region>`. A base too long for that is cut and given a short hash
 * of the original base, so two long bases that share a prefix stay apart and the same base
 * always maps to the same name. The PR number and the region are never cut.
 */
export function previewAppName(base: string, prNumber: number, region?: string): string {
  assertPrNumber(prNumber)
  if (region !== undefined && !REGION.test(region)) {
    throw new InputError('regions', `'${region}' is not a three-letter Fly region code`, 'fra')
  }
  const suffix = `-pr-${prNumber}${region === undefined ? '' : `-${region}`}`
  const clean = sanitizeBase(base)
  if (clean.length + suffix.length <= MAX_APP_NAME_LENGTH) return `${clean}${suffix}`
  const room = MAX_APP_NAME_LENGTH - suffix.length - HASH_LENGTH - 1
  const head = clean.slice(0, room).replace(/-+$/, '')
  return `${head}-${shortHash(base)}${suffix}`
}

/**
 * Refuses any name that is not a valid Fly name ending in `-pr-<n>` (or `-pr-<n>-<region>` for
 * the fleet member in `region`): every preview command calls this right before acting, so a
 * mistake upstream cannot reach a production app.
 */
export function assertPreviewName(name: string, prNumber: number, region?: string): void {
  assertPrNumber(prNumber)
  const suffix = `-pr-${prNumber}${region === undefined ? '' : `-${region}`}`
  const valid = /^[a-z][a-z0-9-]*$/.test(name) && name.length <= MAX_APP_NAME_LENGTH
  if (!valid || !name.endsWith(suffix) || name.length === suffix.length) {
    throw new InputError(
      'app',
      `refusing to act on '${name}' as the preview of pull request #${prNumber}: a preview app ` +
        `name must be lowercase letters, digits and dashes ending in '${suffix}', so a preview ` +
        'command can never touch a production app',
      `turn${suffix}`
    )
  }
}

/**
 * The PR number (and the region of a fleet member) when `appName` is exactly a preview name
 * this action derives from `base` (so `turn-2-pr-5` is not a preview of `turn`, and
 * `turn-pr-012` is nobody's preview).
 */
export function isPreviewOf(
  appName: string,
  base: string
): { prNumber: number; region?: string } | undefined {
  const match = /-pr-([1-9][0-9]*)(?:-([a-z]{3}))?$/.exec(appName)
  if (!match) return undefined
  const prNumber = Number(match[1])
  const region = match[2]
  if (!Number.isSafeInteger(prNumber)) return undefined
  if (previewAppName(base, prNumber, region) !== appName) return undefined
  return region === undefined ? { prNumber } : { prNumber, region }
}
