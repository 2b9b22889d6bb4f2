// @ts-check
// Fly's edge in front of a deployed machine (fly-platform.md §2, §1):
// - a TLS terminator for every `handlers = ["tls"]` port: Node's tls server with the
//   simulator's `*.fly.dev` certificate (signed by a CA the test made), the port's ALPN and TLS
//   versions; it forwards the plain bytes to internal_port on the machine's address. It refuses
//   a handshake that names no host (SNI): Fly routes TLS by name and documents nothing for an
//   address alone. Knob `tlsForwarding: 'broken'`: the handshake works, nothing is behind it.
// - with a UDP path knob (edge.udp), the machine moves behind the edge: the server binds a
//   private loopback address (127.78.x.y for 127.77.x.y), UDP reaches it through udp-path.js
//   and raw TCP through a plain forwarder, as every byte does on Fly.
import fs from 'node:fs'
import net from 'node:net'
import tls from 'node:tls'
import { startUdpPath } from './udp-path.js'

/** @typedef {import('./types.js').EdgeSpec} EdgeSpec */
/** @typedef {import('./types.js').MachineService} MachineService */
/** @typedef {import('./types.js').SimFile} SimFile */

/**
 * The address the machine itself binds when the edge stands in between.
 * @param {string} address
 */
function privateAddress(address) {
  return address.startsWith('127.77.') ? `127.78.${address.slice('127.77.'.length)}` : address
}

/**
 * @param {{ start_port?: number, end_port?: number, port?: number }} entry
 * @returns {number[]}
 */
function portsOf(entry) {
  if (entry.port !== undefined) return [entry.port]
  if (entry.start_port === undefined) return []
  const ports = []
  for (let p = entry.start_port; p <= (entry.end_port ?? entry.start_port); p++) ports.push(p)
  return ports
}

/**
 * What the edge of one app does, from its services and the simulator's knobs.
 * @param {MachineService[]} services
 * @param {string} address The app's dedicated IPv4.
 * @param {SimFile} options
 * @param {boolean} canMoveBehind Whether the server can bind another address (coturn can).
 * @returns {EdgeSpec}
 */
export function edgeFor(services, address, options, canMoveBehind) {
  const knobs = options.edge?.udp
  const behind = canMoveBehind && knobs && Object.keys(knobs).length > 0
  /** @type {EdgeSpec} */
  const edge = {
    address,
    machine: behind ? privateAddress(address) : address,
    tls: [],
    tcp: [],
    tlsForwarding: options.edge?.tlsForwarding ?? 'ok',
    certificate: options.edgeTls
  }
  /** @type {{ from: number, to: number }[]} */
  const udpRoutes = []
  for (const service of services) {
    for (const entry of service.ports) {
      const handlers = entry.handlers ?? []
      const ports = portsOf(entry)
      const to = (/** @type {number} */ p) => service.internal_port + (p - ports[0])
      if (service.protocol === 'udp') ports.forEach((p) => udpRoutes.push({ from: p, to: p }))
      else if (handlers.includes('tls') && !handlers.includes('http')) {
        const { alpn, versions } = entry.tls_options ?? {}
        ports.forEach((p) => edge.tls.push({ port: p, to: to(p), alpn, versions }))
      } else if (behind && handlers.length === 0)
        ports.forEach((p) => edge.tcp.push({ port: p, to: to(p) }))
    }
  }
  if (behind && knobs) edge.udp = { routes: udpRoutes, knobs }
  return edge
}

/**
 * Pipes a connection to the machine. It comes from the edge's own address: behind Fly's proxy a
 * server sees the proxy, not the client (fly-platform.md §2), unlike UDP.
 * @param {net.Socket} client
 * @param {EdgeSpec} edge
 * @param {number} port
 */
function forward(client, edge, port) {
  const upstream = net.connect({ host: edge.machine, port, localAddress: edge.address })
  // Small STUN messages must not wait for Nagle's algorithm and a delayed ACK (40 ms each).
  upstream.setNoDelay(true)
  client.setNoDelay(true)
  client.pipe(upstream).pipe(client)
  upstream.on('error', () => client.destroy())
  client.on('error', () => upstream.destroy())
  client.on('close', () => upstream.destroy())
}

/**
 * @param {net.Server} server
 * @param {string} address
 * @param {number} port
 * @param {(line: string) => void} note
 * @param {string} what
 */
function listen(server, address, port, note, what) {
  server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
    const why =
      error.code === 'EACCES'
        ? ' (ports below 1024 need root, or a lower net.ipv4.ip_unprivileged_port_start: scripts/setup.sh)'
        : ''
    note(`${what}: cannot listen on ${address}:${port}: ${error.message}${why}`)
  })
  server.listen(port, address, () => note(`${what} listening on ${address}:${port}`))
}

/**
 * @param {EdgeSpec} edge
 * @param {EdgeSpec['tls'][number]} port
 * @param {(line: string) => void} note
 */
function startTlsTerminator(edge, port, note) {
  const certificate = edge.certificate
  if (!certificate) {
    note(`tls ${port.port}: no edge certificate in sim.json (createSim makes one); not served`)
    return
  }
  const versions = port.versions ?? ['TLSv1.2', 'TLSv1.3']
  const server = tls.createServer({
    cert: fs.readFileSync(certificate.certFile),
    key: fs.readFileSync(certificate.keyFile),
    ALPNProtocols: port.alpn,
    minVersion: /** @type {import('node:tls').SecureVersion} */ (versions[0]),
    maxVersion: /** @type {import('node:tls').SecureVersion} */ (versions[versions.length - 1])
  })
  server.on('secureConnection', (client) => {
    const name = /** @type {string | false | undefined} */ (client.servername)
    note(
      `tls ${port.port}: ${client.getProtocol()}, SNI ${name || '(none)'}, ALPN ${client.alpnProtocol || '(none)'}`
    )
    client.on('error', () => undefined)
    if (!name) return void client.destroy()
    if (edge.tlsForwarding === 'broken') return void client.end()
    forward(client, edge, port.to)
  })
  server.on('tlsClientError', (error) =>
    note(`tls ${port.port}: handshake failed: ${error.message}`)
  )
  listen(server, edge.address, port.port, note, `tls edge ${port.port} -> ${port.to}`)
}

/**
 * Starts everything the edge of one app does; it lives as long as the launcher's process.
 * @param {EdgeSpec | undefined} edge
 * @param {(line: string) => void} note
 */
export async function startEdge(edge, note) {
  if (!edge) return
  for (const port of edge.tls) startTlsTerminator(edge, port, note)
  for (const { port, to } of edge.tcp) {
    const server = net.createServer((client) => forward(client, edge, to))
    listen(server, edge.address, port, note, `tcp edge ${port} -> ${to}`)
  }
  if (!edge.udp) return
  try {
    await startUdpPath({
      front: edge.address,
      upstream: edge.machine,
      routes: edge.udp.routes,
      knobs: edge.udp.knobs,
      note
    })
    note(
      `udp path on ${edge.address} (${edge.udp.routes.length} ports), knobs ${JSON.stringify(edge.udp.knobs)}`
    )
  } catch (error) {
    note(`udp path: cannot start: ${/** @type {Error} */ (error).message}`)
  }
}
