/**
 * What every channel offers (StunChannel) and what UDP and stream channels share (ChannelBase):
 * matching answers to requests by transaction ID, routing indications and ChannelData to their
 * listeners, and failing every waiting request at once when the channel breaks.
 */
import { ProbeFailure } from '../failure.js'
import type { IpFamily, TransportAddress } from '../ip.js'
import { decodeChannelData, decodeMessage, type StunMessage } from '../stun/index.js'
import type { ProbeTransport } from '../types.js'
import { IgnoredAnswers } from './ignored.js'
import type { RttEstimator } from './rtt.js'

export interface TlsSettings {
  servername?: string
  ca?: string
  insecure?: boolean
}

export interface ChannelTarget {
  host: string
  port: number
  transport: ProbeTransport
  tls?: TlsSettings
}

export interface ChannelOptions {
  /** Epoch ms after which nothing is sent or awaited. */
  deadline: number
  rtt: RttEstimator
  /** Upper bound of the gap between two UDP sends (the probe interval), so a server that comes up mid-transaction is noticed soon. */
  rtoCapMs?: number
  signal?: AbortSignal
  /**
   * Local UDP ports this probe already used: a new socket that gets one of them again is
   * replaced, so every attempt really comes from a fresh source port. The channel adds its own.
   */
  usedPorts?: Set<number>
}

export interface Exchange {
  response: StunMessage
  /** From the first send to the answer. */
  rttMs: number
  sends: number
}

export interface StunChannel {
  readonly transport: ProbeTransport
  /** "host:port/transport", for messages. */
  readonly remote: string
  /** The family of the server's address: an IPv6 channel asks for an IPv6 relay. */
  readonly remoteFamily: IpFamily
  /** The server's IP address, resolved. */
  readonly remoteIp: string
  readonly local: TransportAddress
  /** Answers that were no use (not STUN, malformed, unknown transaction, echoes), by kind. */
  readonly ignored: IgnoredAnswers
  /** The negotiated TLS version on TLS channels. */
  readonly tlsProtocol?: string
  /** Called with indications and ChannelData frames the server sends unprompted. */
  onIndication?: (message: StunMessage) => void
  onChannelData?: (channel: number, data: Buffer) => void
  /** Sends a request (resending identical bytes on UDP) and resolves with the matching answer. */
  request(bytes: Buffer, transactionId: Buffer, options?: { maxSends?: number }): Promise<Exchange>
  /** Sends bytes that expect no answer (indications, ChannelData). */
  send(bytes: Buffer): void
  close(): void
}

interface Pending {
  resolve: (response: StunMessage) => void
  reject: (failure: ProbeFailure) => void
}

/** Shared by UDP and stream channels: matches answers to requests, routes the rest. */
export abstract class ChannelBase implements StunChannel {
  abstract readonly transport: ProbeTransport
  abstract readonly remote: string
  abstract readonly remoteFamily: IpFamily
  abstract readonly remoteIp: string
  abstract readonly local: TransportAddress
  tlsProtocol?: string
  onIndication?: (message: StunMessage) => void
  onChannelData?: (channel: number, data: Buffer) => void
  protected readonly pending = new Map<string, Pending>()
  /** Transactions already answered: a late copy of their answer (after a resend) is no garbage. */
  private readonly answered = new Set<string>()
  protected failure?: ProbeFailure
  protected closed = false
  readonly ignored = new IgnoredAnswers()

  constructor(protected readonly options: ChannelOptions) {}

  abstract request(bytes: Buffer, id: Buffer, o?: { maxSends?: number }): Promise<Exchange>
  abstract send(bytes: Buffer): void
  protected abstract destroy(): void

  close(): void {
    if (this.closed) return
    this.closed = true
    this.destroy()
    this.fail(new ProbeFailure('aborted', `channel to ${this.remote} closed`))
  }

  /** Fails every waiting request; later requests fail at once with the same reason. */
  protected fail(failure: ProbeFailure): void {
    this.failure ??= failure
    for (const waiter of this.pending.values()) waiter.reject(this.failure)
    this.pending.clear()
  }

  protected dispatch(bytes: Buffer): void {
    if (bytes.length > 0 && bytes[0] >= 0x40 && bytes[0] < 0x80) {
      const frame = decodeChannelData(bytes)
      if (frame.ok) this.onChannelData?.(frame.channel, frame.data)
      else this.ignored.add('notStun')
      return
    }
    const decoded = decodeMessage(bytes)
    if (!decoded.ok) {
      this.ignored.add(IgnoredAnswers.kindOfUndecodable(bytes))
      return
    }
    const message = decoded.message
    if (message.cls === 'indication') {
      this.onIndication?.(message)
      return
    }
    const key = message.transactionId.toString('hex')
    const waiter = this.pending.get(key)
    if (message.cls === 'request') {
      // A server never sends us requests: this is our own request coming back (a reflector).
      this.ignored.add('echo')
      return
    }
    if (!waiter) {
      if (!this.answered.has(key)) this.ignored.add('unknownTransaction')
      return
    }
    this.pending.delete(key)
    this.answered.add(key)
    waiter.resolve(message)
  }

  /**
   * What a request that got no usable answer failed with: silence is 'unreachable'; answers that
   * were not valid STUN/TURN make it a 'protocol-error' that counts them, so the verdict blames
   * the server on that port, not the path to it.
   */
  protected noAnswer(what: string): ProbeFailure {
    if (this.ignored.total === 0) return new ProbeFailure('unreachable', `no answer from ${what}`)
    const counted = this.ignored.describe()
    return new ProbeFailure(
      'protocol-error',
      `no valid answer from ${what}; ${counted}`,
      undefined,
      counted.replace(/ \(.*\)$/, '')
    )
  }

  /** Registers a waiter and rejects it with `onTimeout()` at `until` (epoch ms). */
  protected awaitAnswer(
    key: string,
    until: number,
    onTimeout: () => ProbeFailure
  ): { answer: Promise<StunMessage>; cancel: () => void } {
    let timer: NodeJS.Timeout | undefined
    const answer = new Promise<StunMessage>((resolve, reject) => {
      this.pending.set(key, { resolve, reject })
      timer = setTimeout(
        () => {
          this.pending.delete(key)
          reject(onTimeout())
        },
        Math.max(0, until - Date.now())
      )
    })
    const cancel = (): void => {
      clearTimeout(timer)
      this.pending.delete(key)
    }
    void answer.then(cancel, cancel)
    return { answer, cancel }
  }
}
