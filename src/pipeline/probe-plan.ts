/**
 * Step 10: which checks run against which host with which credentials, chosen from the inputs
 * and the preset, checked before any side effect and run after the deploy. The probe itself
 * (src/probe) knows nothing of presets or inputs.
 */
import type { BuiltConfig, Ipv4Mode, PortRange, Preset } from '../config/types.js'
import {
  PRESETS,
  blankSecretError,
  exposesPort,
  fillPlaceholders,
  formatPortRange,
  isBlank,
  tlsPortsOf
} from '../config/index.js'
import { InputError } from '../errors.js'
import { STAND_IN_IPV4 } from '../fly/dry-run.js'
import type { Settings } from '../inputs.js'
import { type Logger, silentLogger } from '../log.js'
import {
  type OptionNames,
  ProbeOptionError,
  validateProbeOptions,
  waitForReady
} from '../probe/index.js'
import {
  DEFAULT_TLS_PORT,
  type ProbeCheck,
  type ProbeOptions,
  type ProbeReport,
  type TurnCredentials
} from '../probe/types.js'

/** The action's name for each probe option, so the probe's errors and hints name the input. */
export const PROBE_INPUT_NAMES: OptionNames = {
  host: 'probe-host',
  port: 'probe-port',
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
  interval: 'probe-interval'
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
    transports: settings.probeTransports,
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
    // A server that relays for anyone fails the run, unless the user chose one.
    failOnOpenRelay: !settings.allowOpenRelay,
    startedAt,
    logger,
    names: PROBE_INPUT_NAMES
  }
  requireProbeCredentials(options, preset, settings.healthUrl === undefined)
  return options
}

/**
 * The probe authenticates with the preset's secret taken from `secrets`. When the input lacks it
 * (the deploy may keep the value stored on the app, which Fly never gives back) the probe needs
 * its own copy: `turn-secret` for TURN, `health-token` for the preset's health check.
 */
function requireProbeCredentials(
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

function credentialsFor(
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

/** What each probe transport needs the rendered config to expose on the app's own address. */
function exposureProblem(
  transport: string,
  port: number,
  built: BuiltConfig
): { input: string; problem: string } | undefined {
  const tls = tlsPortsOf(built.config)
  const exposed = { udp: built.udpRanges, tcp: built.tcpRanges }
  if (transport === 'tls') {
    if (tls.includes(DEFAULT_TLS_PORT)) return undefined
    return {
      input: 'probe-transports',
      problem: `'tls' probes port ${DEFAULT_TLS_PORT}, but the rendered fly.toml has ${tls.length > 0 ? `TLS only on ${tls.join(', ')}` : 'no TLS port (a TCP service port with handlers = ["tls"])'}`
    }
  }
  const ranges = exposed[transport as 'udp' | 'tcp']
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
  const preset = settings.preset === 'none' ? undefined : PRESETS[settings.preset]
  const target = { app: '', hostname: '', udpRanges: built.udpRanges }
  const checks = settings.probeChecks ?? autoChecks(preset, settings, target)
  // Only the STUN/TURN checks use probe-port and probe-transports (fishjam has its own ports).
  if (!checks.some((check) => check === 'stun' || check === 'turn' || check === 'relay')) return
  for (const transport of settings.probeTransports) {
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
