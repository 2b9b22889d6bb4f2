/**
 * The ICE URLs and probe figures, built one way for every command that reports them (`deploy`
 * and `probe`), so the outputs of the contract mean the same thing whichever command set them.
 */
import type { ProbeRun } from '../pipeline/probe-plan.js'
import {
  DEFAULT_TLS_PORT,
  iceUrls as probeIceUrls,
  type ProbeReport,
  type ProbeTransport
} from '../probe/index.js'

export interface IceEndpoint {
  host: string
  port: number
  /** The probed TLS port, when the probe planned one. */
  tlsPort?: number
  /** The name a `turns:` URL carries (the app's hostname): never an address. */
  tlsHost?: string
  transports: readonly ProbeTransport[]
}

/** The STUN URL first, then one TURN URL per transport, as RTCIceServer.urls takes them. */
export function iceUrls(endpoint: IceEndpoint): string[] {
  const { host, port, transports } = endpoint
  const tlsPort = endpoint.tlsPort ?? DEFAULT_TLS_PORT
  return probeIceUrls(host, port, tlsPort, [...transports], endpoint.tlsHost)
}

/** The endpoint a probe run checked. */
export function probedEndpoint(run: ProbeRun): IceEndpoint {
  const { host, port, tlsPort, transports, tls } = run.options
  return { host, port, tlsPort, tlsHost: tls?.servername, transports }
}

export function probeOutputs(urls: readonly string[], report: ProbeReport | undefined) {
  return {
    'stun-url': urls[0],
    'turn-urls': urls.slice(1).join(','),
    'probe-rtt-ms': report?.rttMs?.toFixed(1),
    'ready-after-seconds':
      report?.readyAfterMs === undefined ? undefined : (report.readyAfterMs / 1000).toFixed(1)
  }
}

/** One member of the `fleet` output (a single app is a fleet of one). */
export interface FleetEntry {
  region: string
  app: string
  hostname: string
  ipv4: string | null
  'release-version': number | null
  'ready-after-seconds': number | null
  'probe-rtt-ms': number | null
  ok: boolean
}

/**
 * The `ice-servers` output: RTCIceServer objects, one per member that exposes STUN/TURN, with no
 * credentials (they are the application's: e.g. REST credentials from the same AUTH_SECRET).
 */
export function iceServersJson(urlsPerMember: readonly (readonly string[])[]): string {
  return JSON.stringify(urlsPerMember.filter((urls) => urls.length > 0).map((urls) => ({ urls })))
}
