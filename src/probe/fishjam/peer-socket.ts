/**
 * The probe's peer WebSocket (Fishjam's raw /socket/peer/websocket transport): binary protobuf
 * PeerMessages, no Origin header (Phoenix then skips its origin check), authentication in-band.
 * Each step waits a bounded time; a close frame from the server fails the step with its reason.
 */
import type https from 'node:https'
import WebSocket from 'ws'
import { lookupBy, type TlsSettings } from '../transport/index.js'
import {
  connectEvent,
  isConnectedFor,
  parseServerEvent,
  renegotiateTracksEvent,
  unwrapOfferData,
  type ServerEvent
} from './media-events.js'
import {
  decodePeerMessage,
  encodeAuthRequest,
  encodeMediaEvent,
  type PeerMessage
} from './proto.js'
import { StageFailure, type FishjamStage } from './stages.js'

/** fishjam.md §7: 5 s to open, 3 s each for `authenticated` and `connected`, 5 s for offerData. */
export const SOCKET_TIMEOUTS_MS = {
  open: 5000,
  authenticated: 3000,
  connected: 3000,
  offerData: 5000
}

/** Close reasons that mean the peer token was refused (peer_socket.ex). */
const TOKEN_REFUSALS = new Set(['invalid token', 'missing token', 'expired token'])

interface Waiter {
  stage: FishjamStage
  accept: (message: PeerMessage) => boolean
  resolve: (message: PeerMessage) => void
  reject: (failure: StageFailure) => void
}

export interface PeerSocketSettings {
  deadline: number
  tls?: TlsSettings
  signal?: AbortSignal
}

export class PeerSocket {
  private waiter?: Waiter
  private ended?: StageFailure

  private constructor(
    private readonly socket: WebSocket,
    private readonly settings: PeerSocketSettings
  ) {
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) this.receive(data)
    })
    socket.on('close', (code: number, reason: Buffer) => {
      const why = reason.toString('utf8') || 'no reason'
      this.end(this.waiter?.stage ?? 'WebSocket', code, why)
    })
    socket.on('error', (error) => this.fail(new StageFailure('WebSocket', 'closed', error.message)))
  }

  /** Opens the socket; fails as the WebSocket stage. */
  static open(url: URL, settings: PeerSocketSettings): Promise<PeerSocket> {
    const timeoutMs = boundedWait(SOCKET_TIMEOUTS_MS.open, settings.deadline)
    // ws hands its options to https.request, servername included (its types leave that out), and
    // `lookup` too: the name resolves by the probe's deadline, never by a stuck getaddrinfo.
    const options: WebSocket.ClientOptions & Pick<https.RequestOptions, 'servername' | 'lookup'> = {
      handshakeTimeout: timeoutMs,
      lookup: lookupBy(Date.now() + timeoutMs, settings.signal),
      perMessageDeflate: false,
      ca: settings.tls?.ca,
      servername: settings.tls?.servername,
      rejectUnauthorized: !settings.tls?.insecure
    }
    const socket = new WebSocket(url, options)
    return new Promise((resolve, reject) => {
      const failed = (message: string): void => {
        socket.terminate()
        reject(
          new StageFailure('WebSocket', 'unreachable', `${url.origin}${url.pathname}: ${message}`)
        )
      }
      socket.once('open', () => {
        socket.removeAllListeners('error')
        const peer = new PeerSocket(socket, settings)
        settings.signal?.addEventListener('abort', () => peer.close(), { once: true })
        resolve(peer)
      })
      socket.once('unexpected-response', (_request, response) =>
        failed(`the upgrade was answered ${response.statusCode ?? '?'} instead of 101`)
      )
      socket.once('error', (error) => failed(error.message))
    })
  }

  /** AuthRequest, then `authenticated`: the server accepted the peer token. */
  async authenticate(peerToken: string): Promise<void> {
    this.socket.send(encodeAuthRequest(peerToken))
    await this.next(
      'auth',
      SOCKET_TIMEOUTS_MS.authenticated,
      'authenticated',
      (m) => m.kind === 'authenticated'
    )
  }

  /** `connect`, then `connected` for this peer: its endpoint is active and will get media events. */
  async join(peerId: string): Promise<void> {
    this.socket.send(encodeMediaEvent(connectEvent()))
    await this.nextEvent('connected', SOCKET_TIMEOUTS_MS.connected, (e) =>
      isConnectedFor(e, peerId)
    )
  }

  /** Custom `renegotiateTracks`, then the first custom `offerData`: its inner data. */
  async offerData(): Promise<unknown> {
    this.socket.send(encodeMediaEvent(renegotiateTracksEvent()))
    const event = await this.nextEvent(
      'offerData',
      SOCKET_TIMEOUTS_MS.offerData,
      (e) => unwrapOfferData(e) !== undefined
    )
    return unwrapOfferData(event)
  }

  close(): void {
    this.ended ??= new StageFailure('WebSocket', 'aborted', 'the probe closed the socket')
    this.waiter?.reject(this.ended)
    this.waiter = undefined
    this.socket.terminate()
  }

  private async nextEvent(
    what: string,
    timeoutMs: number,
    accept: (event: ServerEvent) => boolean
  ): Promise<ServerEvent> {
    const eventOf = (m: PeerMessage): ServerEvent | undefined =>
      m.kind === 'media-event' ? parseServerEvent(m.data) : undefined
    const message = await this.next('offerData', timeoutMs, `a '${what}' media event`, (m) => {
      const event = eventOf(m)
      return event !== undefined && accept(event)
    })
    return eventOf(message) as ServerEvent
  }

  /** The next message `accept` takes (others are skipped), within the wait and the deadline. */
  private next(
    stage: FishjamStage,
    timeoutMs: number,
    what: string,
    accept: (message: PeerMessage) => boolean
  ): Promise<PeerMessage> {
    if (this.ended)
      return Promise.reject(new StageFailure(stage, this.ended.outcome, this.ended.message))
    const waitMs = boundedWait(timeoutMs, this.settings.deadline)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined
        reject(new StageFailure(stage, 'unreachable', `no ${what} in ${waitMs} ms`))
      }, waitMs)
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer)
          this.waiter = undefined
          done(value)
        }
      this.waiter = { stage, accept, resolve: settle(resolve), reject: settle(reject) }
    })
  }

  private receive(data: Buffer): void {
    let message: PeerMessage
    try {
      message = decodePeerMessage(data)
    } catch (error) {
      const stage = this.waiter?.stage ?? 'WebSocket'
      this.fail(new StageFailure(stage, 'protocol-error', (error as Error).message))
      return
    }
    if (this.waiter?.accept(message)) this.waiter.resolve(message)
  }

  /** The server closed the socket: a refused token is an auth failure, anything else a close. */
  private end(stage: FishjamStage, code: number, reason: string): void {
    const refused = TOKEN_REFUSALS.has(reason)
    const text = `the server closed the peer socket (${code} ${reason})`
    this.fail(new StageFailure(refused ? 'auth' : stage, refused ? 'auth-failed' : 'closed', text))
  }

  private fail(failure: StageFailure): void {
    this.ended ??= failure
    this.waiter?.reject(failure)
    this.waiter = undefined
  }
}

/** A step's wait, cut short by the deadline (never below 1 ms, so a timer always fires). */
function boundedWait(timeoutMs: number, deadline: number): number {
  return Math.max(1, Math.min(timeoutMs, deadline - Date.now()))
}
