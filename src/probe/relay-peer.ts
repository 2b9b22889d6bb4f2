/**
 * The peer of the relay check: a UDP socket on the runner that sends numbered pings (small and
 * media-sized) to the relayed address and times the ones that come back, and that can ask the
 * server how it sees the peer's address.
 */
import { randomBytes } from 'node:crypto'
import dgram from 'node:dgram'
import type { TransportAddress } from './ip.js'
import {
  decodeMessage,
  encodeMessage,
  getAttribute,
  readXorAddress,
  StunAttr,
  StunMethod
} from './stun/index.js'
import { elapsedMs, localAddressFor } from './transport/index.js'

/** Stop once this many pings of each size came back, or after this many rounds of one each. */
export const RELAY_ECHOES_WANTED = 2
export const RELAY_MAX_ROUNDS = 6
/** The payload of a media-sized ping: a full WebRTC media packet. */
export const MEDIA_PAYLOAD_BYTES = 1200

/** A ping is the magic followed by its sequence number (32 bits); a media ping is padded. */
const PING_MAGIC = Buffer.from('FWPP')
const SMALL_PING_BYTES = 8

export type PingSize = 'small' | 'media'

function pingBytes(sequence: number, size: PingSize): Buffer {
  const ping = Buffer.alloc(size === 'small' ? SMALL_PING_BYTES : MEDIA_PAYLOAD_BYTES)
  PING_MAGIC.copy(ping)
  ping.writeUInt32BE(sequence, PING_MAGIC.length)
  return ping
}

/** The sequence number of one of our pings; undefined for anything else. */
function readPing(bytes: Buffer): number | undefined {
  const sized = bytes.length === SMALL_PING_BYTES || bytes.length === MEDIA_PAYLOAD_BYTES
  if (!sized || !bytes.subarray(0, PING_MAGIC.length).equals(PING_MAGIC)) return undefined
  return bytes.readUInt32BE(PING_MAGIC.length)
}

/** The median, in the RTTs' own 0.01 ms steps (the mean of two would print 1.2349999999999999). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 100) / 100
}

interface Tally {
  sent: number
  rtts: number[]
}

/** The peer: numbered pings to the relayed address, and the round trip of each that comes back. */
export class Peer {
  readonly tally: Record<PingSize, Tally> = {
    small: { sent: 0, rtts: [] },
    media: { sent: 0, rtts: [] }
  }
  /** Size and send time (performance.now) of each ping still out, by sequence number. */
  private readonly outstanding = new Map<number, { size: PingSize; at: number }>()
  private sequence = 0
  private echoArrived?: () => void
  /** The Binding the peer waits for: its transaction ID and who to tell. */
  private binding?: { id: Buffer; done: (ip: string) => void }

  private constructor(
    private readonly socket: dgram.Socket,
    private readonly relayed: TransportAddress
  ) {
    socket.on('message', (bytes) => this.receive(bytes))
    socket.on('error', () => undefined)
  }

  /** A socket on the runner, bound on loopback when the relay is there (tests stay local). */
  static async open(relayed: TransportAddress): Promise<Peer> {
    const socket = dgram.createSocket(relayed.family === 'IPv6' ? 'udp6' : 'udp4')
    const peer = new Peer(socket, relayed)
    await new Promise<void>((resolve) =>
      socket.bind({ port: 0, address: localAddressFor(relayed.address) }, resolve)
    )
    return peer
  }

  get pingsOut(): number {
    return this.outstanding.size
  }

  echoed(size: PingSize): number {
    return this.tally[size].rtts.length
  }

  ping(size: PingSize): void {
    const sequence = this.sequence++
    this.outstanding.set(sequence, { size, at: performance.now() })
    this.tally[size].sent++
    this.socket.send(pingBytes(sequence, size), this.relayed.port, this.relayed.address)
  }

  /** Resolves when every ping sent so far is back, or after `ms`, whichever is first. */
  allBack(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms))
      this.echoArrived = () => {
        if (this.outstanding.size > 0) return
        clearTimeout(timer)
        resolve()
      }
    })
  }

  close(): void {
    this.socket.close()
  }

  /**
   * The peer's IP as `server` sees its UDP: a Binding, resent every `gapMs`, three times at most.
   * Undefined when no answer comes (the caller then permits the channel's mapped IP alone).
   */
  reflexiveIp(
    server: { address: string; port: number },
    gapMs: number
  ): Promise<string | undefined> {
    const id = randomBytes(12)
    const request = encodeMessage({
      method: StunMethod.Binding,
      cls: 'request',
      transactionId: id,
      attributes: []
    })
    return new Promise((resolve) => {
      let sends = 0
      const send = (): void => {
        if (sends++ === 3) return finish(undefined)
        this.socket.send(request, server.port, server.address)
        timer = setTimeout(send, gapMs)
      }
      let timer: NodeJS.Timeout | undefined
      const finish = (ip: string | undefined): void => {
        clearTimeout(timer)
        this.binding = undefined
        resolve(ip)
      }
      this.binding = { id, done: finish }
      send()
    })
  }

  private receive(bytes: Buffer): void {
    if (this.binding && this.answersBinding(bytes)) return
    const sequence = readPing(bytes)
    const ping = sequence === undefined ? undefined : this.outstanding.get(sequence)
    if (sequence === undefined || ping === undefined) return
    this.outstanding.delete(sequence)
    this.tally[ping.size].rtts.push(elapsedMs(ping.at))
    this.echoArrived?.()
  }

  private answersBinding(bytes: Buffer): boolean {
    const decoded = decodeMessage(bytes)
    const binding = this.binding
    if (!decoded.ok || !binding || !decoded.message.transactionId.equals(binding.id)) return false
    const message = decoded.message
    const mapped = readXorAddress(
      getAttribute(message, StunAttr.XorMappedAddress),
      message.transactionId
    )
    binding.done(mapped?.address ?? '')
    return true
  }
}
