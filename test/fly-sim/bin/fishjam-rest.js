// @ts-check
// The Fishjam stand-in's REST API (fishjam 0.6.3 router.ex and controllers): bearer auth on every
// route, the room and peer endpoints with their exact bodies, status codes and error texts
// (fishjam.md §1), and /health (§5).
import { randomUUID } from 'node:crypto'
import { signPeerToken } from './fishjam-proto.js'
import { parseJson } from './store.js'

/** @typedef {import('./fishjam.js').FishjamNode} FishjamNode */
/** @typedef {import('./fishjam.js').Room} Room */
/** @typedef {import('./fishjam.js').Peer} Peer */

/** @param {unknown} value */
const shown = (value) => (typeof value === 'string' ? value : JSON.stringify(value))
/** @param {unknown} v */
const positiveInt = (v) => v === undefined || v === null || (Number.isInteger(v) && Number(v) > 0)

/**
 * room_controller.ex's checks of a POST /room body, in its order; a string is the 400 text.
 * @param {Record<string, unknown>} body
 * @param {FishjamNode} node
 */
function roomConfig(body, node) {
  const id = body.roomId ?? randomUUID()
  if (typeof id !== 'string' || !/^[a-zA-Z0-9-_]+$/.test(id)) {
    return `Cannot add room with id "${shown(id)}" - roomId may contain only alphanumeric characters, hyphens and underscores`
  }
  if (node.rooms.has(id)) return `Cannot add room with id "${id}" - room already exists`
  const { maxPeers = null, videoCodec = null, webhookUrl = null } = body
  if (maxPeers !== null && !(Number.isInteger(maxPeers) && Number(maxPeers) >= 0)) {
    return `Expected maxPeers to be a number, got: ${shown(maxPeers)}`
  }
  if (videoCodec !== null && videoCodec !== 'h264' && videoCodec !== 'vp8') {
    return `Expected videoCodec to be 'h264' or 'vp8', got: ${shown(videoCodec)}`
  }
  if (webhookUrl !== null && !/^[a-z]+:\/\/[^/]+\/.*/i.test(shown(webhookUrl))) {
    return `Expected webhookUrl to be valid URL, got: ${shown(webhookUrl)}`
  }
  for (const key of ['peerlessPurgeTimeout', 'peerDisconnectedTimeout']) {
    if (!positiveInt(body[key])) {
      return `Expected ${key} to be a positive integer, got: ${shown(body[key])}`
    }
  }
  return {
    roomId: id,
    maxPeers,
    videoCodec,
    webhookUrl,
    peerlessPurgeTimeout: body.peerlessPurgeTimeout ?? null,
    peerDisconnectedTimeout: body.peerDisconnectedTimeout ?? null
  }
}

/** @param {Peer} peer */
const peerJson = (peer) => ({
  id: peer.id,
  type: 'webrtc',
  status: peer.status,
  tracks: [],
  metadata: peer.metadata
})

/** @param {Room} room */
const roomJson = (room) => ({
  id: room.id,
  config: room.config,
  components: [],
  peers: [...room.peers.values()].map(peerJson)
})

/**
 * @param {FishjamNode} node
 * @param {Room} room
 * @param {Record<string, unknown> | null} body
 * @returns {[number, unknown]}
 */
function addPeer(node, room, body) {
  const options = body?.options ?? {}
  const simulcast = /** @type {Record<string, unknown>} */ (options).enableSimulcast
  if (
    !body ||
    body.type === undefined ||
    typeof options !== 'object' ||
    (simulcast !== undefined && typeof simulcast !== 'boolean')
  ) {
    return [400, { errors: 'Invalid request body structure' }]
  }
  if (body.type !== 'webrtc') return [400, { errors: 'Invalid peer type' }]
  if (!node.config.webrtc)
    return [400, { errors: 'Peers of type webrtc are disabled on this Fishjam' }]
  const max = room.config.maxPeers
  if (typeof max === 'number' && room.peers.size >= max) {
    return [503, { errors: `Reached webrtc peers limit in room ${room.id}` }]
  }
  const peer = node.addPeer(room)
  const token = signPeerToken(node.config.keyBase, { peer_id: peer.id, room_id: room.id })
  const url = `${node.config.host}/socket/peer/websocket`
  return [201, { data: { peer: peerJson(peer), token, peer_websocket_url: url } }]
}

/**
 * @param {FishjamNode} node
 * @param {string} method
 * @param {string[]} parts The path's segments.
 * @param {Record<string, unknown> | null} body
 * @returns {[number, unknown]}
 */
function route(node, method, parts, body) {
  const [first, roomId, sub, peerId] = parts
  if (first === 'health' && parts.length === 1 && method === 'GET') {
    const uptime = Math.floor((Date.now() - node.startedAt) / 1000)
    const distribution = { enabled: false, nodeStatus: 'DOWN', nodesInCluster: 0 }
    return [
      200,
      { data: { status: 'UP', uptime, version: '0.6.3', gitCommit: '6e66990', distribution } }
    ]
  }
  if (first !== 'room') return [404, { errors: { detail: 'Not Found' } }]
  if (parts.length === 1 && method === 'GET')
    return [200, { data: [...node.rooms.values()].map(roomJson) }]
  if (parts.length === 1 && method === 'POST') {
    const config = roomConfig(body ?? {}, node)
    if (typeof config === 'string') return [400, { errors: config }]
    const room = node.createRoom(config.roomId, config)
    return [201, { data: { room: roomJson(room), fishjam_address: node.config.host } }]
  }
  const room = node.rooms.get(roomId)
  const missing = [404, { errors: `Room ${roomId} does not exist` }]
  if (parts.length === 2 && (method === 'GET' || method === 'DELETE')) {
    if (!room) return /** @type {[number, unknown]} */ (missing)
    if (method === 'GET') return [200, { data: roomJson(room) }]
    node.deleteRoom(room)
    return [204, null]
  }
  if (sub === 'peer' && parts.length === 3 && method === 'POST') {
    return room ? addPeer(node, room, body) : /** @type {[number, unknown]} */ (missing)
  }
  if (sub === 'peer' && parts.length === 4 && method === 'DELETE') {
    const peer = room?.peers.get(peerId)
    if (!room) return /** @type {[number, unknown]} */ (missing)
    if (!peer) return [404, { errors: `Peer with id ${peerId} does not exist` }]
    node.removePeer(room, peer, 'Peer removed')
    return [204, null]
  }
  return [404, { errors: { detail: 'Not Found' } }]
}

/**
 * The body as Plug.Parsers reads it: JSON only with a JSON content type, otherwise ignored.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, unknown> | null | 'malformed'>}
 */
async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json') || text === '')
    return null
  try {
    return /** @type {Record<string, unknown>} */ (parseJson(text))
  } catch {
    return 'malformed'
  }
}

/** @param {FishjamNode} node @returns {import('node:http').RequestListener} */
export function restHandler(node) {
  return (req, res) => {
    node.firstRequestAt ??= Date.now()
    const send = (/** @type {number} */ status, /** @type {unknown} */ json) => {
      res.writeHead(
        status,
        status === 204 ? {} : { 'content-type': 'application/json; charset=utf-8' }
      )
      res.end(status === 204 ? undefined : JSON.stringify(json))
    }
    const auth = req.headers.authorization
    if (typeof auth !== 'string' || !auth.startsWith('Bearer '))
      return send(401, { errors: 'Missing token' })
    if (auth.slice('Bearer '.length) !== node.config.token)
      return send(401, { errors: 'Invalid token' })
    void readBody(req).then((body) => {
      if (body === 'malformed') return send(400, { errors: { detail: 'Bad Request' } })
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const [status, json] = route(node, req.method ?? 'GET', path.split('/').filter(Boolean), body)
      send(status, json)
    })
  }
}
