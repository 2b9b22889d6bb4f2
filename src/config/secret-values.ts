/**
 * Secret values as the server will read them, checked before anything changes on Fly: a secret
 * the server needs must not be empty (an unset repository secret expands to ''), and a secret
 * the coturn image's entrypoint expands must reach coturn unchanged, or the server goes live
 * with a secret no client computes. Kept apart from buildConfig's check that the required
 * secrets are named at all. Messages name secrets, never their values.
 */
import { InputError } from '../errors.js'
import { commandsOf, imageOf } from './lint/rule.js'
import { asTable } from './ports.js'
import { entrypointChange, referencesIn } from './presets/coturn-entrypoint.js'
import type { FlyConfig, Preset } from './types.js'

export interface SecretValue {
  name: string
  value: string
}

const GENERATE = 'openssl rand -hex 32'

/** What an empty secret does to each preset's server. */
const EMPTY_SECRET_RISK: Record<string, string> = {
  coturn: 'coturn would start with an empty shared secret, and anyone could mint TURN credentials',
  fishjam:
    "Fishjam would start without a usable API token, and the probe's health check could not authenticate"
}

/** The error for a secret a server needs that is empty or only whitespace. */
export function blankSecretError(name: string, presetName?: string): InputError {
  const risk = EMPTY_SECRET_RISK[presetName ?? ''] ?? 'the server would start with an empty secret'
  return new InputError(
    'secrets',
    `${name} is empty or only whitespace, so ${risk}. \${{ secrets.NAME }} expands to an empty value when the repository has no secret of that name (a typo, or a secret not yet created): check the name under Settings > Secrets and variables > Actions`,
    `${name}=\${{ secrets.${name} }}, holding the output of \`${GENERATE}\``
  )
}

export function isBlank(value: string): boolean {
  return value.trim() === ''
}

/** Throws InputError('secrets') for the first secret the server would not read as given. */
export function checkSecretValues(
  config: FlyConfig,
  preset: Preset | undefined,
  secrets: readonly SecretValue[]
): void {
  const valueOf = new Map(secrets.map((s) => [s.name, s.value]))
  for (const name of preset?.requiredSecrets ?? []) {
    const value = valueOf.get(name)
    if (value !== undefined && isBlank(value)) throw blankSecretError(name, preset?.name)
  }
  for (const { key, args } of commandsThroughCoturnEntrypoint(config, preset)) {
    for (const arg of args) {
      for (const reference of referencesIn(arg)) {
        const value = valueOf.get(reference.name)
        if (value === undefined) continue
        if (isBlank(value) && /^--?static-auth-secret/.test(arg)) {
          throw blankSecretError(reference.name, 'coturn')
        }
        const why = entrypointChange(value, reference)
        if (why !== undefined) throw changedSecretError(reference.name, key, why)
      }
    }
  }
}

function changedSecretError(name: string, key: string, why: string): InputError {
  return new InputError(
    'secrets',
    `${name} would reach coturn changed, so clients would compute credentials from a different secret than the server's: the coturn image's entrypoint passes every argument of ${key} through the shell (eval "echo ..."), where ${why}. Safe in a secret: letters, digits and any punctuation, single spaces between words, no space at either end, and no *, ? or [ in a word after a space`,
    `a value from \`${GENERATE}\``
  )
}

/**
 * The commands the coturn image's entrypoint runs through the shell: those of a coturn image, or
 * of the coturn preset (whose `$AUTH_SECRET` relies on that entrypoint, whatever the image), as
 * [experimental] cmd and [processes] replace the image's CMD, not its ENTRYPOINT; none when the
 * config replaces the entrypoint itself ([experimental] entrypoint or exec).
 */
function commandsThroughCoturnEntrypoint(
  config: FlyConfig,
  preset: Preset | undefined
): { key: string; args: string[] }[] {
  const experimental = asTable(config.experimental)
  if (preset?.name !== 'coturn' && !imageOf(config).includes('coturn')) return []
  if (experimental?.entrypoint !== undefined || experimental?.exec !== undefined) return []
  return commandsOf(config).filter(
    (c) => c.key === 'experimental.cmd' || c.key.startsWith('processes.')
  )
}
