/**
 * The command line of fly-webrtc-probe, read into ProbeOptions. Every error names the flag a
 * person typed: the probe's option fields are mapped to flags by CLI_NAMES, which the probe's own
 * validation and hints use too.
 */
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { InputError } from '../errors.js'
import { parseDuration } from '../parse.js'
import { FISHJAM_USAGE, fishjamNames, fishjamTarget } from './cli-fishjam.js'
import type { TurnCredentials } from './credentials.js'
import { ProbeOptionError, type OptionNames, type ProbeOptionField } from './option-names.js'
import {
  DEFAULT_PORT,
  isProbeCheck,
  MAX_HOLD_MS,
  MAX_SUCCESSES,
  MAX_TIMEOUT_MS,
  PROBE_CHECKS,
  type ProbeCheck,
  type ProbeOptions,
  type ProbeTransport
} from './types.js'
import { parseTurnUri, type ParsedUri } from './uri.js'
import { parseHealthUrl } from './validate.js'

export const USAGE = `Usage: fly-webrtc-probe <uri>... [options]
${FISHJAM_USAGE}

Checks that a STUN/TURN server answers, the way the fly-webrtc-deploy action does after a deploy.

  <uri>   turn:host[:port][?transport=udp|tcp]   turns:host[:port]   stun:host[:port]
          Several URIs of the same host probe several transports. With --http only, no URI is needed.

Checks (default: stun for stun: URIs, turn for turn: URIs):
  --check LIST         comma list of ${PROBE_CHECKS.join(', ')}
  --relay              add the relay echo check (implies turn)
  --http URL           add the HTTP health check against URL
Credentials (secrets are better passed by environment than on the command line):
  --user NAME          long-term username          --password PASS   (env TURN_PASSWORD)
  --secret SECRET      REST shared secret (env TURN_SECRET)   --ttl DURATION   --rest-user NAME
  --realm REALM        expected realm
  --health-token TOKEN bearer token for --http (env HEALTH_TOKEN)
Expectations and TLS:
  --expect-relay-ip IP the public IPv4 the relayed address must equal
  --fail-on-open-relay fail (instead of warn) when an Allocate without credentials succeeds
  --servername NAME    TLS server name   --ca FILE   CA certificate (PEM)   --insecure
Timing and output:
  --timeout DURATION   give up after (default 1m, at most 24h)   --interval DURATION  pause cap (default 2s)
  --successes N        attempts that must pass in a row, each from fresh source ports (default 1;
                       the action uses 3)
  --hold DURATION      after ready, keep one allocation and echo through it every 10 s this long
                       (at most 15m): catches UDP that stops after a few minutes
  --json               print the report as JSON     --mermaid  also print the timeline chart
  --verbose            log every attempt's details  --help
`

/** The probe's option fields as this command line spells them. */
export const CLI_NAMES: OptionNames = {
  uri: '<uri>',
  host: '<uri>',
  port: 'the port of <uri>',
  tlsPort: 'the port of the turns: <uri>',
  transports: '<uri>',
  checks: '--check',
  credentials: 'credentials',
  username: '--user',
  password: '--password (or TURN_PASSWORD)',
  secret: '--secret (or TURN_SECRET)',
  ttl: '--ttl',
  realm: '--realm',
  expectedRelayIp: '--expect-relay-ip',
  healthUrl: '--http',
  healthToken: '--health-token (or HEALTH_TOKEN)',
  servername: '--servername',
  ca: '--ca',
  timeout: '--timeout',
  interval: '--interval',
  successes: '--successes',
  hold: '--hold'
}

const string = { type: 'string' } as const
const flag = { type: 'boolean' } as const
const CONFIG = {
  allowPositionals: true,
  strict: true,
  options: {
    check: string,
    relay: flag,
    http: string,
    user: string,
    password: string,
    secret: string,
    ttl: string,
    'rest-user': string,
    realm: string,
    'health-token': string,
    token: string,
    'allow-live-peers': flag,
    'expect-relay-ip': string,
    'fail-on-open-relay': flag,
    servername: string,
    ca: string,
    insecure: flag,
    timeout: string,
    interval: string,
    successes: string,
    hold: string,
    json: flag,
    mermaid: flag,
    verbose: flag,
    help: { type: 'boolean', short: 'h' }
  }
} as const
type Flags = ReturnType<typeof parseArgs<typeof CONFIG>>['values']

export interface CliRequest {
  /** Without a logger: where progress goes is the caller's choice. */
  options: ProbeOptions
  json: boolean
  mermaid: boolean
  verbose: boolean
}

function fail(field: ProbeOptionField, problem: string, example?: string): never {
  throw new ProbeOptionError(field, problem, example, CLI_NAMES)
}

/** The request on the command line, or 'help'. Throws for bad usage, naming the flag. */
export function parseCli(
  argv: string[],
  env: Record<string, string | undefined>
): CliRequest | 'help' {
  const { values, positionals } = parseArgs({ ...CONFIG, args: argv })
  if (values.help) return 'help'
  const fishjam = positionals[0] === 'fishjam'
  const names = fishjam ? fishjamNames(CLI_NAMES) : CLI_NAMES
  const uris = fishjam ? [] : positionals.map((text) => parseTurnUri(text, CLI_NAMES))
  const probed = fishjam
    ? fishjamTarget(positionals.slice(1), values, env, names)
    : { ...target(uris, values.http), checks: checks(uris, values) }
  const options: ProbeOptions = {
    credentials: credentials(values, env),
    realm: values.realm,
    expectedRelayIp: values['expect-relay-ip'],
    healthUrl: values.http,
    healthToken: values['health-token'] ?? env.HEALTH_TOKEN,
    tls: tlsSettings(values),
    timeoutMs: duration('timeout', values.timeout ?? '1m', '2m'),
    intervalMs: duration('interval', values.interval ?? '2s', '2s'),
    successes: successes(values.successes),
    holdMs: values.hold === undefined ? undefined : holdDuration(values.hold),
    failOnOpenRelay: values['fail-on-open-relay'],
    names,
    // Last: in fishjam mode the token is --token's, not --health-token's.
    ...probed
  }
  return {
    options,
    json: values.json ?? false,
    mermaid: values.mermaid ?? false,
    verbose: values.verbose ?? false
  }
}

/** Host, ports and transports from the URIs; an --http-only probe goes to the URL's host. */
function target(
  uris: ParsedUri[],
  http: string | undefined
): Pick<ProbeOptions, 'host' | 'port' | 'tlsPort' | 'transports'> {
  if (uris.length === 0) {
    if (http !== undefined) {
      return {
        host: parseHealthUrl(http, CLI_NAMES).hostname,
        port: DEFAULT_PORT,
        transports: ['udp']
      }
    }
    fail('uri', 'is missing: give a turn:, turns: or stun: URI', 'turn:203.0.113.7:3478')
  }
  const hosts = new Set(uris.map((u) => u.host))
  if (hosts.size > 1) {
    fail('uri', `name one host, not ${[...hosts].join(' and ')}`, 'turn:h:3478 turns:h:5349')
  }
  const plain = uris.filter((u) => u.transport !== 'tls')
  const secure = uris.filter((u) => u.transport === 'tls')
  if (new Set(plain.map((u) => u.port)).size > 1) {
    fail('uri', 'UDP and TCP URIs must share one port', 'turn:h:3478 turn:h:3478?transport=tcp')
  }
  return {
    host: uris[0].host,
    port: plain[0]?.port ?? DEFAULT_PORT,
    tlsPort: secure[0]?.port,
    transports: [...new Set(uris.map((u): ProbeTransport => u.transport ?? 'udp'))]
  }
}

function checks(uris: ParsedUri[], values: Flags): ProbeCheck[] {
  const listed = values.check
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean)
  for (const check of listed ?? []) {
    if (!isProbeCheck(check)) {
      fail('checks', `'${check}' is not one of ${PROBE_CHECKS.join(', ')}`, 'turn,relay')
    }
  }
  const wanted: ProbeCheck[] =
    listed?.filter(isProbeCheck) ??
    (uris.some((u) => u.scheme.startsWith('turn')) ? ['turn'] : uris.length ? ['stun'] : [])
  if (values.relay && !wanted.includes('relay')) wanted.push('relay')
  if (values.http && !wanted.includes('http')) wanted.push('http')
  return wanted
}

/** --user with --password is long-term; --secret (which wins) is REST. */
function credentials(
  values: Flags,
  env: Record<string, string | undefined>
): TurnCredentials | undefined {
  const password = values.password ?? env.TURN_PASSWORD
  const secret = values.secret ?? env.TURN_SECRET
  if (secret !== undefined) {
    const ttlSeconds =
      values.ttl === undefined ? undefined : Math.round(duration('ttl', values.ttl, '24h') / 1000)
    return { kind: 'rest', secret, ttlSeconds, user: values['rest-user'] ?? values.user }
  }
  if (values.user === undefined) return undefined
  if (password === undefined) fail('password', 'is needed with --user')
  return { kind: 'long-term', username: values.user, password }
}

function tlsSettings(values: Flags): ProbeOptions['tls'] {
  if (!values.servername && !values.ca && !values.insecure) return undefined
  return {
    servername: values.servername,
    ca: values.ca === undefined ? undefined : readCa(values.ca),
    insecure: values.insecure
  }
}

/** The PEM text of --ca; a file that holds no certificate would silently trust nothing. */
function readCa(path: string): string {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return fail('ca', `cannot read '${path}' (${code ?? String(error)})`)
  }
  try {
    new X509Certificate(text)
  } catch {
    return fail('ca', `'${path}' holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca.pem')
  }
  return text
}

/** A duration flag in milliseconds, at most `max`. */
function duration(
  field: ProbeOptionField,
  text: string,
  example: string,
  max = MAX_TIMEOUT_MS
): number {
  try {
    return parseDuration(field, text, example, max)
  } catch (error) {
    // parse.ts words its errors for the action's inputs; here they name the flag.
    const problem =
      error instanceof InputError && / is longer than the /.test(error.message)
        ? `'${text}' is longer than the ${formatLimit(max)} allowed`
        : `'${text}' is not a duration longer than zero; write a number with a unit (ms, s, m, h)`
    return fail(field, problem, example)
  }
}

function formatLimit(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${ms / 60_000}m`
}

/** --hold: `0` turns it off, anything else is a duration up to 15m. */
function holdDuration(text: string): number {
  if (text.trim() === '0') return 0
  return duration('hold', text, '6m', MAX_HOLD_MS)
}

function successes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const count = /^\d+$/.test(text.trim()) ? Number(text) : NaN
  if (!(count >= 1 && count <= MAX_SUCCESSES)) {
    fail('successes', `'${text}' is not a whole number from 1 to ${MAX_SUCCESSES}`, '3')
  }
  return count
}
