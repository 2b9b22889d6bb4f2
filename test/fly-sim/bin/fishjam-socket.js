// @ts-check
// The Fishjam stand-in's peer WebSocket (peer_socket.ex, a raw Phoenix transport): the origin
// check Phoenix applies when an Origin header is sent, in-band authentication with the close
// reasons of fishjam.md §2.4, and the media events of §3: `connect` -> `connected`, custom
// `renegotiateTracks` -> custom `offerData`, repeated about every 5 s with fresh credentials.
import {
  AUTHENTICATED,
  decodeClientFrame,
  mediaEventFrame,
  verifyPeerToken
} from './fishjam-proto.js'
import { parseJson } from './store.js'

/** The ICE restart timer that makes Fishjam resend offerData while ICE does not connect. */
export const OFFER_REPEAT_MS = 5000

/** @typedef {import('./fishjam.js').FishjamNode} FishjamNode */
/** @typedef {import('./fishjam.js').Room} Room */
/** @typedef {import('./fishjam.js').Peer} Peer */
/** @typedef {import('./fishjam-turn.js').PeerListener} PeerListener */

/**
 * Phoenix's check_origin: no Origin header passes; otherwise its host must be FJ_HOST's.
 * @param {FishjamNode} node
 * @param {string | undefined} origin
 */
function originAllowed(node, origin) {
  if (origin === undefined || node.config.checkOrigin === 'false') return true
  const host = node.config.host.replace(/\/.*$/, '').replace(/:\d+$/, '')
  try {
    return new URL(origin).hostname === host
  } catch {
    return false
  }
}

/**
 * The custom offerData event for a peer's listener (Jason prints keys sorted: data before type).
 * @param {FishjamNode} node
 * @param {PeerListener} listener
 */
function offerDataEvent(node, listener) {
  const { username, password } = listener.credentials()
  node.recordOffer({ port: listener.port, username, password })
  const server = {
    serverAddr: node.config.turnIp,
    serverPort: listener.port,
    transport: 'udp',
    username,
    password
  }
  const offer = { integratedTurnServers: [server], tracksTypes: { audio: 0, video: 0 } }
  return JSON.stringify({ data: { data: offer, type: 'offerData' }, type: 'custom' })
}

/**
 * One authenticated peer's media events.
 * @param {FishjamNode} node
 * @param {import('ws').WebSocket} ws
 * @param {Peer} peer
 * @param {PeerListener} listener
 */
function mediaEvents(node, ws, peer, listener) {
  /** @type {NodeJS.Timeout | undefined} */
  let repeat
  let active = false
  ws.on('close', () => clearInterval(repeat))
  return (/** @type {string} */ data) => {
    /** @type {{ type?: unknown, data?: Record<string, unknown> }} */
    let event
    try {
      event = /** @type {{ type?: unknown, data?: Record<string, unknown> }} */ (parseJson(data))
    } catch {
      return // "Invalid media event ... Ignoring."
    }
    if (event.type === 'connect' && event.data && 'metadata' in event.data) {
      active = true
      peer.metadata = event.data.metadata
      ws.send(
        mediaEventFrame(
          JSON.stringify({ data: { id: peer.id, otherEndpoints: [] }, type: 'connected' })
        )
      )
      return
    }
    // A pending endpoint's events are dropped by the Engine: offerData only after connect.
    if (active && event.type === 'custom' && event.data?.type === 'renegotiateTracks') {
      const send = () => ws.send(mediaEventFrame(offerDataEvent(node, listener)))
      send()
      node.note(`offerData sent to peer ${peer.id}: per-peer port ${listener.port}`)
      clearInterval(repeat)
      repeat = setInterval(send, OFFER_REPEAT_MS)
    }
  }
}

/**
 * The first frame must authenticate the peer, or the socket closes with Fishjam's reason.
 * @param {FishjamNode} node
 * @param {import('ws').WebSocket} ws
 * @param {Buffer} bytes
 * @returns {Promise<((data: string) => void) | null>} The media event handler once authenticated.
 */
async function authenticate(node, ws, bytes) {
  const frame = decodeClientFrame(bytes)
  if (!frame || frame.kind !== 'auth') {
    ws.close(1000, 'unauthenticated')
    return null
  }
  const data = verifyPeerToken(node.config.keyBase, frame.token)
  if (typeof data === 'string') {
    ws.close(1000, data)
    return null
  }
  const room = node.rooms.get(data.room_id)
  const peer = room?.peers.get(data.peer_id)
  const refusal = !room
    ? 'room not found'
    : !peer
      ? 'peer not found'
      : peer.socket
        ? 'peer already connected'
        : null
  if (refusal || !room || !peer) {
    ws.close(1000, refusal ?? 'unauthenticated')
    return null
  }
  ws.on('close', () => {
    if (peer.socket === ws && room.peers.has(peer.id)) node.disconnectPeer(room, peer)
  })
  const listener = await node.connectPeer(room, peer, ws)
  ws.send(AUTHENTICATED)
  return mediaEvents(node, ws, peer, listener)
}

/**
 * The HTTP upgrade of /socket/peer/websocket.
 * @param {FishjamNode} node
 * @param {import('ws').WebSocketServer} server
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:stream').Duplex} socket
 * @param {Buffer} head
 */
export function handlePeerSocket(node, server, request, socket, head) {
  node.firstRequestAt ??= Date.now()
  const path = new URL(request.url ?? '/', 'http://x').pathname
  const refuse = (/** @type {string} */ status) => {
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`)
  }
  if (path !== '/socket/peer/websocket') return refuse('404 Not Found')
  if (!originAllowed(node, request.headers.origin)) return refuse('403 Forbidden')
  server.handleUpgrade(request, socket, head, (ws) => {
    /** @type {((data: string) => void) | null | 'pending'} */
    let onMediaEvent = null
    ws.on('message', (data, isBinary) => {
      const bytes = /** @type {Buffer} */ (data)
      if (!isBinary) {
        ws.close(1011, 'Internal server error') // a text frame before auth crashes the socket
      } else if (onMediaEvent === null) {
        onMediaEvent = 'pending'
        void authenticate(node, ws, bytes).then((handler) => (onMediaEvent = handler))
      } else if (typeof onMediaEvent === 'function') {
        const frame = decodeClientFrame(bytes)
        if (frame?.kind === 'media') onMediaEvent(frame.data)
      }
    })
  })
}
