/**
 * Step 10's plan: which checks run against which host with which credentials, chosen from the
 * inputs and the preset. The probe itself (src/probe) knows nothing of presets or inputs.
 */
import type { Preset } from '../config/types.js'
import { PRESETS, fillPlaceholders } from '../config/index.js'
import { InputError } from '../errors.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import type { ProbeCheck, ProbeOptions, TurnCredentials } from '../probe/types.js'

export interface ProbeTarget {
  app: string
  hostname: string
  ipv4?: string
  /** UDP ports the config exposes (for the generic `auto` choice). */
  udpPorts: readonly number[]
}

/** Undefined when there is nothing to probe (`probe: none`, or `auto` with nothing to check). */
export function planProbe(
  settings: Settings,
  target: ProbeTarget,
  logger: Logger,
  startedAt: number
): ProbeOptions | undefined {
  const preset: Preset | undefined =
    settings.preset === 'none' ? undefined : PRESETS[settings.preset]
  const checks = settings.probeChecks ?? autoChecks(preset, settings, target)
  if (checks.length === 0) return undefined
  // An http-only probe goes to its URL; the STUN/TURN checks need an address to send to.
  const httpOnly = checks.every((check) => check === 'http')
  const host = settings.probeHost ?? target.ipv4 ?? (httpOnly ? target.hostname : undefined)
  if (host === undefined) {
    throw new InputError(
      'probe-host',
      'is required: the app has no public IPv4 to probe',
      '203.0.113.7'
    )
  }
  const secret = (name: string | undefined): string | undefined =>
    name === undefined ? undefined : settings.secrets.find((s) => s.name === name)?.value

  const healthUrl = settings.healthUrl ?? preset?.probe.healthUrl
  const options: ProbeOptions = {
    host,
    port: settings.probePort,
    transports: settings.probeTransports,
    checks,
    credentials: credentialsFor(settings, preset, secret),
    realm: settings.turnRealm,
    // The relayed address must be the public one only when we probe that very address.
    expectedRelayIp: host === target.ipv4 ? target.ipv4 : undefined,
    healthUrl:
      healthUrl === undefined ? undefined : fillPlaceholders(healthUrl, target, 'health-url'),
    healthToken: settings.healthToken ?? secret(preset?.probe.healthTokenSecret),
    timeoutMs: settings.probeTimeoutMs,
    intervalMs: settings.probeIntervalMs,
    startedAt,
    logger
  }
  if ((checks.includes('turn') || checks.includes('relay')) && options.credentials === undefined) {
    const name = preset?.probe.turnSecretName
    throw new InputError(
      name ? 'secrets' : 'turn-secret',
      name
        ? `the ${preset?.name} preset probes TURN with the shared secret ${name}, which is not in 'secrets'`
        : "the 'turn' and 'relay' checks need 'turn-secret' or 'turn-username' and 'turn-password'",
      name ? `${name}=\${{ secrets.TURN_SECRET }}` : '${{ secrets.TURN_SECRET }}'
    )
  }
  return options
}

function autoChecks(
  preset: Preset | undefined,
  settings: Settings,
  target: ProbeTarget
): ProbeCheck[] {
  if (preset) return preset.probe.checks
  // Any STUN/TURN image: a Binding on the probed port, when that port is exposed over UDP.
  return target.udpPorts.includes(settings.probePort) || settings.probeHost !== undefined
    ? ['stun']
    : []
}

function credentialsFor(
  settings: Settings,
  preset: Preset | undefined,
  secret: (name: string | undefined) => string | undefined
): TurnCredentials | undefined {
  if (settings.turnUsername !== undefined && settings.turnPassword !== undefined) {
    return { kind: 'long-term', username: settings.turnUsername, password: settings.turnPassword }
  }
  const shared = settings.turnSecret ?? secret(preset?.probe.turnSecretName)
  return shared === undefined ? undefined : { kind: 'rest', secret: shared }
}
