/**
 * Step 10: which checks run against which host with which credentials, chosen from the inputs
 * and the preset, checked before any side effect and run after the deploy. The probe itself
 * (src/probe) knows nothing of presets or inputs.
 */
import type { BuiltConfig, Ipv4Mode, PortRange, Preset } from '../config/types.js'
import { exposesPort, fillPlaceholders, formatPortRange, presetFor } from '../config/index.js'
import { InputError } from '../errors.js'
import { STAND_IN_IPV4 } from '../fly/dry-run.js'
import { credentialsFor, requireProbeCredentials } from './probe-credentials.js'
import type { Settings } from '../inputs.js'
import { type Logger, silentLogger } from '../log.js'
import {
  isHostName,
  type OptionNames,
  ProbeOptionError,
  validateProbeOptions,
  waitForReady
} from '../probe/index.js'
import type { ProbeCheck, ProbeOptions, ProbeReport, ProbeTransport } from '../probe/types.js'

/** The action's name for each probe option, so the probe's errors and hints name the input. */
export const PROBE_INPUT_NAMES: OptionNames = {
  host: 'probe-host',
  port: 'probe-port',
  tlsPort: 'tls-ports',
  transports: 'probe-transports',
  checks: 'probe',
  credentials: 'turn-secret',
  username: 'turn-username',
  password: 'turn-password',
  secret: 'turn-secret',
  realm: 'turn-realm',
  expectedRelayIp: 'ipv4',
  healthUrl: 'health-url',
  healthToken: 'health-token',
  fishjamUrl: 'fishjam-url',
  fishjamAllowLivePeers: 'fishjam-allow-live-peers',
  timeout: 'probe-timeout',
  interval: 'probe-interval',
  successes: 'probe-successes',
  hold: 'probe-hold'
}

export interface ProbeRun {
  options: ProbeOptions
  report: ProbeReport
}

export interface ProbeTarget {
  app: string
  hostname: string
  ipv4?: string
  /** UDP ports the config exposes (for the generic `auto` choice). */
  udpRanges: readonly PortRange[]
  /** Ports where Fly's edge terminates TLS for the TURN port; the first is probed. */
  tlsPorts: readonly number[]
}

/**
 * The transports probed and given to clients: the input, else the preset's (coturn: udp, tcp,
 * tls), else udp. A preset's 'tls' needs a TLS port; one the user asked for fails without one.
 */
export function plannedTransports(
  settings: Pick<Settings, 'preset' | 'probeTransports'>,
  tlsPorts: readonly number[]
): ProbeTransport[] {
  const preset = presetFor(settings.preset)
  if (settings.probeTransports === undefined) {
    const defaults = preset?.probe.transports ?? ['udp']
    return tlsPorts.length > 0 ? defaults : defaults.filter((t) => t !== 'tls')
  }
  if (settings.probeTransports.includes('tls') && tlsPorts.length === 0) {
    throw new InputError(
      'probe-transports',
      "lists 'tls', but no TLS port is rendered: set 'tls-ports' (Fly's edge terminates TLS there), or drop 'tls'",
      'udp, tcp'
    )
  }
  return settings.probeTransports
}

/**
 * Transports, the TLS port and the name TLS asks for. Fly's edge has a certificate for the app's
 * name, never for an address: SNI and the certificate check use the hostname whatever address
 * is probed, as a browser given the turns: URL would.
 */
function transportOptions(
  settings: Settings,
  target: ProbeTarget
): Pick<ProbeOptions, 'transports' | 'tlsPort' | 'tls'> {
  const transports = plannedTransports(settings, target.tlsPorts)
  return {
    transports,
    tlsPort: transports.includes('tls') ? target.tlsPorts[0] : undefined,
    tls: isHostName(target.hostname) ? { servername: target.hostname } : undefined
  }
}

function streakAndHold(settings: Settings): Pick<ProbeOptions, 'successes' | 'holdMs'> {
  return { successes: settings.probeSuccesses, holdMs: settings.probeHoldMs }
}

/** Undefined when there is nothing to probe (`probe: none`, or `auto` with nothing to check). */
export function planProbe(
  settings: Settings,
  target: ProbeTarget,
  logger: Logger,
  startedAt: number
): ProbeOptions | undefined {
  const preset = presetFor(settings.preset)
  const checks = settings.probeChecks ?? autoChecks(preset, settings, target)
  if (checks.length === 0) return undefined
  // HTTP and Fishjam checks go to their URLs; the STUN/TURN checks need an address to send to.
  const httpOnly = checks.every((check) => check === 'http' || check === 'fishjam')
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
  const fishjamUrl = settings.fishjamUrl ?? preset?.probe.fishjamUrl
  // Fishjam's API token: the health check's, else the preset's secret, else FJ_SERVER_API_TOKEN.
  const tokenSecret =
    preset?.probe.healthTokenSecret ??
    (checks.includes('fishjam') ? 'FJ_SERVER_API_TOKEN' : undefined)
  const options: ProbeOptions = {
    host,
    port: settings.probePort,
    ...transportOptions(settings, target),
    checks,
    credentials: credentialsFor(settings, preset, secret),
    realm: settings.turnRealm,
    // The relayed address must be the public one only when we probe that very address.
    expectedRelayIp: host === target.ipv4 ? target.ipv4 : undefined,
    healthUrl:
      healthUrl === undefined ? undefined : fillPlaceholders(healthUrl, target, 'health-url'),
    healthToken: settings.healthToken ?? secret(tokenSecret),
    fishjamUrl:
      fishjamUrl === undefined ? undefined : fillPlaceholders(fishjamUrl, target, 'fishjam-url'),
    // Right after a deploy the node has no peers; only `command: probe` meets a live server.
    fishjamAllowLivePeers: settings.command !== 'probe' || settings.fishjamAllowLivePeers,
    timeoutMs: settings.probeTimeoutMs,
    intervalMs: settings.probeIntervalMs,
    ...streakAndHold(settings),
    // A server that relays for anyone fails the run, unless the user chose one.
    failOnOpenRelay: !settings.allowOpenRelay,
    startedAt,
    logger,
    names: PROBE_INPUT_NAMES
  }
  requireProbeCredentials(options, preset, settings.healthUrl === undefined)
  return options
}

function autoChecks(
  preset: Preset | undefined,
  settings: Settings,
  target: ProbeTarget
): ProbeCheck[] {
  if (preset) return preset.probe.checks
  // Any STUN/TURN image: a Binding on the probed port, when that port is exposed over UDP.
  return exposesPort(target.udpRanges, settings.probePort) || settings.probeHost !== undefined
    ? ['stun']
    : []
}

/**
 * What each raw transport needs the rendered config to expose on the app's own address ('tls'
 * needs a TLS port, which plannedTransports already demands).
 */
function exposureProblem(
  transport: ProbeTransport,
  port: number,
  built: BuiltConfig
): { input: string; problem: string } | undefined {
  if (transport === 'tls') return undefined
  const ranges = transport === 'udp' ? built.udpRanges : built.tcpRanges
  if (ranges.length === 0) {
    return {
      input: 'probe-transports',
      problem: `'${transport}' needs a ${transport.toUpperCase()} service, and the rendered fly.toml has none`
    }
  }
  if (exposesPort(ranges, port)) return undefined
  return {
    input: 'probe-port',
    problem: `${port} is not among the ${transport.toUpperCase()} ports the rendered fly.toml exposes (${ranges.map(formatPortRange).join(', ')})`
  }
}

/**
 * When the probe will talk to the app's own address, every transport it uses must reach a port
 * the rendered config exposes; otherwise the run would deploy and then wait out probe-timeout.
 */
export function checkProbedPortsExposed(
  settings: Settings,
  built: BuiltConfig,
  ipv4Mode: Ipv4Mode
): void {
  // Without a public IPv4 there is no own address to probe: planProbe asks for probe-host.
  if (settings.probeHost !== undefined || ipv4Mode === 'none') return
  const preset = presetFor(settings.preset)
  const target = { app: '', hostname: '', udpRanges: built.udpRanges, tlsPorts: built.tlsPorts }
  const checks = settings.probeChecks ?? autoChecks(preset, settings, target)
  // Only the STUN/TURN checks use probe-port and probe-transports (fishjam has its own ports).
  if (!checks.some((check) => check === 'stun' || check === 'turn' || check === 'relay')) return
  for (const transport of plannedTransports(settings, built.tlsPorts)) {
    const found = exposureProblem(transport, settings.probePort, built)
    if (found) {
      throw new InputError(
        found.input,
        found.problem,
        found.input === 'probe-port' ? '3478' : 'udp'
      )
    }
  }
}

/**
 * Checks the probe's inputs before any side effect, with a stand-in for the address that is not
 * known yet (none at all when `ipv4: none` means there will be none).
 */
export function validateProbePlan(
  settings: Settings,
  target: Omit<ProbeTarget, 'ipv4'>,
  ipv4Mode: Ipv4Mode
): void {
  const ipv4 = ipv4Mode === 'none' ? undefined : STAND_IN_IPV4
  const options = planProbe(settings, { ...target, ipv4 }, silentLogger, Date.now())
  if (options) checkProbeOptions(options)
}

export async function probeDeployment(
  settings: Settings,
  target: ProbeTarget,
  logger: Logger
): Promise<ProbeRun | undefined> {
  const options = planProbe(settings, target, logger, Date.now())
  if (!options) {
    logger.info('No readiness probe (probe: none, or nothing to check for this preset)')
    return undefined
  }
  logger.info(`Probing ${probeScope(options)} for up to ${Math.round(options.timeoutMs / 1000)} s`)
  const report = await waitForReady(options)
  logger.info(report.summary)
  if (report.diagnostic) logger.warn(report.diagnostic)
  for (const warning of report.warnings) logger.warn(warning)
  return { options, report }
}

/** What a probe checks, where: "stun at 203.0.113.7:3478 over udp; http at https://x/health". */
export function probeScope(o: ProbeOptions): string {
  const where = (url: string | undefined): string => {
    const parsed = new URL(url ?? 'http://x')
    return `${parsed.origin}${parsed.pathname}`
  }
  const stunChecks = o.checks.filter((c) => c === 'stun' || c === 'turn' || c === 'relay')
  const parts: string[] = []
  if (stunChecks.length > 0) {
    parts.push(`${stunChecks.join(', ')} at ${o.host}:${o.port} over ${o.transports.join(', ')}`)
  }
  if (o.checks.includes('http')) parts.push(`http at ${where(o.healthUrl)}`)
  if (o.checks.includes('fishjam')) {
    parts.push(`fishjam: a WebRTC peer via ${where(o.fishjamUrl)} to its TURN port over UDP`)
  }
  return parts.join('; ')
}

/** The probe's own validation, its errors told as the action's input errors. */
function checkProbeOptions(options: ProbeOptions): void {
  try {
    validateProbeOptions(options)
  } catch (error) {
    if (!(error instanceof ProbeOptionError)) throw error
    const input = PROBE_INPUT_NAMES[error.field] ?? error.field
    throw new InputError(input, error.problem, error.example)
  }
}
