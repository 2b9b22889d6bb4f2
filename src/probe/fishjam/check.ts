/**
 * The fishjam check: the probe becomes a WebRTC peer, because Fishjam 0.6.x has no always-on
 * TURN port: it opens one UDP TURN listener per peer and tells the peer its port and credentials
 * over the peer WebSocket. Per attempt: DELETE then POST its fixed room (maxPeers 1, purge
 * timeouts), add a peer, open the peer socket at the API's own address, authenticate, `connect`,
 * `renegotiateTracks`, read offerData, then Allocate over UDP on the offered port. The room is
 * deleted on every path. Two records: the signaling (HTTP API to offerData) and TURN over UDP.
 */
import type { AttemptContext, CheckRecord } from '../attempt.js'
import { optionName } from '../option-names.js'
import { udpTurnServer, type TurnServerOffer } from './media-events.js'
import { PeerSocket } from './peer-socket.js'
import { API_CALL_TIMEOUT_MS, FishjamApi, type AddedPeer, type ApiSettings } from './rest.js'
import { livePeersRefusal, peerWebsocketWarning } from './safety.js'
import { atStage, stage, StageFailure, type FishjamStage } from './stages.js'
import { allocateOnPeerPort } from './turn-step.js'

/** One fixed room per probe: no new per-room metric series per run, and recognisable to a backend. */
export const PROBE_ROOM_ID = 'fly-webrtc-probe'
/** Fishjam removes the room this long after the probe's peer left, should the probe die. */
export const PURGE_SECONDS = 60

interface Signaled {
  peer: AddedPeer
  offer: TurnServerOffer
}

/** The peer socket's URL: the API's own address, ws(s), with Fishjam's socket path. */
export function peerSocketUrl(base: URL): URL {
  const url = new URL(base.origin)
  url.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/socket/peer/websocket`
  return url
}

export async function runFishjamCheck(context: AttemptContext): Promise<CheckRecord[]> {
  const attempt = new FishjamAttempt(context)
  try {
    return await attempt.walk()
  } finally {
    await attempt.cleanUp()
  }
}

/** One walk of the peer path, with what its clean-up needs to know. */
class FishjamAttempt {
  private readonly base: URL
  private readonly transport: 'http' | 'https'
  private readonly apiSettings: Omit<ApiSettings, 'deadline'>
  private readonly records: CheckRecord[] = []
  private readonly startedAt = Date.now()
  private turnStartedAt = 0
  private reached: FishjamStage = 'HTTP API'
  private socket?: PeerSocket
  private roomAsked = false

  constructor(private readonly context: AttemptContext) {
    const o = context.options
    this.base = new URL(o.fishjamUrl ?? '')
    this.transport = this.base.protocol === 'https:' ? 'https' : 'http'
    const tokenName = optionName('healthToken', o.names)
    this.apiSettings = { base: this.base, token: o.healthToken ?? '', tokenName, tls: o.tls }
  }

  async walk(): Promise<CheckRecord[]> {
    const o = this.context.options
    try {
      const api = new FishjamApi({
        ...this.apiSettings,
        deadline: this.context.deadline,
        signal: o.signal
      })
      const signaled = await this.signal(api)
      this.records.push(this.signalingRecord(signaled))
      this.reached = 'TURN over UDP'
      this.turnStartedAt = Date.now()
      if (!o.fishjamAllowLivePeers) {
        const refusal = await livePeersRefusal(api, PROBE_ROOM_ID, signaled.peer.id, o.names)
        if (refusal) throw refusal
      }
      this.records.push(await allocateOnPeerPort(this.context, signaled.offer))
    } catch (error) {
      this.records.push(this.failureRecord(error))
    }
    return this.records
  }

  /** Room, peer, socket, auth, connect, offerData: the way a browser's SDK joins a room. */
  private async signal(api: FishjamApi): Promise<Signaled> {
    const o = this.context.options
    await api.deleteRoom(PROBE_ROOM_ID)
    this.roomAsked = true
    await api.createRoom(PROBE_ROOM_ID, PURGE_SECONDS)
    const peer = await api.addPeer(PROBE_ROOM_ID)
    this.reached = 'WebSocket'
    const settings = { deadline: this.context.deadline, tls: o.tls, signal: o.signal }
    const url = peerSocketUrl(this.base)
    this.socket = await stage('WebSocket', () => PeerSocket.open(url, settings))
    this.reached = 'auth'
    await this.socket.authenticate(peer.token)
    this.reached = 'offerData'
    await this.socket.join(peer.id)
    const offer = udpTurnServer(await this.socket.offerData())
    const expected = o.expectedRelayIp
    if (expected !== undefined && offer.serverAddr !== expected) {
      throw new StageFailure(
        'offerData',
        'wrong-relayed-address',
        `offerData names the TURN server ${offer.serverAddr}, expected the public IPv4 ${expected} (FJ_WEBRTC_TURN_IP)`
      )
    }
    return { peer, offer }
  }

  private signalingRecord({ peer, offer }: Signaled): CheckRecord {
    const warning = peerWebsocketWarning(peer.websocketUrl)
    return {
      check: 'fishjam',
      transport: this.transport,
      stage: 'offerData',
      outcome: 'ok',
      startedAt: this.startedAt,
      durationMs: Date.now() - this.startedAt,
      detail: `peer ${peer.id} authenticated in room ${PROBE_ROOM_ID}; offerData names the per-peer TURN port ${offer.serverAddr}:${offer.serverPort}/udp`,
      warnings: warning ? [warning] : undefined
    }
  }

  private failureRecord(error: unknown): CheckRecord {
    const failure = atStage(this.reached, error)
    const onUdp = failure.stage === 'TURN over UDP'
    const startedAt = onUdp ? this.turnStartedAt : this.startedAt
    return {
      check: 'fishjam',
      transport: onUdp ? 'udp' : this.transport,
      stage: failure.stage,
      outcome: failure.outcome,
      startedAt,
      durationMs: Date.now() - startedAt,
      detail: `${failure.stage}: ${failure.message}`,
      code: failure.code
    }
  }

  /** DELETE the room (whatever happened, with its own short deadline), then close the socket. */
  async cleanUp(): Promise<void> {
    if (this.roomAsked) {
      const api = new FishjamApi({
        ...this.apiSettings,
        deadline: Date.now() + API_CALL_TIMEOUT_MS
      })
      try {
        await api.deleteRoom(PROBE_ROOM_ID)
      } catch (error) {
        const last = this.records.at(-1)
        const why = error instanceof Error ? error.message : String(error)
        const text = `the probe room '${PROBE_ROOM_ID}' was not deleted (${why}); Fishjam purges it ${PURGE_SECONDS} s after its peer left`
        if (last) last.warnings = [...(last.warnings ?? []), text]
      }
    }
    // Closed after the room is gone, so a backend sees no PeerDisconnected for the probe's peer.
    this.socket?.close()
  }
}
