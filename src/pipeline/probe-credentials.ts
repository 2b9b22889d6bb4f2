/**
 * The probe's credentials, from the inputs and the preset: TURN (long-term, or REST from the
 * preset's shared secret) and the health/Fishjam token, and the error that names the input to
 * set when the probe would need one it cannot have.
 */
import { blankSecretError, isBlank } from '../config/index.js'
import type { Preset } from '../config/types.js'
import { InputError } from '../errors.js'
import type { Settings } from '../inputs.js'
import type { ProbeOptions, TurnCredentials } from '../probe/types.js'

export function credentialsFor(
  settings: Settings,
  preset: Preset | undefined,
  secret: (name: string | undefined) => string | undefined
): TurnCredentials | undefined {
  if (settings.turnUsername !== undefined && settings.turnPassword !== undefined) {
    return { kind: 'long-term', username: settings.turnUsername, password: settings.turnPassword }
  }
  if (settings.turnSecret !== undefined) return { kind: 'rest', secret: settings.turnSecret }
  const name = preset?.probe.turnSecretName
  const shared = secret(name)
  // The preset's secret comes from `secrets`: an empty one is that input's mistake, not turn-secret's.
  if (name !== undefined && shared !== undefined && isBlank(shared)) {
    throw blankSecretError(name, preset?.name)
  }
  return shared === undefined ? undefined : { kind: 'rest', secret: shared }
}

/**
 * The probe authenticates with the preset's secret taken from `secrets`. When the input lacks it
 * (the deploy may keep the value stored on the app, which Fly never gives back) the probe needs
 * its own copy: `turn-secret` for TURN, `health-token` for the preset's health check.
 */
export function requireProbeCredentials(
  options: ProbeOptions,
  preset: Preset | undefined,
  presetHealthUrl: boolean
): void {
  const { checks } = options
  const storedNote = (name: string) =>
    `${name} is not in 'secrets' (a value stored on the app cannot be read back)`
  if ((checks.includes('turn') || checks.includes('relay')) && options.credentials === undefined) {
    const name = preset?.probe.turnSecretName
    throw new InputError(
      'turn-secret',
      name
        ? `the ${preset?.name} preset probes TURN with the shared secret ${name}, and ${storedNote(name)}: give the probe the same value in 'turn-secret', or put ${name} in 'secrets'`
        : "the 'turn' and 'relay' checks need 'turn-secret' or 'turn-username' and 'turn-password'",
      '${{ secrets.TURN_SECRET }}'
    )
  }
  const tokenName = preset?.probe.healthTokenSecret
  if (checks.includes('http') && presetHealthUrl && tokenName && !options.healthToken) {
    throw new InputError(
      'health-token',
      `the ${preset?.name} preset's health check authenticates with ${tokenName}, and ${storedNote(tokenName)}: give the probe the same value in 'health-token', or put ${tokenName} in 'secrets'`,
      '${{ secrets.FISHJAM_TOKEN }}'
    )
  }
  if (options.checks.includes('fishjam') && options.healthToken === undefined) {
    throw new InputError(
      'health-token',
      "is required for the 'fishjam' check (Fishjam's API token): set it, or put FJ_SERVER_API_TOKEN in 'secrets'",
      '${{ secrets.FJ_SERVER_API_TOKEN }}'
    )
  }
}
