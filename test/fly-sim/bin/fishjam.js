// @ts-check
// A Fishjam 0.6.3 stand-in (fishjam.md): the configuration it reads from [env] and the app's
// secrets, its rooms and peers, and the servers it runs: the REST API and the peer WebSocket on
// the app's address at FJ_PORT (and the public HTTP ports routed there), plus one real coturn per
// authenticated WebRTC peer (fishjam-turn.js). Knobs: UDP forwarding that opens only some time
// after the first HTTP request, or never.
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { isIP } from 'node:net'
import { WebSocketServer } from 'ws'
import { restHandler } from './fishjam-rest.js'
import { handlePeerSocket } from './fishjam-socket.js'
import { PeerListener } from './fishjam-turn.js'

/**
 * @typedef {object} FishjamConfig
 * @property {string} token FJ_SERVER_API_TOKEN
 * @property {string} host FJ_HOST
 * @property {number} port FJ_PORT
 * @property {string} keyBase FJ_SECRET_KEY_BASE (random per boot when unset)
 * @property {boolean} webrtc FJ_WEBRTC_USED
 * @property {string} turnIp FJ_WEBRTC_TURN_IP
 * @property {string} listenIp FJ_WEBRTC_TURN_LISTEN_IP, as bound here
 * @property {{ min: number, medium: number, max: number }} range FJ_WEBRTC_TURN_PORT_RANGE
 * @property {string | undefined} checkOrigin FJ_CHECK_ORIGIN
 */

/**
 * @typedef {object} Peer
 * @property {string} id
 * @property {'connected' | 'disconnected'} status
 * @property {unknown} metadata
 * @property {import('ws').WebSocket | null} socket
 * @property {PeerListener | null} listener
 * @property {NodeJS.Timeout | undefined} purge
 */

/**
 * @typedef {object} Room
 * @property {string} id
 * @property {Record<string, unknown>} config
 * @property {Map<string, Peer>} peers
 * @property {NodeJS.Timeout | undefined} purge
 */

const BIND_ALL = new Set(['fly-global-services', '0.0.0.0'])

/**
 * What runtime.exs and config_reader.ex read, or the boot error Fishjam would crash with.
 * @param {Record<string, string>} env
 * @param {string} address The app's dedicated IPv4 (fly-global-services on Fly).
 * @returns {FishjamConfig | string}
 */
export function readConfig(env, address) {
  if (!env.FJ_SERVER_API_TOKEN) return 'FJ_SERVER_API_TOKEN has to be set'
  const port = Number(env.FJ_PORT ?? 8080)
  const turnIp = env.FJ_WEBRTC_TURN_IP ?? '127.0.0.1'
  if (isIP(turnIp) !== 4) return `FJ_WEBRTC_TURN_IP has to be a valid IP address, got: ${turnIp}`
  const range = /^(\d+)-(\d+)$/.exec(env.FJ_WEBRTC_TURN_PORT_RANGE ?? '50000-59999')
  if (!range || Number(range[1]) >= Number(range[2])) {
    return `FJ_WEBRTC_TURN_PORT_RANGE has to be "from-to", got: ${env.FJ_WEBRTC_TURN_PORT_RANGE}`
  }
  const [min, max] = [Number(range[1]), Number(range[2])]
  const listen = env.FJ_WEBRTC_TURN_LISTEN_IP ?? '127.0.0.1'
  return {
    token: env.FJ_SERVER_API_TOKEN,
    // The Docker image sets FJ_IP=0.0.0.0, so an unset FJ_HOST leaks that into client URLs.
    host: env.FJ_HOST ?? `0.0.0.0:${port}`,
    port,
    keyBase: env.FJ_SECRET_KEY_BASE ?? randomBytes(32).toString('hex'),
    webrtc: env.FJ_WEBRTC_USED !== 'false',
    turnIp,
    listenIp: BIND_ALL.has(listen) ? address : listen,
    range: { min, medium: Math.trunc((min + max) / 2), max },
    checkOrigin: env.FJ_CHECK_ORIGIN
  }
}

export class FishjamNode {
  /**
   * @param {FishjamConfig} config
   * @param {{ dir: string, offersFile: string, udpDelayMs: number, udpBlocked: boolean }} udp
   * @param {(line: string) => void} note
   */
  constructor(config, udp, note) {
    this.config = config
    this.udp = udp
    this.note = note
    /** @type {Map<string, Room>} */
    this.rooms = new Map()
    /** @type {number | null} */
    this.firstRequestAt = null
    this.startedAt = Date.now()
  }

  /**
   * For the tests' leak scan only (the real server keeps no such list): every TURN credential
   * handed out, one JSON line each.
   * @param {{ port: number, username: string, password: string }} offer
   */
  recordOffer(offer) {
    fs.appendFileSync(this.udp.offersFile, `${JSON.stringify(offer)}\n`)
  }

  /** Fly's UDP forwarding opens udpDelayMs after the first request reached the app. */
  udpOpensAt() {
    if (this.udp.udpBlocked) return Infinity
    return (this.firstRequestAt ?? Date.now()) + this.udp.udpDelayMs
  }

  /** @param {string} id @param {Record<string, unknown>} config */
  createRoom(id, config) {
    /** @type {Room} */
    const room = { id, config, peers: new Map(), purge: undefined }
    this.rooms.set(id, room)
    this.armRoomPurge(room)
    this.note(`room ${id} created`)
    return room
  }

  /** @param {Room} room */
  deleteRoom(room) {
    for (const peer of room.peers.values()) this.removePeer(room, peer, 'Room stopped')
    clearTimeout(room.purge)
    this.rooms.delete(room.id)
    this.note(`room ${room.id} deleted`)
  }

  /** @param {Room} room */
  addPeer(room) {
    /** @type {Peer} */
    const peer = {
      id: randomUUID(),
      status: 'disconnected',
      metadata: null,
      socket: null,
      listener: null,
      purge: undefined
    }
    room.peers.set(peer.id, peer)
    this.note(`peer ${peer.id} added to room ${room.id}`)
    return peer
  }

  /** @param {Room} room @param {Peer} peer @param {string} reason */
  removePeer(room, peer, reason) {
    clearTimeout(peer.purge)
    peer.listener?.stop()
    peer.socket?.close(1000, reason)
    room.peers.delete(peer.id)
    this.note(`peer ${peer.id} removed from room ${room.id} (${reason})`)
  }

  /** Authenticated: the peer's endpoint starts, and with it its UDP TURN listener. */
  /** @param {Room} room @param {Peer} peer @param {import('ws').WebSocket} socket */
  async connectPeer(room, peer, socket) {
    clearTimeout(peer.purge)
    clearTimeout(room.purge)
    peer.status = 'connected'
    peer.socket = socket
    const { listenIp, turnIp, range } = this.config
    const listener = new PeerListener(
      {
        listenIp,
        turnIp,
        range,
        dir: this.udp.dir,
        udpOpensAt: () => this.udpOpensAt(),
        note: this.note
      },
      peer.id
    )
    peer.listener = listener
    this.note(`peer ${peer.id} authenticated in room ${room.id}`)
    await listener.start()
    return listener
  }

  /** The socket closed: the endpoint and its listener stop; the peer stays, disconnected. */
  /** @param {Room} room @param {Peer} peer */
  disconnectPeer(room, peer) {
    peer.listener?.stop()
    peer.listener = null
    peer.socket = null
    peer.status = 'disconnected'
    this.note(`peer ${peer.id} disconnected`)
    const seconds = Number(room.config.peerDisconnectedTimeout)
    if (seconds > 0) {
      peer.purge = setTimeout(
        () => this.removePeer(room, peer, 'peer disconnected timeout'),
        seconds * 1000
      )
    }
    this.armRoomPurge(room)
  }

  /** The stand-in is going away: no per-peer coturn may outlive it. */
  stopListeners() {
    for (const room of this.rooms.values()) {
      for (const peer of room.peers.values()) peer.listener?.stop()
    }
  }

  /** A room with no connected peer is removed peerlessPurgeTimeout seconds later. */
  /** @param {Room} room */
  armRoomPurge(room) {
    const seconds = Number(room.config.peerlessPurgeTimeout)
    const connected = [...room.peers.values()].some((p) => p.status === 'connected')
    if (!(seconds > 0) || connected) return
    clearTimeout(room.purge)
    room.purge = setTimeout(() => this.rooms.has(room.id) && this.deleteRoom(room), seconds * 1000)
  }
}

/**
 * Starts the stand-in on every given port of `address`; exits (as Fishjam's boot would) when the
 * configuration is unusable.
 * @param {import('./types.js').FishjamSpec & { address: string, logFile: string, stateDir: string }} spec
 * @param {(line: string) => void} note
 */
export function startFishjam(spec, note) {
  const config = readConfig(spec.env, spec.address)
  if (typeof config === 'string') {
    note(`** (RuntimeError) ${config}`)
    process.exit(1)
  }
  const dir = `${spec.logFile}.turn`
  fs.mkdirSync(dir, { recursive: true })
  const node = new FishjamNode(
    config,
    {
      dir,
      offersFile: `${spec.logFile}.offers`,
      udpDelayMs: spec.udpDelayMs ?? 0,
      udpBlocked: spec.udpBlocked ?? false
    },
    note
  )
  const sockets = new WebSocketServer({ noServer: true })
  const ports = [...new Set([config.port, ...spec.ports])]
  for (const port of ports) {
    const server = http.createServer(restHandler(node))
    server.on('upgrade', (request, socket, head) =>
      handlePeerSocket(node, sockets, request, socket, head)
    )
    server.on('error', (err) => note(`cannot listen on ${spec.address}:${port}: ${err.message}`))
    server.listen(port, spec.address, () =>
      note(`fishjam stand-in listening on ${spec.address}:${port}`)
    )
  }
  return node
}
