/**
 * Fishjam 0.6.x (the last open-source release) on Fly.io, after fishjam-docs' Fly guide with its
 * pitfalls fixed: FJ_PORT is derived from the HTTP service's internal_port, the TURN port range
 * from the exposed UDP range, and the TURN IP is the dedicated IPv4 ({ipv4}), an IP literal as
 * Fishjam requires. Fishjam opens one UDP TURN listener per peer in the lower half of
 * FJ_WEBRTC_TURN_PORT_RANGE, so the whole range is exposed 1:1.
 */
import { InputError } from '../../errors.js'
import { asTable } from '../ports.js'
import {
  formatPortRange,
  type EffectivePorts,
  type FlyConfig,
  type PortRange,
  type Preset
} from '../types.js'

const HTTP_PORT = 8080
const TURN_RANGE: PortRange = { start: 50000, end: 50199 }
const TURN_TCP_PORT = 50000
const ENV_ORDER = [
  'FJ_HOST',
  'FJ_PORT',
  'FJ_WEBRTC_USED',
  'FJ_WEBRTC_TURN_IP',
  'FJ_WEBRTC_TURN_LISTEN_IP',
  'FJ_WEBRTC_TURN_PORT_RANGE',
  'FJ_WEBRTC_TURN_TCP_PORT'
]

/**
 * The FJ_* variables derived from the exposed ports. A variable already in `givenEnv` (the
 * user's fly.toml or the env input) is neither derived nor checked: lint compares it instead.
 */
export function fishjamEnv(
  ports: EffectivePorts,
  givenEnv: Record<string, unknown> = {}
): Record<string, string> {
  const env: Record<string, string> = {
    FJ_HOST: '{hostname}',
    FJ_WEBRTC_USED: 'true',
    FJ_WEBRTC_TURN_IP: '{ipv4}',
    FJ_WEBRTC_TURN_LISTEN_IP: 'fly-global-services'
  }
  if (givenEnv.FJ_PORT === undefined) {
    if (ports.http === undefined) {
      throw new InputError('http-port', 'the fishjam preset needs an HTTP port', String(HTTP_PORT))
    }
    env.FJ_PORT = String(ports.http)
  }
  if (givenEnv.FJ_WEBRTC_TURN_PORT_RANGE === undefined) {
    if (ports.udp.length !== 1 || ports.udp[0].start === ports.udp[0].end) {
      throw new InputError(
        'udp-ports',
        `the fishjam preset needs exactly one UDP port range (its FJ_WEBRTC_TURN_PORT_RANGE, one TURN port per peer in the lower half), got '${ports.udp.map(formatPortRange).join(', ')}'`,
        formatPortRange(TURN_RANGE)
      )
    }
    env.FJ_WEBRTC_TURN_PORT_RANGE = `${ports.udp[0].start}-${ports.udp[0].end}`
  }
  if (givenEnv.FJ_WEBRTC_TURN_TCP_PORT === undefined && ports.tcp.length > 0) {
    if (ports.tcp.length > 1 || ports.tcp[0].start !== ports.tcp[0].end) {
      throw new InputError(
        'tcp-ports',
        `Fishjam opens one TCP TURN port (FJ_WEBRTC_TURN_TCP_PORT), got '${ports.tcp.map(formatPortRange).join(', ')}'`,
        String(TURN_TCP_PORT)
      )
    }
    env.FJ_WEBRTC_TURN_TCP_PORT = String(ports.tcp[0].start)
  }
  return Object.fromEntries(ENV_ORDER.filter((k) => k in env).map((k) => [k, env[k]]))
}

export const fishjamPreset: Preset = {
  name: 'fishjam',
  // 0.6.3 is the last release (the project is archived); CI publishes semver tags without the v.
  image: 'ghcr.io/fishjam-dev/fishjam:0.6.3',
  udpPorts: [TURN_RANGE],
  tcpPorts: [{ start: TURN_TCP_PORT, end: TURN_TCP_PORT }],
  // Fishjam's TCP TURN listener starts with the first room and may not work on Fly at all.
  tlsPorts: [],
  httpPort: HTTP_PORT,
  vm: { memory: '1gb', cpus: 2, cpuKind: 'shared' },
  requiredSecrets: ['FJ_SERVER_API_TOKEN'],
  // The TCP TURN listener starts lazily with the first room, so a Fly tcp_check on it would fail.
  tcpChecks: false,
  // /health answers as soon as Phoenix is up; only a peer's Allocate on its per-peer UDP port
  // shows that media can reach the server.
  probe: {
    checks: ['http', 'fishjam'],
    transports: ['udp'],
    healthUrl: 'https://{hostname}/health',
    healthTokenSecret: 'FJ_SERVER_API_TOKEN',
    fishjamUrl: 'https://{hostname}'
  },
  fragment(ports: EffectivePorts, given: FlyConfig): FlyConfig {
    // No [experimental] auto_rollback: flyctl parses it and nothing reads it (fly-platform.md
    // §3, flyctl:internal/appconfig/config.go:193); a failed release is the on-failure input's.
    return {
      kill_signal: 'SIGTERM',
      kill_timeout: 5,
      env: fishjamEnv(ports, asTable(given.env))
    }
  }
}
