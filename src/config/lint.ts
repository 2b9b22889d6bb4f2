/**
 * Checks a rendered fly.toml for the pitfalls that make a WebRTC/TURN deploy on Fly fail or
 * misbehave. Errors stop the run before anything is deployed; warnings say what to change.
 * Every message names the key and what to write instead.
 */
import { isIP } from 'node:net'
import {
  asTable,
  httpInternalPortOf,
  protocolOf,
  publicRangesOf,
  rangeSize,
  rangesOf,
  servicesOf,
  tablesIn,
  toPort,
  type Table
} from './ports.js'
import {
  formatPortRange,
  type FlyConfig,
  type Ipv4Mode,
  type LintFinding,
  type PortRange
} from './types.js'

const FLY_GLOBAL = 'fly-global-services'
const WIDE_RANGE = 1000

interface Command {
  key: string
  args: string[]
}

type Check = (config: FlyConfig, ctx: { ipv4: Ipv4Mode }) => LintFinding[]

const error = (key: string, message: string): LintFinding => ({ severity: 'error', key, message })
const warning = (key: string, message: string): LintFinding => ({
  severity: 'warning',
  key,
  message
})

/** Every command in the config as argv; [processes] strings are split as flyctl does (shlex). */
function commandsOf(config: FlyConfig): Command[] {
  const commands: Command[] = []
  const experimental = asTable(config.experimental)
  for (const field of ['cmd', 'entrypoint', 'exec']) {
    const value = experimental?.[field]
    if (Array.isArray(value))
      commands.push({ key: `experimental.${field}`, args: value.map(String) })
    else if (typeof value === 'string')
      commands.push({ key: `experimental.${field}`, args: [value] })
  }
  for (const [name, value] of Object.entries(asTable(config.processes) ?? {})) {
    const args = Array.isArray(value) ? value.map(String) : String(value).trim().split(/\s+/)
    commands.push({ key: `processes.${name}`, args })
  }
  return commands
}

/** Values of a turnserver option, in its `--name=v`, `--name v` and `-X v` spellings. */
function optionValues(args: string[], long: string, short?: string): string[] {
  const values: string[] = []
  args.forEach((arg, i) => {
    if (arg.startsWith(`--${long}=`)) values.push(arg.slice(long.length + 3))
    else if (arg === `--${long}` || (short !== undefined && arg === `-${short}`)) {
      if (i + 1 < args.length) values.push(args[i + 1])
    }
  })
  return values
}

function hasOption(args: string[], long: string, short?: string): boolean {
  return args.some(
    (a) =>
      a === `--${long}` || a.startsWith(`--${long}=`) || (short !== undefined && a === `-${short}`)
  )
}

/** A TOML value as a person reads it: strings bare, anything else as TOML/JSON would show it. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function imageOf(config: FlyConfig): string {
  const image = asTable(config.build)?.image
  return typeof image === 'string' ? image.toLowerCase() : ''
}

function envOf(config: FlyConfig): Table {
  return asTable(config.env) ?? {}
}

/** The command that runs turnserver, when the app is coturn. */
function coturnCommand(config: FlyConfig): Command | undefined {
  const commands = commandsOf(config)
  const byFlags = commands.find((c) =>
    c.args.some(
      (a) =>
        a.includes('turnserver') ||
        /^--(listening-ip|relay-ip|external-ip|realm|min-port|static-auth-secret|lt-cred-mech|use-auth-secret)\b/.test(
          a
        )
    )
  )
  if (byFlags) return byFlags
  return imageOf(config).includes('coturn')
    ? (commands[0] ?? { key: 'experimental.cmd', args: [] })
    : undefined
}

function isFishjam(config: FlyConfig): boolean {
  const image = imageOf(config)
  return (
    image.includes('fishjam') ||
    image.includes('jellyfish') ||
    Object.keys(envOf(config)).some((k) => k.startsWith('FJ_'))
  )
}

function udpRanges(config: FlyConfig): PortRange[] {
  return rangesOf(config, 'udp')
}

function coveredBy(ranges: PortRange[], wanted: PortRange): boolean {
  // Merge adjacent exposed ranges so 50000-50049 + 50050-50099 covers 50000-50099.
  let next = wanted.start
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start <= next && r.end >= next) next = r.end + 1
    if (next > wanted.end) return true
  }
  return false
}

const releaseCommand: Check = (config) => {
  const command = asTable(config.deploy)?.release_command
  if (command === undefined) return []
  const shown = Array.isArray(command) ? command.map(text).join(' ') : text(command)
  if (/migrat/i.test(shown)) {
    return [
      error(
        'deploy.release_command',
        `[deploy] release_command = "${shown}" runs database migrations (fly launch adds it for Phoenix apps); a media/TURN server has no database and the release fails. Delete the release_command line.`
      )
    ]
  }
  return [
    warning(
      'deploy.release_command',
      `[deploy] release_command = "${shown}" runs in a temporary machine before every deploy; a TURN/media server rarely needs one. Delete it unless it is yours on purpose.`
    )
  ]
}

const servicePorts: Check = (config, ctx) => {
  const findings: LintFinding[] = []
  const services = servicesOf(config)
  services.forEach((service, i) => {
    const key = `services[${i}]`
    const udp = protocolOf(service) === 'udp'
    const internal = toPort(service.internal_port)
    tablesIn(service.ports).forEach((entry, j) => {
      if (udp && entry.handlers !== undefined) {
        findings.push(
          warning(
            `${key}.ports[${j}].handlers`,
            `${key}.ports[${j}] sets handlers on a UDP port; Fly's handlers (http, tls, proxy_proto) are for TCP. Remove the handlers line from the UDP service.`
          )
        )
      }
    })
    if (!udp) return
    for (const range of publicRangesOf(service)) {
      const matches =
        range.start === range.end
          ? internal === range.start
          : internal !== undefined && internal >= range.start && internal <= range.end
      if (!matches) {
        findings.push(
          error(
            `${key}.internal_port`,
            `${key} is UDP with internal_port = ${String(service.internal_port)} but public port ${formatPortRange(range)}; Fly does not rewrite UDP ports, so the server never sees these packets. Write internal_port = ${range.start}.`
          )
        )
      }
      if (rangeSize(range) > WIDE_RANGE) {
        findings.push(
          warning(
            `${key}.ports`,
            `${key} exposes ${rangeSize(range)} UDP ports (${formatPortRange(range)}); how Fly's UDP proxy handles wide ranges is unverified and each relay port is an open door. Keep relay ranges narrow, e.g. start_port = ${range.start}, end_port = ${range.start + 99}, and the server's range to match.`
          )
        )
      }
    }
  })
  if (udpRanges(config).length > 0 && ctx.ipv4 !== 'dedicated') {
    findings.push(
      warning(
        'services',
        `[[services]] expose UDP (${udpRanges(config).map(formatPortRange).join(', ')}) but the app gets no dedicated IPv4 (ipv4: ${ctx.ipv4}); Fly carries UDP only on a dedicated IPv4, not on shared IPv4 or IPv6. Set the input ipv4: dedicated.`
      )
    )
  }
  return findings
}

const autoStop: Check = (config) => {
  if (udpRanges(config).length === 0) return []
  const findings: LintFinding[] = []
  const stops = (t: Table) =>
    t.auto_stop_machines !== undefined &&
    t.auto_stop_machines !== false &&
    t.auto_stop_machines !== 'off'
  const httpService = asTable(config.http_service)
  if (httpService && stops(httpService)) {
    findings.push(
      warning(
        'http_service.auto_stop_machines',
        `[http_service] auto_stop_machines = ${JSON.stringify(httpService.auto_stop_machines)} lets Fly stop the machine when no HTTP traffic arrives, which ends every UDP/TURN session (UDP neither keeps a machine running nor wakes it). Write auto_stop_machines = "off".`
      )
    )
  }
  servicesOf(config).forEach((service, i) => {
    if (stops(service)) {
      findings.push(
        warning(
          `services[${i}].auto_stop_machines`,
          `services[${i}] sets auto_stop_machines = ${JSON.stringify(service.auto_stop_machines)}; Fly can stop the machine under running UDP/TURN sessions and will not wake it for UDP. Write auto_stop_machines = "off".`
        )
      )
    }
  })
  return findings
}

const commandShape: Check = (config) => {
  const experimental = asTable(config.experimental)
  const findings: LintFinding[] = []
  for (const field of ['cmd', 'entrypoint', 'exec']) {
    const value = experimental?.[field]
    const key = `experimental.${field}`
    if (typeof value === 'string') {
      findings.push(
        error(
          key,
          `[experimental] ${field} is one string; flyctl passes it as a single argument without splitting it, so the server gets one mangled argument. Write an array: ${field} = ${JSON.stringify(value.trim().split(/\s+/))}.`
        )
      )
    } else if (Array.isArray(value) && value.length === 1 && /\s/.test(String(value[0]).trim())) {
      findings.push(
        error(
          key,
          `[experimental] ${field} is an array of one element with spaces; it reaches the server as one argument. Write one element per argument: ${field} = ${JSON.stringify(String(value[0]).trim().split(/\s+/))}.`
        )
      )
    }
  }
  return findings
}

const coturn: Check = (config) => {
  const command = coturnCommand(config)
  if (!command) return []
  const { key, args } = command
  const findings: LintFinding[] = []
  const udp = udpRanges(config)
  const usesConfigFile = hasOption(args, 'conf', 'c')

  if (args.some((a) => a.includes('detect-external-ip'))) {
    findings.push(
      warning(
        key,
        `${key} uses detect-external-ip, which reports Fly's egress address, not the app's dedicated IPv4; TURN clients then get an unreachable relayed address. Write "--external-ip={ipv4}".`
      )
    )
  } else if (
    udp.length > 0 &&
    optionValues(args, 'external-ip', 'X').length === 0 &&
    !usesConfigFile
  ) {
    findings.push(
      warning(
        key,
        `${key} has no --external-ip, so coturn announces its private fly-global-services address as the relayed address. Add "--external-ip={ipv4}".`
      )
    )
  }

  const listening = optionValues(args, 'listening-ip', 'L')
  const relay = optionValues(args, 'relay-ip', 'E')
  if (udp.length > 0 && !(usesConfigFile && listening.length === 0)) {
    if (!listening.includes(FLY_GLOBAL)) {
      findings.push(
        error(
          key,
          `${key} does not listen on fly-global-services (listening IPs: ${listening.join(', ') || 'all'}); on Fly a UDP socket must bind fly-global-services or its replies leave from the wrong address. Add "--listening-ip=fly-global-services".`
        )
      )
    }
    if (relay.length === 0 || relay.some((ip) => ip !== FLY_GLOBAL)) {
      findings.push(
        error(
          key,
          `${key} relays from ${relay.join(', ') || 'its listening IPs'}; relay sockets are UDP and must bind fly-global-services. Write "--relay-ip=fly-global-services" (and no other --relay-ip).`
        )
      )
    }
  }
  if (usesConfigFile && listening.length === 0) {
    findings.push(
      warning(
        key,
        `${key} reads a turnserver config file, so its listening IP cannot be checked here. Make sure it sets listening-ip=fly-global-services and relay-ip=fly-global-services.`
      )
    )
  }
  if (
    rangesOf(config, 'tcp').length > 0 &&
    listening.length > 0 &&
    listening.every((ip) => ip === FLY_GLOBAL)
  ) {
    findings.push(
      warning(
        key,
        `${key} listens only on fly-global-services, but TCP is exposed and TCP cannot bind there on Fly. Add "--listening-ip=0.0.0.0" for the TCP listener.`
      )
    )
  }

  const authenticated =
    hasOption(args, 'use-auth-secret') ||
    hasOption(args, 'lt-cred-mech', 'a') ||
    hasOption(args, 'user', 'u') ||
    hasOption(args, 'oauth')
  if (!authenticated && !usesConfigFile) {
    findings.push(
      warning(
        key,
        `${key} sets no authentication, which makes coturn an open relay anyone can use. Add "--use-auth-secret" and "--static-auth-secret=$AUTH_SECRET" (with AUTH_SECRET in the secrets input).`
      )
    )
  }
  for (const value of optionValues(args, 'static-auth-secret')) {
    if (!value.includes('$')) {
      findings.push(
        warning(
          key,
          `${key} has the TURN secret written into the command, so it lands in fly.toml and the logs. Write "--static-auth-secret=$AUTH_SECRET" and pass AUTH_SECRET in the secrets input.`
        )
      )
    }
  }
  if (hasOption(args, 'allow-loopback-peers')) {
    findings.push(
      warning(
        key,
        `${key} has --allow-loopback-peers, which lets clients relay into the machine itself; it is for local tests only. Remove it.`
      )
    )
  }

  const minPort = optionValues(args, 'min-port').map(Number)[0]
  const maxPort = optionValues(args, 'max-port').map(Number)[0]
  if (udp.length > 0 && minPort !== undefined && maxPort !== undefined && minPort <= maxPort) {
    const relayRange = { start: minPort, end: maxPort }
    if (!coveredBy(udp, relayRange)) {
      findings.push(
        warning(
          key,
          `${key} relays on UDP ${formatPortRange(relayRange)}, which the UDP services do not all expose (${udp.map(formatPortRange).join(', ')}). Expose the same range: udp-ports: ${optionValues(args, 'listening-port')[0] ?? '3478'}, ${formatPortRange(relayRange)}.`
        )
      )
    }
  }
  return findings
}

const fishjam: Check = (config) => {
  if (!isFishjam(config)) return []
  const env = envOf(config)
  const findings: LintFinding[] = []
  const http = httpInternalPortOf(config)
  const fjPort = env.FJ_PORT === undefined ? undefined : text(env.FJ_PORT)

  if (fjPort !== undefined && http !== undefined && fjPort !== String(http)) {
    findings.push(
      error(
        'env.FJ_PORT',
        `FJ_PORT = "${fjPort}" but the HTTP service's internal_port is ${http}; Fly would send requests to a port Fishjam does not listen on. Write FJ_PORT = "${http}".`
      )
    )
  } else if (fjPort === undefined && http !== undefined && http !== 8080) {
    findings.push(
      error(
        'env.FJ_PORT',
        `FJ_PORT is not set, so Fishjam listens on 8080, but the HTTP service's internal_port is ${http}. Add FJ_PORT = "${http}" to [env].`
      )
    )
  } else if (fjPort !== undefined && http === undefined) {
    findings.push(
      warning(
        'env.FJ_PORT',
        `FJ_PORT = "${fjPort}" but no HTTP service exposes it; Fishjam's API would be unreachable. Add an HTTP service with internal_port = ${fjPort} (input http-port: ${fjPort}).`
      )
    )
  }

  if (env.FJ_WEBRTC_USED === 'false') return findings
  const listenIp = env.FJ_WEBRTC_TURN_LISTEN_IP
  if (listenIp !== FLY_GLOBAL) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_LISTEN_IP',
        `FJ_WEBRTC_TURN_LISTEN_IP is ${listenIp === undefined ? 'not set (Fishjam then listens on 127.0.0.1)' : `"${text(listenIp)}"`}; on Fly the TURN sockets must bind fly-global-services. Write FJ_WEBRTC_TURN_LISTEN_IP = "fly-global-services".`
      )
    )
  }
  const turnIp = env.FJ_WEBRTC_TURN_IP
  if (turnIp === undefined) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_IP',
        'FJ_WEBRTC_TURN_IP is not set, so Fishjam tells clients to use 127.0.0.1 as TURN server. Write FJ_WEBRTC_TURN_IP = "{ipv4}" (the dedicated IPv4).'
      )
    )
  } else if (!text(turnIp).includes('{') && isIP(text(turnIp)) === 0) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_IP',
        `FJ_WEBRTC_TURN_IP = "${text(turnIp)}" is not an IP address, and Fishjam refuses to boot with a hostname there. Write FJ_WEBRTC_TURN_IP = "{ipv4}".`
      )
    )
  }
  const range = /^(\d+)-(\d+)$/.exec(text(env.FJ_WEBRTC_TURN_PORT_RANGE ?? '50000-59999'))
  const udp = udpRanges(config)
  if (range) {
    const start = Number(range[1])
    const end = Number(range[2])
    // Per-peer TURN listeners use the lower half of the range (membrane_ice_plugin).
    const peerPorts = { start, end: start + Math.floor((end - start + 1) / 2) - 1 }
    if (peerPorts.end >= peerPorts.start && !coveredBy(udp, peerPorts)) {
      findings.push(
        warning(
          'env.FJ_WEBRTC_TURN_PORT_RANGE',
          `Fishjam opens its per-peer TURN ports in ${formatPortRange(peerPorts)} (the lower half of FJ_WEBRTC_TURN_PORT_RANGE = "${start}-${end}"), but the UDP services expose ${udp.map(formatPortRange).join(', ') || 'nothing'}. Expose the range: udp-ports: ${start}-${end}.`
        )
      )
    }
  }
  return findings
}

const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL)/i

const secretsInEnv: Check = (config) => {
  const findings: LintFinding[] = []
  for (const [name, value] of Object.entries(envOf(config))) {
    const text = String(value)
    if (text === '') continue
    if (SECRET_NAME.test(name) || text.includes('-----BEGIN')) {
      findings.push(
        warning(
          `env.${name}`,
          `[env] ${name} looks like a secret, and [env] values are stored in plain text in fly.toml and the app's config. Remove it from env and pass it in the secrets input instead.`
        )
      )
    }
  }
  return findings
}

const CHECKS: Check[] = [
  releaseCommand,
  servicePorts,
  autoStop,
  commandShape,
  coturn,
  fishjam,
  secretsInEnv
]

/** All findings, errors first; an empty list means the config is clean. */
export function lintConfig(config: FlyConfig, ctx: { ipv4: Ipv4Mode }): LintFinding[] {
  const findings = CHECKS.flatMap((check) => check(config, ctx))
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning')
  ]
}

/** True when any finding must stop the run before deploying. */
export function hasLintErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}
