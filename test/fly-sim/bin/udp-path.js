// @ts-check
// The UDP path between the runner and a deployed machine, for the knobs that need something in
// between (fly-platform.md §1): a loopback relay whose front sockets hold the app's public
// address and ports, and which forwards each flow (one source address:port to one public port)
// from a socket of its own to the server, which is bound elsewhere. That socket binds the
// client's own address (a new port), so the server sees the client's IP, as Fly's UDP path
// shows a machine the real source; replies go back the same way.
// Knobs, each from a field report:
// - alternate: new flows to a port go to two edges in turn and the second edge reaches nothing,
//   so every second fresh source port is dropped (community thread 28121);
// - stopAfterMs: a flow is carried this long after its first datagram, then nothing (the
//   "exactly 5 minutes" report, thread 24997, shortened);
// - mtu: datagrams with more UDP payload than this vanish (Fly leaves about 1300 bytes).
import dgram from 'node:dgram'

/**
 * @typedef {object} UdpPathKnobs
 * @property {boolean} [alternate]
 * @property {number} [stopAfterMs]
 * @property {number} [mtu]
 */

/**
 * @typedef {object} UdpRoute
 * @property {number} from The public port (front).
 * @property {number} to The server's port (upstream).
 */

/**
 * @typedef {object} UdpPathOptions
 * @property {string} front Address of the front sockets (the app's public address).
 * @property {string} upstream Address the server listens on.
 * @property {string} [bind] Address for the per-flow sockets towards the server (default: the
 *   client's own, so the server sees the client's IP).
 * @property {UdpRoute[]} routes
 * @property {UdpPathKnobs} [knobs]
 * @property {(line: string) => void} [note]
 */

/**
 * @typedef {object} UdpPathStats
 * @property {number} flows Flows seen, all routes.
 * @property {number} droppedFlows Flows the alternating edge swallowed.
 * @property {number} expiredFlows Flows cut by stopAfterMs.
 * @property {number} tooLarge Datagrams dropped for the MTU.
 * @property {number} forwarded Datagrams forwarded, both directions.
 */

/**
 * @typedef {object} UdpPath
 * @property {() => UdpPathStats} stats
 * @property {() => Promise<void>} close
 */

/** @param {dgram.Socket} socket */
function closeSocket(socket) {
  return new Promise((resolve) => socket.close(() => resolve(undefined)))
}

/**
 * @param {string} address
 * @param {number} port
 * @returns {Promise<dgram.Socket>}
 */
function bindUdp(address, port) {
  const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4')
  return new Promise((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(port, address, () => {
      socket.off('error', reject)
      socket.on('error', () => undefined)
      resolve(socket)
    })
  })
}

/**
 * Starts the path; resolves once every front socket is bound.
 * @param {UdpPathOptions} options
 * @returns {Promise<UdpPath>}
 */
export async function startUdpPath(options) {
  const knobs = options.knobs ?? {}
  const note = options.note ?? (() => undefined)
  /** @type {UdpPathStats} */
  const stats = { flows: 0, droppedFlows: 0, expiredFlows: 0, tooLarge: 0, forwarded: 0 }
  /** @type {Map<string, { socket: dgram.Socket | null, firstAt: number, expired: boolean }>} */
  const flows = new Map()
  /** @type {dgram.Socket[]} */
  const sockets = []
  /** @param {Buffer} bytes */
  const fits = (bytes) => {
    if (knobs.mtu === undefined || bytes.length <= knobs.mtu) return true
    stats.tooLarge++
    return false
  }
  /** @param {{ firstAt: number, expired: boolean }} flow @param {string} key */
  const alive = (flow, key) => {
    if (knobs.stopAfterMs === undefined || Date.now() - flow.firstAt < knobs.stopAfterMs)
      return true
    if (!flow.expired) {
      flow.expired = true
      stats.expiredFlows++
      note(`udp path: flow ${key} stopped after ${knobs.stopAfterMs} ms`)
    }
    return false
  }
  for (const route of options.routes) {
    const front = await bindUdp(options.front, route.from)
    sockets.push(front)
    let flowsOnRoute = 0
    front.on('message', (bytes, from) => {
      const key = `${from.address}:${from.port}>${route.from}`
      let flow = flows.get(key)
      if (!flow) {
        stats.flows++
        // The second edge of each pair cannot reach the machine: its flows vanish whole.
        const lost = knobs.alternate === true && flowsOnRoute++ % 2 === 1
        flow = { socket: null, firstAt: Date.now(), expired: false }
        flows.set(key, flow)
        if (lost) {
          stats.droppedFlows++
          note(`udp path: flow ${key} went to the edge that cannot reach the machine`)
          return
        }
        const upstream = dgram.createSocket(options.upstream.includes(':') ? 'udp6' : 'udp4')
        upstream.on('error', () => undefined)
        upstream.bind(0, options.bind ?? from.address)
        const current = flow
        upstream.on('message', (answer) => {
          if (!alive(current, key) || !fits(answer)) return
          stats.forwarded++
          front.send(answer, from.port, from.address)
        })
        flow.socket = upstream
        sockets.push(upstream)
      }
      if (!flow.socket || !alive(flow, key) || !fits(bytes)) return
      stats.forwarded++
      flow.socket.send(bytes, route.to, options.upstream)
    })
  }
  return {
    stats: () => ({ ...stats }),
    close: async () => {
      await Promise.all(sockets.map(closeSocket))
    }
  }
}
