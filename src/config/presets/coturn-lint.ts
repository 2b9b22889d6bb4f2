/**
 * Lint rules for a coturn server: what presets/coturn.ts writes, checked in any config that runs
 * turnserver (the preset's, or a user's own command). See docs/presets.md for why each flag.
 */
import { rangesOf } from '../ports.js'
import { formatPortRange, type FlyConfig, type LintFinding, type PortRange } from '../types.js'
import { readTurnserverArgs, turnserverBool, type TurnserverOption } from './turnserver-args.js'
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
  /** Its options as coturn reads them (clusters, `=` forms, abbreviations). */
  options: TurnserverOption[]
  udp: PortRange[]
  tcp: PortRange[]
  /** `-c FILE` (and no `-n`): settings may live in a file lint cannot read. */
  usesConfigFile: boolean
  /** The user chose an open relay (allow-open-relay). */
  allowOpenRelay: boolean
}

type TurnserverCheck = (server: Turnserver) => LintFinding[]

/** Values of a turnserver option, by its long name, in the order given. */
function optionValues(options: readonly TurnserverOption[], name: string): string[] {
  return options
    .filter((o) => o.name === name && o.value !== undefined)
    .map((o) => o.value as string)
}

/** Whether the option is in effect: given, and its last value is not a false boolean. */
function optionOn(options: readonly TurnserverOption[], name: string): boolean {
  const last = options.filter((o) => o.name === name).at(-1)
  return last !== undefined && turnserverBool(last.value)
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

const externalIp: TurnserverCheck = ({ key, args, options, udp, usesConfigFile }) => {
  if (args.some((a) => a.includes('detect-external-ip'))) {
    return [
      warning(
        key,
        `${key} uses detect-external-ip, which reports Fly's egress address, not the app's dedicated IPv4; TURN clients then get an unreachable relayed address. Write "--external-ip={ipv4}".`
      )
    ]
  }
  if (udp.length > 0 && optionValues(options, 'external-ip').length === 0 && !usesConfigFile) {
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
const listeningAndRelayIps: TurnserverCheck = ({ key, options, udp, tcp, usesConfigFile }) => {
  const findings: LintFinding[] = []
  const listening = optionValues(options, 'listening-ip')
  const relay = optionValues(options, 'relay-ip')
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

/**
 * How coturn authenticates, read as mainrelay.c does: in option order, -a/--lt-cred-mech and
 * -z/--no-auth set their flag from their boolean value, --use-auth-secret and
 * --static-auth-secret turn long-term credentials on whatever their value, -u/--user adds users.
 * After the options: both flags on means coturn exits ("-a and -z options cannot be used
 * together"); users without -a turn it on; neither leaves no authentication at all.
 */
function authenticationOf(options: readonly TurnserverOption[]) {
  let longTerm = false
  let anonymous = false
  let users = false
  for (const { name, value } of options) {
    if (name === 'lt-cred-mech') longTerm = turnserverBool(value)
    else if (name === 'no-auth') anonymous = turnserverBool(value)
    else if (name === 'use-auth-secret' || name === 'static-auth-secret') longTerm = true
    else if (name === 'user') users = true
  }
  return { refusesToStart: longTerm && anonymous, anonymous, open: !longTerm && !users }
}

const OPEN_RELAY_FIX =
  'Add "--use-auth-secret" and "--static-auth-secret=$AUTH_SECRET" (with AUTH_SECRET in the secrets input), or, if an open relay is really what you want, set the input allow-open-relay: true.'

/** A public TURN server without authentication is an open door; -z with -a does not start. */
const authentication: TurnserverCheck = (server) => {
  const { key, options, usesConfigFile, allowOpenRelay } = server
  const auth = authenticationOf(options)
  const findings: LintFinding[] = []
  if (auth.refusesToStart) {
    findings.push(
      error(
        key,
        `${key} has --no-auth (-z) next to authentication (--lt-cred-mech, --use-auth-secret or --static-auth-secret): coturn refuses to start with both ("-a and -z options cannot be used together"). Remove --no-auth.`
      )
    )
  } else if ((auth.anonymous || auth.open) && !(usesConfigFile && !auth.anonymous)) {
    const why = auth.anonymous
      ? 'has --no-auth (-z), which makes coturn an open relay'
      : 'sets no authentication, which makes coturn an open relay'
    const finding = allowOpenRelay ? warning : error
    findings.push(
      finding(
        key,
        `${key} ${why}: anyone can relay traffic through it, on your bill. ${allowOpenRelay ? '(allowed by allow-open-relay: true)' : OPEN_RELAY_FIX}`
      )
    )
  }
  for (const value of optionValues(options, 'static-auth-secret')) {
    if (!value.includes('$')) {
      findings.push(
        warning(
          key,
          `${key} has the TURN secret written into the command, so it lands in fly.toml and the logs. Write "--static-auth-secret=$AUTH_SECRET" and pass AUTH_SECRET in the secrets input.`
        )
      )
    }
  }
  if (optionOn(options, 'allow-loopback-peers')) {
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
const relayRange: TurnserverCheck = ({ key, options, udp }) => {
  const minPort = optionValues(options, 'min-port').map(Number)[0]
  const maxPort = optionValues(options, 'max-port').map(Number)[0]
  // A NaN bound (a non-numeric value) fails `<=`, so it is skipped like a missing one.
  const known = minPort !== undefined && maxPort !== undefined && minPort <= maxPort
  if (udp.length === 0 || !known) return []
  const range = { start: minPort, end: maxPort }
  if (coveredBy(udp, range)) return []
  const listeningPort = optionValues(options, 'listening-port')[0] ?? '3478'
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

export const coturnRules: Check = (config, ctx) => {
  const command = findTurnserverCommand(config)
  if (!command) return []
  const server: Turnserver = {
    ...command,
    options: readTurnserverArgs(command.args),
    udp: rangesOf(config, 'udp'),
    tcp: rangesOf(config, 'tcp'),
    // coturn looks for `-c` and `-n` word by word (mainrelay.c read_config_file).
    usesConfigFile: command.args.includes('-c') && !command.args.includes('-n'),
    allowOpenRelay: ctx.allowOpenRelay === true
  }
  return TURNSERVER_CHECKS.flatMap((check) => check(server))
}
