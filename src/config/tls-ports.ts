/**
 * TURN over TLS on Fly's edge (fly-platform.md §2): `handlers = ["tls"]` ports on the TCP service
 * of the TURN port. Fly terminates TLS with its certificate for <app>.fly.dev and forwards plain
 * TCP to internal_port, where the server's ordinary TCP listener answers, so the image needs no
 * certificate and coturn keeps --no-tls. Corporate networks that let out only TCP 443 reach it as
 * `turns:<app>.fly.dev:443?transport=tcp`.
 */
import { InputError } from '../errors.js'
import {
  entryRange,
  isHttpService,
  portKindOf,
  protocolOf,
  servicesOf,
  tablesIn,
  toPort,
  type Table
} from './ports.js'
import type { FlyConfig } from './types.js'

/**
 * ALPN: RFC 7443's `stun.turn` for clients that offer only that, and `http/1.1` for those that
 * offer an HTTP protocol (browsers send none); TLS 1.2 and 1.3, all Fly's proxy speaks.
 */
export const TURN_TLS_OPTIONS = {
  alpn: ['stun.turn', 'http/1.1'],
  versions: ['TLSv1.2', 'TLSv1.3']
} as const

const EXAMPLE = '443, 5349'

function tlsEntry(port: number): Table {
  return {
    port,
    handlers: ['tls'],
    tls_options: { alpn: [...TURN_TLS_OPTIONS.alpn], versions: [...TURN_TLS_OPTIONS.versions] }
  }
}

/** Every public TCP port of the config except the TLS ports of `turnService`, with its owner. */
function otherTcpPorts(config: FlyConfig, turnService: Table | undefined): Map<number, string> {
  const taken = new Map<number, string>()
  const httpService = tablesIn(config.http_service)[0]
  if (httpService) for (const port of [80, 443]) taken.set(port, 'the HTTP service')
  for (const service of servicesOf(config)) {
    if (protocolOf(service) !== 'tcp') continue
    for (const entry of tablesIn(service.ports)) {
      if (service === turnService && portKindOf(entry) === 'tls') continue
      const range = entryRange(entry)
      if (!range) continue
      const kind = isHttpService(service) ? 'HTTP' : 'TCP'
      const owner = `the ${kind} service on internal_port ${String(service.internal_port)}`
      for (let port = range.start; port <= range.end; port++) taken.set(port, owner)
    }
  }
  return taken
}

/**
 * Puts `ports` on the TCP service whose internal_port is `turnPort`, replacing the TLS ports it
 * had; an empty list (`tls-ports: none`) removes them. Undefined leaves the config as it is. A
 * preset's default (`explicit` false) applies only where TCP reaches the TURN port; ports the
 * user asked for fail without it.
 */
export function applyTlsPorts(
  config: FlyConfig,
  ports: readonly number[] | undefined,
  turnPort: number,
  explicit: boolean
): void {
  if (ports === undefined) return
  const turnService = servicesOf(config).find(
    (s) => protocolOf(s) === 'tcp' && toPort(s.internal_port) === turnPort
  )
  if (!turnService) {
    if (ports.length === 0 || !explicit) return
    throw new InputError(
      'tls-ports',
      `Fly's TLS handler forwards plain TCP to the TURN port ${turnPort}, and no TCP service has internal_port = ${turnPort}: expose it with 'tcp-ports' (or set 'tls-ports: none')`,
      'none'
    )
  }
  const taken = otherTcpPorts(config, turnService)
  for (const port of ports) {
    const owner = taken.get(port)
    if (owner) {
      throw new InputError('tls-ports', `port ${port} is already used by ${owner}`, EXAMPLE)
    }
  }
  const kept = tablesIn(turnService.ports).filter((entry) => portKindOf(entry) !== 'tls')
  turnService.ports = [...kept, ...[...new Set(ports)].map(tlsEntry)]
}
