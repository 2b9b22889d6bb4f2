/**
 * Lint rules about Fly itself, whatever server runs: release_command, service ports, the
 * dedicated IPv4 that UDP needs, auto-stop, the command's shape and secrets in [env].
 */
import {
  asTable,
  exposesAnyPort,
  protocolOf,
  publicRangesOf,
  rangeSize,
  rangesOf,
  servicesOf,
  tablesIn,
  tcpPortsNeedingDedicatedIpv4,
  toPort,
  type Table
} from '../ports.js'
import { formatPortRange, type BuiltConfig, type Ipv4Mode, type LintFinding } from '../types.js'
import { groupsOfService, processGroupsOf } from '../processes.js'
import { envOf, error, text, warning, type Check } from './rule.js'

/** How many UDP ports in one range are worth a warning. */
const WIDE_RANGE = 1000

export const releaseCommand: Check = (config) => {
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

/**
 * UDP ports are not rewritten by Fly, so each public port must be the port the server binds. A
 * range's internal_port is its first port (what the presets write) or anything inside it, or 0,
 * as a real coturn-on-Fly config writes it (fly-platform.md §1; docs/presets.md says why).
 */
function udpServiceFindings(service: Table, key: string): LintFinding[] {
  const findings: LintFinding[] = []
  const internal = toPort(service.internal_port)
  for (const range of publicRangesOf(service)) {
    const matches =
      range.start === range.end
        ? internal === range.start
        : internal === 0 ||
          (internal !== undefined && internal >= range.start && internal <= range.end)
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
  return findings
}

export const servicePorts: Check = (config) =>
  servicesOf(config).flatMap((service, i) => {
    const key = `services[${i}]`
    const udp = protocolOf(service) === 'udp'
    const findings: LintFinding[] = []
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
    return udp ? [...findings, ...udpServiceFindings(service, key)] : findings
  })

/**
 * The IPv4 mode of an app: the requested one, else dedicated when the config exposes anything
 * the shared IPv4 cannot carry, as flyctl itself decides (fly-platform.md §3): any UDP (Fly
 * carries UDP only on a dedicated IPv4) or a raw TCP port; else shared. A requested mode that
 * cannot carry the services is kept, so that lint reports it with the fix.
 */
export function decideIpv4Mode(
  requested: Ipv4Mode | undefined,
  built: Pick<BuiltConfig, 'udpRanges' | 'config'>
): Ipv4Mode {
  if (requested !== undefined) return requested
  const dedicated =
    exposesAnyPort(built.udpRanges) || tcpPortsNeedingDedicatedIpv4(built.config).length > 0
  return dedicated ? 'dedicated' : 'shared'
}

export const udpNeedsDedicatedIpv4: Check = (config, ctx) => {
  const udp = rangesOf(config, 'udp')
  if (udp.length === 0 || ctx.ipv4 === 'dedicated') return []
  return [
    error(
      'services',
      `[[services]] expose UDP (${udp.map(formatPortRange).join(', ')}) but the app gets no dedicated IPv4 (ipv4: ${ctx.ipv4}); Fly carries UDP only on a dedicated IPv4, not on shared IPv4 or IPv6. Set the input ipv4: dedicated.`
    )
  ]
}

/** `ipv4: shared` with raw TCP: flyctl would pick dedicated, and the shared address drops it. */
export const rawTcpNeedsDedicatedIpv4: Check = (config, ctx) => {
  const tcp = tcpPortsNeedingDedicatedIpv4(config)
  if (tcp.length === 0 || ctx.ipv4 !== 'shared') return []
  return [
    error(
      'services',
      `[[services]] expose raw TCP (${tcp.map(formatPortRange).join(', ')}) but ipv4: shared; Fly's shared IPv4 routes only HTTP on 80 and TLS+HTTP on 443 (by Host and SNI), so these ports would be unreachable. Set the input ipv4: dedicated (the default for such an app), or publish the service on 443 with handlers = ["tls", "http"].`
    )
  ]
}

/**
 * flyctl's own check (fly-platform.md §3, flyctl:internal/appconfig/validation.go:149-175): once
 * [processes] has an entry every service names its groups, and only groups that exist (without
 * [processes] the one group is `app`); otherwise `fly deploy` fails "App configuration is not
 * valid".
 */
export const servicesProcesses: Check = (config) => {
  const defined = processGroupsOf(config)
  const groups = defined.length > 0 ? defined : ['app']
  const http = asTable(config.http_service)
  const services: [string, Table][] = [
    ...(http ? [['http_service', http] as [string, Table]] : []),
    ...servicesOf(config).map((service, i): [string, Table] => [`services[${i}]`, service])
  ]
  return services.flatMap(([key, service]) => {
    const named = groupsOfService(service)
    if (named.length === 0 && defined.length > 0) {
      return [
        error(
          `${key}.processes`,
          `${key} names no processes, but [processes] defines ${defined.join(', ')}; flyctl refuses such a config ("Service has no processes set"). Write processes = ["${defined[0]}"] (the group that serves it).`
        )
      ]
    }
    return named
      .filter((group) => !groups.includes(group))
      .map((group) =>
        error(
          `${key}.processes`,
          `${key} runs on the process group '${group}', which [processes] does not define (${groups.join(', ')}); flyctl refuses such a config. Name a defined group, or add '${group}' to [processes].`
        )
      )
  })
}

/**
 * `ha: true` on an app with UDP: Fly sends all of an app's UDP to one instance (fly-platform.md
 * §1), so the second machine flyctl adds (`--ha`, only when a group gets its first machine: §3)
 * never serves UDP while the first is up, and a TURN allocation does not move with a failover.
 */
export const haWithUdp: Check = (config, ctx) => {
  const udp = rangesOf(config, 'udp')
  if (ctx.ha !== true || udp.length === 0) return []
  return [
    warning(
      'services',
      `ha: true adds a second machine, but Fly sends all of an app's UDP (${udp.map(formatPortRange).join(', ')}) to one instance: the second never serves UDP while the first is up, and TURN allocations do not survive a switch. It is a cold standby at the price of a machine. For TURN in several places use regions (one app per region); otherwise set ha: false.`
    )
  ]
}

export const autoStop: Check = (config) => {
  if (rangesOf(config, 'udp').length === 0) return []
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

/** flyctl passes [experimental] cmd/entrypoint/exec through without splitting them. */
export const commandShape: Check = (config) => {
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

const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL)/i

export const secretsInEnv: Check = (config) => {
  const findings: LintFinding[] = []
  for (const [name, value] of Object.entries(envOf(config))) {
    const shown = String(value)
    if (shown === '') continue
    if (SECRET_NAME.test(name) || shown.includes('-----BEGIN')) {
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
