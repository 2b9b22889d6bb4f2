/**
 * coturn on Fly.io. The command is derived from the exposed ports, so the listening port, the
 * relay range (--min-port/--max-port) and the UDP services always agree.
 *
 * Why each flag (see docs/presets.md): UDP must be received and answered on fly-global-services,
 * TCP cannot bind there (hence a second listening IP 0.0.0.0, only when TCP is exposed); relay
 * sockets are UDP, so they bind fly-global-services too; --external-ip is the dedicated IPv4
 * because detect-external-ip would report Fly's egress address, which is not the app's inbound
 * one; $AUTH_SECRET stays literal: the image's entrypoint expands it when the server starts, so
 * the secret's value never appears in fly.toml.
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

const LISTENING_PORT = 3478
const RELAY_RANGE: PortRange = { start: 50000, end: 50099 }
const EXAMPLE = `${LISTENING_PORT}, ${formatPortRange(RELAY_RANGE)}`

/** Private and link-local ranges a public relay must never reach (SSRF into Fly's network). */
const DENIED_PEER_RANGES = [
  '0.0.0.0-0.255.255.255',
  '10.0.0.0-10.255.255.255',
  '100.64.0.0-100.127.255.255',
  '169.254.0.0-169.254.255.255',
  '172.16.0.0-172.31.255.255',
  '192.168.0.0-192.168.255.255'
]

interface CoturnPorts {
  listening: number
  relay: PortRange
  tcp: boolean
}

/** Splits the UDP ports into the one listening port and the one relay range. */
function coturnPorts(ports: EffectivePorts): CoturnPorts {
  const singles = ports.udp.filter((r) => r.start === r.end)
  const ranges = ports.udp.filter((r) => r.start !== r.end)
  if (singles.length !== 1 || ranges.length !== 1) {
    throw new InputError(
      'udp-ports',
      `the coturn preset needs exactly one listening port and one relay port range, got '${ports.udp.map(formatPortRange).join(', ')}'`,
      EXAMPLE
    )
  }
  const listening = singles[0].start
  const relay = ranges[0]
  if (relay.start <= listening && listening <= relay.end) {
    throw new InputError(
      'udp-ports',
      `the relay range ${formatPortRange(relay)} contains the listening port ${listening}`,
      EXAMPLE
    )
  }
  const strayTcp = ports.tcp.filter((r) => r.start !== listening || r.end !== listening)
  if (strayTcp.length > 0) {
    throw new InputError(
      'tcp-ports',
      `coturn serves TCP only on its listening port ${listening}, not on ${strayTcp.map(formatPortRange).join(', ')}`,
      String(listening)
    )
  }
  return { listening, relay, tcp: ports.tcp.length > 0 }
}

export function coturnCommand(ports: EffectivePorts): string[] {
  const { listening, relay, tcp } = coturnPorts(ports)
  return [
    '--log-file=stdout',
    '--no-cli',
    '--no-tls',
    '--no-dtls',
    `--listening-port=${listening}`,
    '--listening-ip=fly-global-services',
    ...(tcp ? ['--listening-ip=0.0.0.0'] : []),
    '--relay-ip=fly-global-services',
    '--external-ip={ipv4}',
    `--min-port=${relay.start}`,
    `--max-port=${relay.end}`,
    '--realm={hostname}',
    '--use-auth-secret',
    '--static-auth-secret=$AUTH_SECRET',
    '--fingerprint',
    '--no-multicast-peers',
    ...DENIED_PEER_RANGES.map((range) => `--denied-peer-ip=${range}`)
  ]
}

export const coturnPreset: Preset = {
  name: 'coturn',
  // Pinned to the newest image tag in the coturn/coturn snapshot (Debian trixie variant, image
  // revision r0): a moving tag like `latest` would change the server under an unchanged workflow.
  image: 'coturn/coturn:4.17.0-r0',
  udpPorts: [{ start: LISTENING_PORT, end: LISTENING_PORT }, RELAY_RANGE],
  tcpPorts: [{ start: LISTENING_PORT, end: LISTENING_PORT }],
  // TURN over TLS on Fly's edge: 443 passes corporate firewalls, 5349 is the turns: default.
  tlsPorts: [443, 5349],
  vm: { memory: '512mb', cpus: 1, cpuKind: 'shared' },
  requiredSecrets: ['AUTH_SECRET'],
  tcpChecks: true,
  probe: {
    checks: ['stun', 'turn', 'relay'],
    transports: ['udp', 'tcp', 'tls'],
    turnSecretName: 'AUTH_SECRET'
  },
  fragment(ports: EffectivePorts, given: FlyConfig): FlyConfig {
    const experimental = asTable(given.experimental)
    const hasOwnCommand =
      experimental?.cmd !== undefined ||
      experimental?.entrypoint !== undefined ||
      asTable(given.processes) !== undefined
    return hasOwnCommand ? {} : { experimental: { cmd: coturnCommand(ports) } }
  }
}
