/**
 * What the fishjam check does to keep a live server safe, and what it tells about a server that
 * real clients could not use: fishjam.md §4.7 and §6.
 */
import { optionName, type OptionNames } from '../option-names.js'
import type { FishjamApi } from './rest.js'
import { StageFailure } from './stages.js'

/**
 * peer_websocket_url is FJ_HOST + the socket path, sent to every client: an address that only
 * means something inside the machine or the private network sends real clients nowhere.
 */
export function peerWebsocketWarning(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  const host = url
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]
    .replace(/:\d+$/, '')
  const internal =
    host === '0.0.0.0' ||
    host === 'localhost' ||
    host.startsWith('127.') ||
    host === '[::]' ||
    host === '[::1]' ||
    !host.includes('.') ||
    /\.(internal|local|flycast)$/i.test(host)
  if (!internal) return undefined
  return (
    `Fishjam tells clients to connect to '${url}' (peer_websocket_url): FJ_HOST is wrong for real clients, ` +
    "which cannot reach that address. Set FJ_HOST to the public name, e.g. '{hostname}' (fishjam preset)."
  )
}

/**
 * Fishjam 0.6.3 (fake_turn 0.4.2) binds its per-peer UDP listeners with SO_REUSEADDR, so the
 * probe's listener may share a live peer's port and capture that peer's media. With peers on the
 * node that are not the probe's, the check stops before the UDP step.
 */
export async function livePeersRefusal(
  api: FishjamApi,
  roomId: string,
  peerId: string,
  names?: OptionNames
): Promise<StageFailure | undefined> {
  const rooms = await api.listRooms()
  const others = rooms.flatMap((room) =>
    room.peers.filter(
      (peer) => peer.status === 'connected' && !(room.id === roomId && peer.id === peerId)
    )
  )
  if (others.length === 0) return undefined
  return new StageFailure(
    'TURN over UDP',
    'unsafe',
    `not run: GET /room shows ${others.length} connected peer(s) that are not the probe's. ` +
      "Fishjam 0.6.3's TURN listeners can share a UDP port (fake_turn 0.4.2), so the probe's listener " +
      `could capture a live peer's media. Probe when the server is idle, or allow it with ${optionName('fishjamAllowLivePeers', names)}.`
  )
}
