/**
 * Checks ProbeOptions before any packet is sent. Errors name the action's input, so the same
 * message serves the action and (mapped to flags) the CLI.
 */
import { InputError } from '../errors.js'
import { isHostOrIp } from './host.js'
import { ipFamily } from './ip.js'
import {
  isProbeCheck,
  isProbeTransport,
  PROBE_CHECKS,
  PROBE_TRANSPORTS,
  type ProbeOptions
} from './types.js'

function checkPort(input: string, port: number | undefined): void {
  if (port === undefined) return
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InputError(input, `${port} is not a port (1-65535)`, '3478')
  }
}

export function validateProbeOptions(o: ProbeOptions): void {
  if (!isHostOrIp(o.host ?? '')) {
    throw new InputError(
      'probe-host',
      `'${o.host}' is not a host name or IP address`,
      '203.0.113.7'
    )
  }
  checkPort('probe-port', o.port)
  checkPort('probe-tls-port', o.tlsPort)
  if (o.transports.length === 0) {
    throw new InputError('probe-transports', 'lists no transport', 'udp, tcp')
  }
  for (const transport of o.transports) {
    if (!isProbeTransport(transport)) {
      throw new InputError(
        'probe-transports',
        `'${String(transport)}' is not one of ${PROBE_TRANSPORTS.join(', ')}`,
        'udp'
      )
    }
  }
  if (o.checks.length === 0) throw new InputError('probe', 'lists no check', 'stun, turn')
  for (const check of o.checks) {
    if (!isProbeCheck(check)) {
      throw new InputError(
        'probe',
        `'${String(check)}' is not one of ${PROBE_CHECKS.join(', ')}`,
        'turn, relay'
      )
    }
  }
  const turn = o.checks.includes('turn') || o.checks.includes('relay')
  const credentials = o.credentials
  if (turn && !credentials) {
    throw new InputError(
      'turn-username',
      "is needed by the 'turn' and 'relay' checks (or set 'turn-secret' for REST credentials)",
      'turn-username: probe, turn-password: ${{ secrets.TURN_PASSWORD }}'
    )
  }
  if (credentials?.kind === 'long-term') {
    if (credentials.username === '') throw new InputError('turn-username', 'is empty', 'probe')
    if (credentials.password === '')
      throw new InputError('turn-password', 'is empty', '${{ secrets.TURN_PASSWORD }}')
  }
  if (credentials?.kind === 'rest') {
    if (credentials.secret === '')
      throw new InputError('turn-secret', 'is empty', '${{ secrets.TURN_SECRET }}')
    if (credentials.ttlSeconds !== undefined && !Number.isInteger(credentials.ttlSeconds)) {
      throw new InputError(
        'turn-secret',
        `TTL ${credentials.ttlSeconds} is not a whole number of seconds`,
        '86400'
      )
    }
  }
  if (o.realm === '') throw new InputError('turn-realm', 'is empty', 'turn.example.com')
  if (o.expectedRelayIp !== undefined && !ipFamily(o.expectedRelayIp)) {
    throw new InputError('ipv4', `'${o.expectedRelayIp}' is not an IP address`, '203.0.113.7')
  }
  if (o.checks.includes('http')) {
    if (!o.healthUrl)
      throw new InputError(
        'health-url',
        "is needed by the 'http' check",
        'https://my-app.fly.dev/health'
      )
    let url: URL | undefined
    try {
      url = new URL(o.healthUrl)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new InputError(
        'health-url',
        `'${o.healthUrl}' is not an http(s) URL`,
        'https://my-app.fly.dev/health'
      )
    }
  }
  if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) {
    throw new InputError('probe-timeout', 'must be longer than zero', '5m')
  }
  if (!Number.isFinite(o.intervalMs) || o.intervalMs <= 0) {
    throw new InputError('probe-interval', 'must be longer than zero', '2s')
  }
}
