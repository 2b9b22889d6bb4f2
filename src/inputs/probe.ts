/** The readiness probe: checks, host, port, transports, credentials, health check, timing. */
import { InputError } from '../errors.js'
import { MAX_TIMER_MS, parseDuration, parseEnum, parsePort, splitList } from '../parse.js'
import { isHostOrIp } from '../probe/host.js'
import { PROBE_CHECKS, PROBE_TRANSPORTS, type ProbeCheck } from '../probe/types.js'
import type { InputReader } from './reader.js'
import type { Settings } from './settings.js'

type ProbeInputs = Pick<
  Settings,
  | 'probeChecks'
  | 'probeHost'
  | 'probePort'
  | 'probeTransports'
  | 'turnUsername'
  | 'turnPassword'
  | 'turnSecret'
  | 'turnRealm'
  | 'healthUrl'
  | 'healthToken'
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
  return {
    probeChecks: parseProbeChecks(r.withDefault('probe')),
    probeHost,
    probePort: parsePort('probe-port', r.withDefault('probe-port')),
    probeTransports: parseTransports(r.withDefault('probe-transports')),
    turnUsername: r.text('turn-username'),
    turnPassword: r.secret('turn-password'),
    turnSecret: r.secret('turn-secret'),
    turnRealm: r.text('turn-realm'),
    healthUrl,
    healthToken: r.secret('health-token'),
    probeTimeoutMs: timer(r, 'probe-timeout'),
    probeIntervalMs: timer(r, 'probe-interval')
  }
}

function timer(r: InputReader, name: 'probe-timeout' | 'probe-interval'): number {
  const raw = r.withDefault(name)
  return parseDuration(name, raw, name === 'probe-timeout' ? '5m' : '2s', MAX_TIMER_MS)
}

function parseTransports(raw: string): Settings['probeTransports'] {
  const transports = splitList(raw).map((t) => parseEnum('probe-transports', t, PROBE_TRANSPORTS))
  if (transports.length === 0)
    throw new InputError('probe-transports', 'lists no transport', 'udp, tcp')
  return transports
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

function assertHttpUrl(raw: string): void {
  const filled = raw.replace(/\{(ipv4|app|hostname)\}/g, (_, name: string) =>
    name === 'ipv4' ? '192.0.2.1' : 'placeholder.example'
  )
  // The URL parser turns numbers it cannot read as a dotted quad into an address (1.2.3 becomes
  // 1.2.0.3, 0x7f.1 becomes 127.0.0.1): the host as written must pass the probe's host rule.
  const host = /^https?:\/\//i.test(filled) ? hostAsWritten(filled) : undefined
  if (host !== undefined && !isHostOrIp(host)) {
    throw new InputError(
      'health-url',
      `'${host}' in '${raw}' is not a host name or IP address`,
      'https://{hostname}/health'
    )
  }
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

/** The host part of an http(s) URL exactly as written (no userinfo, no port). */
function hostAsWritten(url: string): string {
  const authority = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]
  const host = authority.slice(authority.lastIndexOf('@') + 1)
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')
}
