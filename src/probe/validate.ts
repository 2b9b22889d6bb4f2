/**
 * Checks ProbeOptions before any packet is sent. Errors name the option as the caller's front end
 * calls it (`options.names`), so the same check serves the action and the CLI.
 */
import { hasZoneId, isHostOrIp, ZONE_ID_PROBLEM } from './host.js'
import { ipFamily } from './ip.js'
import {
  optionName,
  ProbeOptionError,
  type OptionNames,
  type ProbeOptionField
} from './option-names.js'
import {
  DEFAULT_PORT,
  DEFAULT_TLS_PORT,
  isProbeCheck,
  isProbeTransport,
  MAX_HOLD_MS,
  MAX_SUCCESSES,
  MAX_TIMEOUT_MS,
  PROBE_CHECKS,
  PROBE_TRANSPORTS,
  type ProbeOptions
} from './types.js'

const EXAMPLE_HEALTH_URL = 'https://my-app.fly.dev/health'

/** Throws a ProbeOptionError for the first option the probe cannot use. */
export function validateProbeOptions(o: ProbeOptions): void {
  const fail = (field: ProbeOptionField, problem: string, example?: string): never => {
    throw new ProbeOptionError(field, problem, example, o.names)
  }
  if (hasZoneId(o.host ?? '')) {
    fail('host', `'${o.host}' ${ZONE_ID_PROBLEM}`, '2001:db8::1')
  }
  if (!isHostOrIp(o.host ?? '')) {
    fail('host', `'${o.host}' is not a host name or IP address`, '203.0.113.7')
  }
  checkPort(o.port, 'port', String(DEFAULT_PORT), fail)
  checkPort(o.tlsPort, 'tlsPort', String(DEFAULT_TLS_PORT), fail)
  checkLists(o, fail)
  checkCredentials(o, fail)
  if (o.realm === '') fail('realm', 'is empty', 'turn.example.com')
  if (o.expectedRelayIp !== undefined && !ipFamily(o.expectedRelayIp)) {
    fail('expectedRelayIp', `'${o.expectedRelayIp}' is not an IP address`, '203.0.113.7')
  }
  if (o.checks.includes('http')) parseHealthUrl(o.healthUrl, o.names)
  if (o.checks.includes('fishjam')) checkFishjam(o, fail)
  checkDuration(o.timeoutMs, 'timeout', '5m', fail)
  checkDuration(o.intervalMs, 'interval', '2s', fail)
  checkStreakAndHold(o, fail)
}

function checkDuration(ms: number, field: ProbeOptionField, example: string, fail: Fail): void {
  if (!Number.isFinite(ms) || ms <= 0) fail(field, 'must be longer than zero', example)
  if (ms > MAX_TIMEOUT_MS) fail(field, `must be at most ${MAX_TIMEOUT_MS / 3_600_000}h`, example)
}

function checkStreakAndHold(o: ProbeOptions, fail: Fail): void {
  const successes = o.successes ?? 1
  if (!Number.isInteger(successes) || successes < 1 || successes > MAX_SUCCESSES) {
    fail('successes', `${successes} is not a whole number from 1 to ${MAX_SUCCESSES}`, '3')
  }
  const holdMs = o.holdMs ?? 0
  if (!Number.isFinite(holdMs) || holdMs < 0 || holdMs > MAX_HOLD_MS) {
    fail('hold', `must be from 0 (off) to ${MAX_HOLD_MS / 60_000}m`, '6m')
  }
  if (holdMs > 0 && !o.checks.some((check) => check === 'turn' || check === 'relay')) {
    fail('hold', "holds a TURN allocation, so it needs the 'turn' or 'relay' check", '0')
  }
}

type Fail = (field: ProbeOptionField, problem: string, example?: string) => never

function checkPort(
  port: number | undefined,
  field: ProbeOptionField,
  example: string,
  fail: Fail
): void {
  if (port === undefined) return
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(field, `${port} is not a port (1-65535)`, example)
  }
}

function checkLists(o: ProbeOptions, fail: Fail): void {
  if (o.transports.length === 0) fail('transports', 'lists no transport', 'udp, tcp')
  for (const transport of o.transports) {
    if (!isProbeTransport(transport)) {
      fail(
        'transports',
        `'${String(transport)}' is not one of ${PROBE_TRANSPORTS.join(', ')}`,
        'udp'
      )
    }
  }
  if (o.checks.length === 0) fail('checks', 'lists no check', 'stun, turn')
  for (const check of o.checks) {
    if (!isProbeCheck(check)) {
      fail('checks', `'${String(check)}' is not one of ${PROBE_CHECKS.join(', ')}`, 'turn, relay')
    }
  }
}

function checkCredentials(o: ProbeOptions, fail: Fail): void {
  const credentials = o.credentials
  if ((o.checks.includes('turn') || o.checks.includes('relay')) && !credentials) {
    const name = (field: ProbeOptionField): string => optionName(field, o.names)
    fail(
      'credentials',
      `the 'turn' and 'relay' checks need ${name('username')} and ${name('password')}, or ${name('secret')}`
    )
  }
  if (credentials?.kind === 'long-term') {
    if (credentials.username === '') fail('username', 'is empty', 'probe')
    if (credentials.password === '') fail('password', 'is empty')
  }
  if (credentials?.kind === 'rest') {
    if (credentials.secret === '') fail('secret', 'is empty')
    if (credentials.ttlSeconds !== undefined && !Number.isInteger(credentials.ttlSeconds)) {
      fail('ttl', `${credentials.ttlSeconds} s is not a whole number of seconds`, '86400')
    }
  }
}

function checkFishjam(o: ProbeOptions, fail: Fail): void {
  parseFishjamUrl(o.fishjamUrl, o.names)
  if (!o.healthToken) {
    fail(
      'healthToken',
      "is needed by the 'fishjam' check: it is the Fishjam API token (FJ_SERVER_API_TOKEN)"
    )
  }
}

/**
 * Fishjam's API base URL: http(s), no query, fragment or credentials (a path is kept: the API
 * and the peer socket live under it, as Fishjam keeps a path in FJ_HOST).
 */
export function parseFishjamUrl(text: string | undefined, names?: OptionNames): URL {
  const fail = (problem: string): never => {
    throw new ProbeOptionError('fishjamUrl', problem, 'https://fishjam.example.com', names)
  }
  if (!text) return fail("is needed by the 'fishjam' check")
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(`'${text}' is not an http(s) URL`)
  }
  // Not echoed: a URL with credentials holds a password.
  if (url.username || url.password) return fail('must not carry credentials')
  if (url.search || url.hash) {
    return fail(`'${text}' must be a base URL, without query or fragment`)
  }
  return url
}

/** The health URL as a URL; throws a ProbeOptionError unless it is an http(s) URL. */
export function parseHealthUrl(text: string | undefined, names?: OptionNames): URL {
  const fail = (problem: string): never => {
    throw new ProbeOptionError('healthUrl', problem, EXAMPLE_HEALTH_URL, names)
  }
  if (!text) return fail("is needed by the 'http' check")
  if (/\[[^\]]*%/.test(text)) return fail(`'${text}' ${ZONE_ID_PROBLEM}`)
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(`'${text}' is not an http(s) URL`)
  }
  return url
}
