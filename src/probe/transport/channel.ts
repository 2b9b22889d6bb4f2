/**
 * What every channel offers (StunChannel) and what UDP and stream channels share (ChannelBase):
 * matching answers to requests by transaction ID, routing indications and ChannelData to their
 * listeners, and failing every waiting request at once when the channel breaks.
 */
import { ProbeFailure } from '../failure.js'
import type { TransportAddress } from '../ip.js'
import { decodeChannelData, decodeMessage, type StunMessage } from '../stun/index.js'
import type { ProbeTransport } from '../types.js'
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
  readonly local: TransportAddress
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
  abstract readonly local: TransportAddress
  tlsProtocol?: string
  onIndication?: (message: StunMessage) => void
  onChannelData?: (channel: number, data: Buffer) => void
  protected readonly pending = new Map<string, Pending>()
  protected failure?: ProbeFailure
  protected closed = false
  /** Datagrams or frames that were not a STUN answer we wait for (garbage, stray IDs). */
  ignored = 0

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
      else this.ignored++
      return
    }
    const decoded = decodeMessage(bytes)
    if (!decoded.ok) {
      this.ignored++
      return
    }
    const message = decoded.message
    if (message.cls === 'indication') {
      this.onIndication?.(message)
      return
    }
    const key = message.transactionId.toString('hex')
    const waiter = this.pending.get(key)
    if (message.cls === 'request' || !waiter) {
      this.ignored++
      return
    }
    this.pending.delete(key)
    waiter.resolve(message)
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
