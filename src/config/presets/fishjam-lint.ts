/**
 * Lint rules for a Fishjam server: what presets/fishjam.ts derives (FJ_PORT, the TURN IP and
 * listening IP, the per-peer port range), checked in any config that runs Fishjam (the preset's,
 * or a user's own file, such as fishjam-docs' Fly sample).
 */
import { isIP } from 'node:net'
import { httpInternalPortOf, rangesOf, type Table } from '../ports.js'
import { formatPortRange, type FlyConfig, type LintFinding } from '../types.js'
import {
  coveredBy,
  envOf,
  error,
  FLY_GLOBAL_SERVICES,
  imageOf,
  text,
  warning,
  type Check
} from '../lint/rule.js'

/** Fishjam's own defaults, which apply when the variable is not set. */
const DEFAULT_PORT = 8080
const DEFAULT_TURN_PORT_RANGE = '50000-59999'

function isFishjam(config: FlyConfig): boolean {
  const image = imageOf(config)
  return (
    image.includes('fishjam') ||
    image.includes('jellyfish') ||
    Object.keys(envOf(config)).some((k) => k.startsWith('FJ_'))
  )
}

/** FJ_PORT is where Fishjam listens; Fly's HTTP service must send requests there. */
function fjPortFindings(config: FlyConfig, env: Table): LintFinding[] {
  const http = httpInternalPortOf(config)
  const fjPort = env.FJ_PORT === undefined ? undefined : text(env.FJ_PORT)
  if (fjPort !== undefined && http !== undefined && fjPort !== String(http)) {
    return [
      error(
        'env.FJ_PORT',
        `FJ_PORT = "${fjPort}" but the HTTP service's internal_port is ${http}; Fly would send requests to a port Fishjam does not listen on. Write FJ_PORT = "${http}".`
      )
    ]
  }
  if (fjPort === undefined && http !== undefined && http !== DEFAULT_PORT) {
    return [
      error(
        'env.FJ_PORT',
        `FJ_PORT is not set, so Fishjam listens on ${DEFAULT_PORT}, but the HTTP service's internal_port is ${http}. Add FJ_PORT = "${http}" to [env].`
      )
    ]
  }
  if (fjPort !== undefined && http === undefined) {
    return [
      warning(
        'env.FJ_PORT',
        `FJ_PORT = "${fjPort}" but no HTTP service exposes it; Fishjam's API would be unreachable. Add an HTTP service with internal_port = ${fjPort} (input http-port: ${fjPort}).`
      )
    ]
  }
  return []
}

/** The TURN sockets bind fly-global-services, and clients are told the dedicated IPv4. */
function turnIpFindings(env: Table): LintFinding[] {
  const findings: LintFinding[] = []
  const listenIp = env.FJ_WEBRTC_TURN_LISTEN_IP
  if (listenIp !== FLY_GLOBAL_SERVICES) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_LISTEN_IP',
        `FJ_WEBRTC_TURN_LISTEN_IP is ${listenIp === undefined ? 'not set (Fishjam then listens on 127.0.0.1)' : `"${text(listenIp)}"`}; on Fly the TURN sockets must bind fly-global-services. Write FJ_WEBRTC_TURN_LISTEN_IP = "fly-global-services".`
      )
    )
  }
  const turnIp = env.FJ_WEBRTC_TURN_IP
  if (turnIp === undefined) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_IP',
        'FJ_WEBRTC_TURN_IP is not set, so Fishjam tells clients to use 127.0.0.1 as TURN server. Write FJ_WEBRTC_TURN_IP = "{ipv4}" (the dedicated IPv4).'
      )
    )
  } else if (!text(turnIp).includes('{') && isIP(text(turnIp)) === 0) {
    findings.push(
      error(
        'env.FJ_WEBRTC_TURN_IP',
        `FJ_WEBRTC_TURN_IP = "${text(turnIp)}" is not an IP address, and Fishjam refuses to boot with a hostname there. Write FJ_WEBRTC_TURN_IP = "{ipv4}".`
      )
    )
  }
  return findings
}

/** Fishjam's per-peer TURN listeners must be reachable through the UDP services. */
function peerPortFindings(config: FlyConfig, env: Table): LintFinding[] {
  const range = /^(\d+)-(\d+)$/.exec(text(env.FJ_WEBRTC_TURN_PORT_RANGE ?? DEFAULT_TURN_PORT_RANGE))
  if (!range) return []
  const start = Number(range[1])
  const end = Number(range[2])
  // Per-peer TURN listeners use the lower half of the range (membrane_ice_plugin).
  const peerPorts = { start, end: start + Math.floor((end - start + 1) / 2) - 1 }
  const udp = rangesOf(config, 'udp')
  if (peerPorts.end < peerPorts.start || coveredBy(udp, peerPorts)) return []
  return [
    warning(
      'env.FJ_WEBRTC_TURN_PORT_RANGE',
      `Fishjam opens its per-peer TURN ports in ${formatPortRange(peerPorts)} (the lower half of FJ_WEBRTC_TURN_PORT_RANGE = "${start}-${end}"), but the UDP services expose ${udp.map(formatPortRange).join(', ') || 'nothing'}. Expose the range: udp-ports: ${start}-${end}.`
    )
  ]
}

export const fishjamRules: Check = (config) => {
  if (!isFishjam(config)) return []
  const env = envOf(config)
  const portFindings = fjPortFindings(config, env)
  // Without WebRTC, Fishjam opens no TURN sockets, so only its HTTP port matters.
  if (env.FJ_WEBRTC_USED === 'false') return portFindings
  return [...portFindings, ...turnIpFindings(env), ...peerPortFindings(config, env)]
}
