/**
 * Lint rules for a coturn server: what presets/coturn.ts writes, checked in any config that runs
 * turnserver (the preset's, or a user's own command). See docs/presets.md for why each flag.
 */
import { rangesOf } from '../ports.js'
import { formatPortRange, type FlyConfig, type LintFinding, type PortRange } from '../types.js'
import {
  commandsOf,
  coveredBy,
  error,
  FLY_GLOBAL_SERVICES,
  imageOf,
  warning,
  type Check,
  type Command
} from '../lint/rule.js'

/** The turnserver command and what the sub-checks need to know about the config around it. */
interface Turnserver extends Command {
  udp: PortRange[]
  tcp: PortRange[]
  /** `-c`/`--conf`: settings may live in a file lint cannot read. */
  usesConfigFile: boolean
}

type TurnserverCheck = (server: Turnserver) => LintFinding[]

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

const TURNSERVER_FLAG =
  /^--(listening-ip|relay-ip|external-ip|realm|min-port|static-auth-secret|lt-cred-mech|use-auth-secret)\b/

/**
 * The command that runs turnserver: the one naming it or passing its flags, else the first
 * command of a coturn image (whose entrypoint is turnserver).
 */
function findTurnserverCommand(config: FlyConfig): Command | undefined {
  const commands = commandsOf(config)
  const byFlags = commands.find((c) =>
    c.args.some((a) => a.includes('turnserver') || TURNSERVER_FLAG.test(a))
  )
  if (byFlags) return byFlags
  return imageOf(config).includes('coturn')
    ? (commands[0] ?? { key: 'experimental.cmd', args: [] })
    : undefined
}

const externalIp: TurnserverCheck = ({ key, args, udp, usesConfigFile }) => {
  if (args.some((a) => a.includes('detect-external-ip'))) {
    return [
      warning(
        key,
        `${key} uses detect-external-ip, which reports Fly's egress address, not the app's dedicated IPv4; TURN clients then get an unreachable relayed address. Write "--external-ip={ipv4}".`
      )
    ]
  }
  if (udp.length > 0 && optionValues(args, 'external-ip', 'X').length === 0 && !usesConfigFile) {
    return [
      warning(
        key,
        `${key} has no --external-ip, so coturn announces its private fly-global-services address as the relayed address. Add "--external-ip={ipv4}".`
      )
    ]
  }
  return []
}

/** UDP sockets (listening and relay) must bind fly-global-services; TCP cannot bind there. */
const listeningAndRelayIps: TurnserverCheck = ({ key, args, udp, tcp, usesConfigFile }) => {
  const findings: LintFinding[] = []
  const listening = optionValues(args, 'listening-ip', 'L')
  const relay = optionValues(args, 'relay-ip', 'E')
  const listeningUnknown = usesConfigFile && listening.length === 0
  if (udp.length > 0 && !listeningUnknown) {
    if (!listening.includes(FLY_GLOBAL_SERVICES)) {
      findings.push(
        error(
          key,
          `${key} does not listen on fly-global-services (listening IPs: ${listening.join(', ') || 'all'}); on Fly a UDP socket must bind fly-global-services or its replies leave from the wrong address. Add "--listening-ip=fly-global-services".`
        )
      )
    }
    if (relay.length === 0 || relay.some((ip) => ip !== FLY_GLOBAL_SERVICES)) {
      findings.push(
        error(
          key,
          `${key} relays from ${relay.join(', ') || 'its listening IPs'}; relay sockets are UDP and must bind fly-global-services. Write "--relay-ip=fly-global-services" (and no other --relay-ip).`
        )
      )
    }
  }
  if (listeningUnknown) {
    findings.push(
      warning(
        key,
        `${key} reads a turnserver config file, so its listening IP cannot be checked here. Make sure it sets listening-ip=fly-global-services and relay-ip=fly-global-services.`
      )
    )
  }
  if (
    tcp.length > 0 &&
    listening.length > 0 &&
    listening.every((ip) => ip === FLY_GLOBAL_SERVICES)
  ) {
    findings.push(
      warning(
        key,
        `${key} listens only on fly-global-services, but TCP is exposed and TCP cannot bind there on Fly. Add "--listening-ip=0.0.0.0" for the TCP listener.`
      )
    )
  }
  return findings
}

/** A public TURN server without authentication, or that relays into itself, is an open door. */
const authentication: TurnserverCheck = ({ key, args, usesConfigFile }) => {
  const findings: LintFinding[] = []
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
  return findings
}

/** Every relay port coturn hands out must be exposed, or allocations fail at random. */
const relayRange: TurnserverCheck = ({ key, args, udp }) => {
  const minPort = optionValues(args, 'min-port').map(Number)[0]
  const maxPort = optionValues(args, 'max-port').map(Number)[0]
  // A NaN bound (a non-numeric value) fails `<=`, so it is skipped like a missing one.
  const known = minPort !== undefined && maxPort !== undefined && minPort <= maxPort
  if (udp.length === 0 || !known) return []
  const range = { start: minPort, end: maxPort }
  if (coveredBy(udp, range)) return []
  const listeningPort = optionValues(args, 'listening-port')[0] ?? '3478'
  return [
    warning(
      key,
      `${key} relays on UDP ${formatPortRange(range)}, which the UDP services do not all expose (${udp.map(formatPortRange).join(', ')}). Expose the same range: udp-ports: ${listeningPort}, ${formatPortRange(range)}.`
    )
  ]
}

const TURNSERVER_CHECKS: TurnserverCheck[] = [
  externalIp,
  listeningAndRelayIps,
  authentication,
  relayRange
]

export const coturnRules: Check = (config) => {
  const command = findTurnserverCommand(config)
  if (!command) return []
  const server: Turnserver = {
    ...command,
    udp: rangesOf(config, 'udp'),
    tcp: rangesOf(config, 'tcp'),
    usesConfigFile: hasOption(command.args, 'conf', 'c')
  }
  return TURNSERVER_CHECKS.flatMap((check) => check(server))
}
