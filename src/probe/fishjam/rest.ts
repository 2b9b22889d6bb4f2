/**
 * The part of Fishjam's REST API the probe uses (fishjam 0.6.3, router.ex): delete and create
 * its room, add a WebRTC peer, list rooms. Every call carries the bearer token and gets a
 * deadline; an answer other than the expected one is a StageFailure of the HTTP API stage.
 */
import { httpRequest, type HttpAnswer } from '../http-request.js'
import type { TlsSettings } from '../transport/index.js'
import { StageFailure, stage } from './stages.js'

/** fishjam.md §7: 5 s per HTTP call. */
export const API_CALL_TIMEOUT_MS = 5000

export interface ApiSettings {
  base: URL
  token: string
  /** How the front end names the token, for a 401. */
  tokenName: string
  deadline: number
  tls?: TlsSettings
  signal?: AbortSignal
}

export interface AddedPeer {
  id: string
  /** Phoenix.Token for the peer WebSocket; a credential, never logged. */
  token: string
  /** FJ_HOST + /socket/peer/websocket, without a scheme. */
  websocketUrl?: string
}

export interface RoomPeers {
  id: string
  peers: { id: string; status: string }[]
}

/** The `errors` text of a Fishjam error body, or the body's start. */
function errorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown }
    if (typeof parsed.errors === 'string') return parsed.errors
    if (parsed.errors !== undefined) return JSON.stringify(parsed.errors)
  } catch {
    // not JSON: show the start of it
  }
  return body.slice(0, 120)
}

export class FishjamApi {
  constructor(private readonly settings: ApiSettings) {}

  private url(path: string): URL {
    const base = this.settings.base
    const url = new URL(base.origin)
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`
    return url
  }

  /** One call; resolves with the answer when its status is one of `expected`. */
  private call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    expected: number[],
    json?: unknown
  ): Promise<HttpAnswer> {
    const { token, tokenName, deadline, tls, signal } = this.settings
    return stage('HTTP API', async () => {
      const timeoutMs = Math.max(1, Math.min(API_CALL_TIMEOUT_MS, deadline - Date.now()))
      const url = this.url(path)
      const answer = await httpRequest({ method, url, token, json, timeoutMs, tls, signal })
      if (expected.includes(answer.status)) return answer
      const what = `${method} ${url.pathname} answered ${answer.status} ${errorText(answer.body)}`
      if (answer.status === 401 || answer.status === 403) {
        throw new StageFailure('HTTP API', 'auth-failed', `${what}: check ${tokenName}`)
      }
      throw new StageFailure('HTTP API', 'http-error', what)
    })
  }

  /** DELETE /room/{id}: true when it existed (204), false when it did not (404). */
  async deleteRoom(roomId: string): Promise<boolean> {
    const answer = await this.call('DELETE', `/room/${encodeURIComponent(roomId)}`, [204, 404])
    return answer.status === 204
  }

  /** POST /room with a fixed id, one peer at most, and purge timeouts in case the probe dies. */
  async createRoom(roomId: string, purgeSeconds: number): Promise<void> {
    await this.call('POST', '/room', [201], {
      roomId,
      maxPeers: 1,
      peerlessPurgeTimeout: purgeSeconds,
      peerDisconnectedTimeout: purgeSeconds
    })
  }

  /** POST /room/{id}/peer: a WebRTC peer without simulcast (the lighter allocator). */
  async addPeer(roomId: string): Promise<AddedPeer> {
    const answer = await this.call('POST', `/room/${encodeURIComponent(roomId)}/peer`, [201], {
      type: 'webrtc',
      options: { enableSimulcast: false }
    })
    const data = parseData(answer.body) as {
      peer?: { id?: unknown }
      token?: unknown
      peer_websocket_url?: unknown
    }
    if (typeof data.peer?.id !== 'string' || typeof data.token !== 'string') {
      throw new StageFailure(
        'HTTP API',
        'protocol-error',
        'POST /room/{id}/peer: no peer id or token in the answer'
      )
    }
    const websocketUrl =
      typeof data.peer_websocket_url === 'string' ? data.peer_websocket_url : undefined
    return { id: data.peer.id, token: data.token, websocketUrl }
  }

  /** GET /room: every room with its peers' ids and statuses. */
  async listRooms(): Promise<RoomPeers[]> {
    const answer = await this.call('GET', '/room', [200])
    const rooms = parseData(answer.body)
    if (!Array.isArray(rooms)) {
      throw new StageFailure('HTTP API', 'protocol-error', 'GET /room: data is not a list')
    }
    return rooms.map((room: { id?: unknown; peers?: unknown }) => ({
      id: String(room.id),
      peers: (Array.isArray(room.peers) ? room.peers : []).map(
        (peer: { id?: unknown; status?: unknown }) => ({
          id: String(peer.id),
          status: String(peer.status)
        })
      )
    }))
  }
}

/** The `data` member of a Fishjam success body. */
function parseData(body: string): unknown {
  try {
    return (JSON.parse(body) as { data?: unknown }).data
  } catch {
    throw new StageFailure(
      'HTTP API',
      'protocol-error',
      `the answer is not JSON: ${body.slice(0, 80)}`
    )
  }
}
