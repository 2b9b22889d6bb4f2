/**
 * Reading and generating the port-related parts of fly.toml: [[services]], their
 * [[services.ports]] (single `port` or `start_port`/`end_port` ranges) and [http_service].
 * Fly does not rewrite UDP ports, so every generated service maps a port 1:1 (internal == public).
 */
import type { FlyConfig, PortRange } from './types.js'

export type Table = Record<string, unknown>

export function asTable(value: unknown): Table | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Table)
    : undefined
}

export function tablesIn(value: unknown): Table[] {
  if (Array.isArray(value)) return value.map(asTable).filter((t): t is Table => t !== undefined)
  const single = asTable(value)
  return single ? [single] : []
}

/** flyctl accepts ports as integers or numeric strings. */
export function toPort(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined
}

export function rangeSize(range: PortRange): number {
  return range.end - range.start + 1
}

/** Whether any of the ranges holds `port`; what callers of the expanded port lists really ask. */
export function exposesPort(ranges: readonly PortRange[], port: number): boolean {
  return ranges.some((range) => range.start <= port && port <= range.end)
}

/** Whether the ranges hold any port at all; a reversed range (end < start) holds none. */
export function exposesAnyPort(ranges: readonly PortRange[]): boolean {
  return ranges.some((range) => range.start <= range.end)
}

export function expandRanges(ranges: readonly PortRange[]): number[] {
  const ports = new Set<number>()
  for (const { start, end } of ranges) for (let p = start; p <= end; p++) ports.add(p)
  return [...ports].sort((a, b) => a - b)
}

export function servicesOf(config: FlyConfig): Table[] {
  return tablesIn(config.services)
}

/** Fly's default protocol for a service is tcp. */
export function protocolOf(service: Table): string {
  return typeof service.protocol === 'string' ? service.protocol.toLowerCase() : 'tcp'
}

/** The port or range of one [[services.ports]] entry. */
export function entryRange(entry: Table): PortRange | undefined {
  const single = toPort(entry.port)
  const start = toPort(entry.start_port)
  const end = toPort(entry.end_port)
  if (single !== undefined) return { start: single, end: single }
  return start === undefined ? undefined : { start, end: end ?? start }
}

export function publicRangesOf(service: Table, kind?: PortKind): PortRange[] {
  return tablesIn(service.ports)
    .filter((entry) => kind === undefined || portKindOf(entry) === kind)
    .map(entryRange)
    .filter((range): range is PortRange => range !== undefined)
}

function handlersOf(entry: Table): string[] {
  return Array.isArray(entry.handlers) ? entry.handlers.map((h) => String(h).toLowerCase()) : []
}

/**
 * What Fly's proxy does on a port: `http` (it speaks HTTP, usually after TLS), `tls` (it
 * terminates TLS and forwards the plain bytes: TURN over TLS without a certificate in the image),
 * or `raw` (the bytes pass through untouched; other handlers such as proxy_proto keep them raw).
 */
export type PortKind = 'http' | 'tls' | 'raw'

export function portKindOf(entry: Table): PortKind {
  const handlers = handlersOf(entry)
  if (handlers.includes('http')) return 'http'
  return handlers.includes('tls') ? 'tls' : 'raw'
}

/** A TCP service published with the http handler, or raw on 80/443: the app's web endpoint. */
export function isHttpService(service: Table): boolean {
  if (protocolOf(service) !== 'tcp') return false
  return tablesIn(service.ports).some((entry) => {
    const kind = portKindOf(entry)
    const port = toPort(entry.port)
    return kind === 'http' || (kind === 'raw' && (port === 80 || port === 443))
  })
}

/** fly-go's MachinePort.ContainsPort (fly-go:machine_types.go:682-699). */
function containsPort(entry: Table, port: number): boolean {
  if (toPort(entry.port) === port) return true
  if (entry.start_port === undefined && entry.end_port === undefined) return false
  const start = toPort(entry.start_port) ?? 0
  const end = toPort(entry.end_port) ?? 65535
  return start <= port && port <= end
}

/** fly-go's MachinePort.HasNonHttpPorts (fly-go:machine_types.go:701-731), line for line. */
function hasNonHttpPorts(entry: Table): boolean {
  const single = toPort(entry.port)
  if (single !== undefined && single !== 443 && single !== 80) return true
  if (entry.start_port === undefined && entry.end_port === undefined) return false
  const start = toPort(entry.start_port) ?? 0
  const end = toPort(entry.end_port) ?? 65535
  const count = end - start + 1
  if (count > 2) return true
  const http = start <= 80 && 80 <= end
  const https = start <= 443 && 443 <= end
  if (count === 2) return !http || !https
  return count === 1 && !http && !https
}

/**
 * The public TCP ports that Fly's shared IPv4 cannot carry, as flyctl decides it
 * (DetermineIPType, flyctl:internal/appconfig/config.go:229-255; fly-platform.md §3): any port
 * other than 80 and 443, 80 without exactly the `http` handler, 443 without exactly `tls` and
 * `http`. The shared address routes by HTTP Host and TLS SNI only. [http_service] never counts.
 */
export function tcpPortsNeedingDedicatedIpv4(config: FlyConfig): PortRange[] {
  return servicesOf(config)
    .filter((service) => protocolOf(service) === 'tcp')
    .flatMap((service) => tablesIn(service.ports))
    .filter((entry) => {
      const handlers = Array.isArray(entry.handlers) ? entry.handlers.map(String).join(',') : ''
      return (
        hasNonHttpPorts(entry) ||
        (containsPort(entry, 80) && handlers !== 'http') ||
        (containsPort(entry, 443) && handlers !== 'http,tls' && handlers !== 'tls,http')
      )
    })
    .flatMap((entry) => publicRangesOf({ ports: [entry] }))
}

/** Public port ranges the bytes reach untouched: UDP, or raw TCP outside the HTTP service. */
export function rangesOf(config: FlyConfig, protocol: 'udp' | 'tcp'): PortRange[] {
  return servicesOf(config)
    .filter((s) => protocolOf(s) === protocol && !isHttpService(s))
    .flatMap((s) => (protocol === 'udp' ? publicRangesOf(s) : publicRangesOf(s, 'raw')))
}

/** Public ports where Fly terminates TLS for the service on `internalPort` (any, when omitted). */
export function tlsPortsOf(config: FlyConfig, internalPort?: number): number[] {
  return servicesOf(config)
    .filter((s) => protocolOf(s) === 'tcp' && !isHttpService(s))
    .filter((s) => internalPort === undefined || toPort(s.internal_port) === internalPort)
    .flatMap((s) => expandRanges(publicRangesOf(s, 'tls')))
}

/** Every public UDP port, ranges expanded: any of them means the app needs a dedicated IPv4. */
export function udpPortsOf(config: FlyConfig): number[] {
  return expandRanges(rangesOf(config, 'udp'))
}

/** Every public TCP port except the HTTP service's. */
export function tcpPortsOf(config: FlyConfig): number[] {
  return expandRanges(rangesOf(config, 'tcp'))
}

/** Whether the app serves any TCP ([http_service], TLS, raw): what an IPv6 address can carry. */
export function servesTcp(config: FlyConfig): boolean {
  return (
    asTable(config.http_service) !== undefined ||
    servicesOf(config).some((s) => protocolOf(s) === 'tcp' && publicRangesOf(s).length > 0)
  )
}

/** Internal port of [http_service], else of the HTTP [[services]] entry. */
export function httpInternalPortOf(config: FlyConfig): number | undefined {
  const httpService = asTable(config.http_service)
  if (httpService) return toPort(httpService.internal_port)
  const service = servicesOf(config).find(isHttpService)
  return service ? toPort(service.internal_port) : undefined
}

function portEntry(range: PortRange): Table {
  return range.start === range.end
    ? { port: range.start }
    : { start_port: range.start, end_port: range.end }
}

/**
 * One UDP service per port or range. internal_port equals the (first) public port because Fly
 * delivers UDP to the same port number it arrived on. auto_stop_machines is "off" because
 * Fly's proxy cannot wake a stopped machine for UDP, and a TURN session is invisible to it.
 */
export function udpService(range: PortRange): Table {
  return {
    protocol: 'udp',
    internal_port: range.start,
    auto_stop_machines: 'off',
    ports: [portEntry(range)]
  }
}

/** A raw TCP service (no handlers: the TURN/TCP byte stream passes through untouched). */
export function tcpService(range: PortRange, withCheck: boolean): Table {
  const service: Table = {
    protocol: 'tcp',
    internal_port: range.start,
    auto_stop_machines: 'off',
    ports: [portEntry(range)]
  }
  if (withCheck) service.tcp_checks = [{ interval: '15s', timeout: '2s', grace_period: '5s' }]
  return service
}

/** An HTTP service published on 80 (redirected to https) and 443, with a TCP check. */
export function httpService(internalPort: number): Table {
  return {
    protocol: 'tcp',
    internal_port: internalPort,
    auto_stop_machines: 'off',
    ports: [
      { port: 80, handlers: ['http'], force_https: true },
      { port: 443, handlers: ['tls', 'http'] }
    ],
    tcp_checks: [{ interval: '15s', timeout: '2s', grace_period: '10s' }]
  }
}
