/** TURN and STUN URIs (RFC 7065, RFC 7064): building them for outputs, parsing them for the CLI. */
import { isIPv6 } from 'node:net'
import { isHostOrIp } from './host.js'
import { ProbeOptionError, type OptionNames } from './option-names.js'
import { DEFAULT_PORT, DEFAULT_TLS_PORT, type ProbeTransport } from './types.js'

export type UriScheme = 'stun' | 'stuns' | 'turn' | 'turns'

export interface ParsedUri {
  scheme: UriScheme
  host: string
  port: number
  transport?: ProbeTransport
}

function hostPart(host: string): string {
  return isIPv6(host) ? `[${host}]` : host
}

export function stunUrl(host: string, port: number): string {
  return `stun:${hostPart(host)}:${port}`
}

/** One URL per transport, in the form browsers' RTCIceServer.urls accept. */
export function turnUrls(
  host: string,
  port: number,
  tlsPort: number,
  transports: ProbeTransport[]
): string[] {
  return transports.map((transport) =>
    transport === 'tls'
      ? `turns:${hostPart(host)}:${tlsPort}?transport=tcp`
      : `turn:${hostPart(host)}:${port}?transport=${transport}`
  )
}

/** The ICE server URLs of one server: its STUN URL, then one TURN URL per transport. */
export function iceUrls(
  host: string,
  port: number,
  tlsPort: number,
  transports: ProbeTransport[]
): string[] {
  return [stunUrl(host, port), ...turnUrls(host, port, tlsPort, transports)]
}

const EXAMPLE = 'turn:203.0.113.7:3478?transport=udp'

/**
 * Parses `turn:host[:port][?transport=udp|tcp]`, `turns:...`, `stun:host[:port]`, `stuns:...`.
 * `turn:` without transport means UDP; `turns:` means TLS over TCP. `turns` with
 * `transport=udp` would be DTLS, which the probe does not speak, so it is refused.
 */
export function parseTurnUri(uri: string, names?: OptionNames): ParsedUri {
  const fail = (problem: string): never => {
    throw new ProbeOptionError('uri', `'${uri}' ${problem}`, EXAMPLE, names)
  }
  const match = /^(stuns?|turns?):(\[[^\]]*\]|[^:?[\]/]*)(?::([^?]*))?(?:\?(.*))?$/i.exec(
    uri.trim()
  )
  if (!match) return fail('is not a STUN/TURN URI (scheme:host[:port][?transport=udp|tcp])')
  const scheme = match[1].toLowerCase() as UriScheme
  const rawHost = match[2]
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost
  if (!isHostOrIp(rawHost)) fail(`has no valid host ('${host}')`)
  const secure = scheme.endsWith('s')
  let port = secure ? DEFAULT_TLS_PORT : DEFAULT_PORT
  if (match[3] !== undefined) {
    if (!/^\d{1,5}$/.test(match[3]) || Number(match[3]) < 1 || Number(match[3]) > 65535) {
      fail(`has port '${match[3]}' outside 1-65535`)
    }
    port = Number(match[3])
  }
  let transport: ProbeTransport = secure ? 'tls' : 'udp'
  if (match[4] !== undefined) {
    if (scheme.startsWith('stun')) fail('has a query, but stun: URIs take none (RFC 7064)')
    const query = /^transport=(udp|tcp)$/i.exec(match[4])
    if (!query) fail(`has query '${match[4]}'; only transport=udp or transport=tcp is defined`)
    const requested = (query as RegExpExecArray)[1].toLowerCase()
    if (secure && requested === 'udp')
      fail('asks for turns over UDP (DTLS), which the probe does not support')
    transport = secure ? 'tls' : (requested as ProbeTransport)
  }
  return { scheme, host, port, transport }
}
