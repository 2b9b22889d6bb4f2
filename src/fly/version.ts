/**
 * Which flyctl versions the action accepts: the one rule shared by the input check (before any
 * side effect, without loading the installer) and the installer itself.
 */
import { InputError } from '../errors.js'

/** The flyctl release this action is tested with (flyctl.md: newest stable tag of the snapshot). */
export const PINNED_FLYCTL_VERSION = '0.4.87'

/** Semver as flyctl tags it: 0.4.87, and dev builds such as 2026.8.21-pr5096.1. */
export const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

const VERSION_EXAMPLE = `${PINNED_FLYCTL_VERSION}, v${PINNED_FLYCTL_VERSION}, latest or system`

/**
 * Reads the `flyctl-version` input: an exact version without its `v`, or 'latest' / 'system'.
 * Throws InputError for anything else.
 */
export function normalizeFlyctlVersion(input: string): string {
  const text = input.trim()
  if (text === 'latest' || text === 'system') return text
  const version = text.replace(/^v/, '')
  if (!EXACT_VERSION.test(version)) {
    throw new InputError('flyctl-version', `'${text}' is not a flyctl version`, VERSION_EXAMPLE)
  }
  return version
}
