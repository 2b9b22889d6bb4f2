/** The readiness probe: checks, host, port, transports, credentials, health check, timing. */
import { InputError } from '../errors.js'
import {
  MAX_TIMER_MS,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parsePort,
  splitList
} from '../parse.js'
import { isHostOrIp } from '../probe/host.js'
import { parseFishjamUrl } from '../probe/validate.js'
import {
  MAX_HOLD_MS,
  MAX_SUCCESSES,
  PROBE_CHECKS,
  PROBE_TRANSPORTS,
  type ProbeCheck
} from '../probe/types.js'
import { type InputReader, optional } from './reader.js'
import type { Settings } from './settings.js'

type ProbeInputs = Pick<
  Settings,
  | 'probeChecks'
  | 'probeHost'
  | 'probePort'
  | 'probeTransports'
  | 'probeSuccesses'
  | 'probeHoldMs'
  | 'turnUsername'
  | 'turnPassword'
  | 'turnSecret'
  | 'turnRealm'
  | 'healthUrl'
  | 'healthToken'
  | 'fishjamUrl'
  | 'fishjamAllowLivePeers'
  | 'probeTimeoutMs'
  | 'probeIntervalMs'
>

export function readProbeInputs(r: InputReader): ProbeInputs {
  const probeHost = r.text('probe-host')
  if (probeHost !== undefined && !isHostOrIp(probeHost)) {
    throw new InputError(
      'probe-host',
      `'${probeHost}' is not a host name or IP address (no scheme, no port)`,
      '203.0.113.7'
    )
  }
  const healthUrl = r.text('health-url')
  if (healthUrl !== undefined) assertHttpUrl(healthUrl)
  const fishjamUrl = r.text('fishjam-url')
  if (fishjamUrl !== undefined) assertFishjamUrl(fishjamUrl)
  return {
    probeChecks: parseProbeChecks(r.withDefault('probe')),
    probeHost,
    probePort: parsePort('probe-port', r.withDefault('probe-port')),
    probeTransports: optional(r.text('probe-transports'), parseTransports),
    probeSuccesses: parseInteger(
      'probe-successes',
      r.withDefault('probe-successes'),
      1,
      MAX_SUCCESSES,
      '3'
    ),
    probeHoldMs: parseHold(r.withDefault('probe-hold')),
    turnUsername: r.text('turn-username'),
    turnPassword: r.secret('turn-password'),
    turnSecret: r.secret('turn-secret'),
    turnRealm: r.text('turn-realm'),
    healthUrl,
    healthToken: r.secret('health-token'),
    fishjamUrl,
    fishjamAllowLivePeers: parseBoolean(
      'fishjam-allow-live-peers',
      r.withDefault('fishjam-allow-live-peers')
    ),
    probeTimeoutMs: timer(r, 'probe-timeout'),
    probeIntervalMs: timer(r, 'probe-interval')
  }
}

function timer(r: InputReader, name: 'probe-timeout' | 'probe-interval'): number {
  const raw = r.withDefault(name)
  return parseDuration(name, raw, name === 'probe-timeout' ? '5m' : '2s', MAX_TIMER_MS)
}

function parseTransports(raw: string): NonNullable<Settings['probeTransports']> {
  const transports = splitList(raw).map((t) => parseEnum('probe-transports', t, PROBE_TRANSPORTS))
  if (transports.length === 0)
    throw new InputError('probe-transports', 'lists no transport', 'udp, tcp')
  return [...new Set(transports)]
}

/** `0` is off; otherwise a duration up to 15m (past Fly's reported five-minute UDP cutoff). */
function parseHold(raw: string): number {
  if (raw === '0') return 0
  return parseDuration('probe-hold', raw, '6m', MAX_HOLD_MS)
}

function parseProbeChecks(raw: string): ProbeCheck[] | undefined {
  if (raw === 'auto') return undefined
  if (raw === 'none') return []
  const checks = splitList(raw).map((c) =>
    parseEnum('probe', c, [...PROBE_CHECKS, 'auto', 'none'] as const)
  )
  if (checks.some((c) => c === 'auto' || c === 'none')) {
    throw new InputError(
      'probe',
      "'auto' and 'none' stand alone; otherwise list checks",
      'turn, relay'
    )
  }
  return [...new Set(checks as ProbeCheck[])]
}

/** The URL with stand-ins for {ipv4}, {app}, {hostname}, which are known only after the deploy. */
function withStandIns(raw: string): string {
  return raw.replace(/\{(ipv4|app|hostname)\}/g, (_, name: string) =>
    name === 'ipv4' ? '192.0.2.1' : 'placeholder.example'
  )
}

/** The probe's own rule for a Fishjam base URL, told as an error of the input. */
function assertFishjamUrl(raw: string): void {
  const unknown = [...raw.matchAll(/\{([^{}]*)\}/g)].find(
    (m) => !['ipv4', 'app', 'hostname'].includes(m[1])
  )
  if (unknown) {
    throw new InputError(
      'fishjam-url',
      `uses the unknown placeholder ${unknown[0]}; known: {ipv4}, {app}, {hostname}`,
      'https://{hostname}'
    )
  }
  assertUrlHost('fishjam-url', raw, 'https://{hostname}')
  try {
    parseFishjamUrl(withStandIns(raw))
  } catch (error) {
    const problem = (error as { problem?: string }).problem ?? 'is not a base URL'
    // The probe's text quotes the filled-in URL; the input's quotes what was written.
    throw new InputError(
      'fishjam-url',
      problem.replace(withStandIns(raw), raw),
      'https://{hostname}'
    )
  }
}

function assertHttpUrl(raw: string): void {
  const filled = withStandIns(raw)
  assertUrlHost('health-url', raw, 'https://{hostname}/health')
  let url: URL | undefined
  try {
    url = new URL(filled)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new InputError(
      'health-url',
      `'${raw}' is not an http(s) URL`,
      'https://{hostname}/health'
    )
  }
}

/**
 * The URL parser turns numbers it cannot read as a dotted quad into an address (1.2.3 becomes
 * 1.2.0.3, 0x7f.1 becomes 127.0.0.1, 999.1.1.1 is refused as a bad address): the host as
 * written must pass the probe's host rule, which never takes a number for a name.
 */
function assertUrlHost(input: string, raw: string, example: string): void {
  const filled = withStandIns(raw)
  if (!/^https?:\/\//i.test(filled)) return
  const host = hostAsWritten(filled)
  if (!isHostOrIp(host)) {
    throw new InputError(input, `'${host}' in '${raw}' is not a host name or IP address`, example)
  }
}

/** The host part of an http(s) URL exactly as written (no userinfo, no port). */
function hostAsWritten(url: string): string {
  const authority = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]
  const host = authority.slice(authority.lastIndexOf('@') + 1)
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')
}
