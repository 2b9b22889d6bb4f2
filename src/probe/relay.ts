/**
 * The relay check, pion style: permit the runner's mapped IP, then datagrams from a second local
 * socket (the peer) to the relayed address must come back through the allocation: the client
 * echoes each Data indication with a Send indication. Proves the relay port range is reachable.
 * Pings come in two sizes: small ones, and media-sized ones (MEDIA_PAYLOAD_BYTES, what a WebRTC
 * media packet carries), because a path that drops large datagrams (Fly leaves about 1300 bytes
 * of UDP payload; tunnels leave less) lets a call connect and then carry no media.
 */
import dgram from 'node:dgram'
import type { AttemptContext, CheckHooks, CheckRecord } from './attempt.js'
import { formatAddress, type TransportAddress } from './ip.js'
import { elapsedMs, localAddressFor } from './transport/index.js'
import type { Allocation, TurnClient } from './turn.js'
import type { ProbeTransport } from './types.js'

/** Stop once this many pings of each size came back, or after this many rounds of one each. */
export const RELAY_ECHOES_WANTED = 2
export const RELAY_MAX_ROUNDS = 6
/** The payload of a media-sized ping: a full WebRTC media packet. */
export const MEDIA_PAYLOAD_BYTES = 1200

/** A ping is the magic followed by its sequence number (32 bits); a media ping is padded. */
const PING_MAGIC = Buffer.from('FWPP')
const SMALL_PING_BYTES = 8

type PingSize = 'small' | 'media'

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

interface Tally {
  sent: number
  rtts: number[]
}

/** The peer: numbered pings to the relayed address, and the round trip of each that comes back. */
class Peer {
  readonly tally: Record<PingSize, Tally> = {
    small: { sent: 0, rtts: [] },
    media: { sent: 0, rtts: [] }
  }
  /** Size and send time (performance.now) of each ping still out, by sequence number. */
  private readonly outstanding = new Map<number, { size: PingSize; at: number }>()
  private sequence = 0
  private echoArrived?: () => void

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

  private receive(bytes: Buffer): void {
    const sequence = readPing(bytes)
    const ping = sequence === undefined ? undefined : this.outstanding.get(sequence)
    if (sequence === undefined || ping === undefined) return
    this.outstanding.delete(sequence)
    this.tally[ping.size].rtts.push(elapsedMs(ping.at))
    this.echoArrived?.()
  }
}

/** Rounds of one small and one media ping, one gap apart (sooner when both come back). */
async function pingThroughRelay(peer: Peer, context: AttemptContext, gapMs: number): Promise<void> {
  const enough = (): boolean =>
    peer.echoed('small') >= RELAY_ECHOES_WANTED && peer.echoed('media') >= RELAY_ECHOES_WANTED
  for (let round = 0; !enough() && round < RELAY_MAX_ROUNDS; round++) {
    if (Date.now() >= context.deadline || context.options.signal?.aborted) break
    peer.ping('small')
    peer.ping('media')
    await peer.allBack(Math.min(gapMs, context.deadline - Date.now()))
  }
  // Stragglers still on their way count too.
  const settleMs = Math.min(context.deadline - Date.now(), Math.max(3 * gapMs, 100))
  if (peer.pingsOut > 0) await peer.allBack(settleMs)
}

/** The record of one echo run: ok, lost (nothing back) or mtu (only small pings back). */
function echoRecord(
  peer: Peer,
  base: Pick<CheckRecord, 'check' | 'transport' | 'startedAt' | 'durationMs'>,
  relayed: string,
  permission: string
): CheckRecord {
  const { small, media } = peer.tally
  const counts =
    `${small.rtts.length} of ${small.sent} small and ${media.rtts.length} of ${media.sent} ` +
    `media-sized (${MEDIA_PAYLOAD_BYTES}-byte) datagrams`
  if (small.rtts.length + media.rtts.length === 0) {
    const sent = small.sent + media.sent
    return {
      ...base,
      outcome: 'lost',
      detail: `0 of ${sent} datagrams sent to the relayed address ${relayed} came back (${permission})`
    }
  }
  if (media.rtts.length === 0) {
    return {
      ...base,
      outcome: 'mtu',
      rttMs: median(small.rtts),
      detail: `${counts} came back through ${relayed}: the path drops datagrams of media size`
    }
  }
  const sent = small.sent + media.sent
  const loss = Math.round((100 * peer.pingsOut) / sent)
  return {
    ...base,
    outcome: 'ok',
    rttMs: median([...small.rtts, ...media.rtts]),
    detail: `${counts} echoed through ${relayed} (${loss}% lost or late)`
  }
}

export async function relayEcho(
  context: AttemptContext,
  client: TurnClient,
  transport: ProbeTransport,
  allocation: Allocation,
  hooks: CheckHooks = {}
): Promise<CheckRecord> {
  const startedAt = Date.now()
  const relayed = formatAddress(allocation.relayed)
  const peerIp = allocation.mapped?.address ?? client.channel.local.address
  if (!hooks.skipPermission) await client.createPermission(peerIp)
  client.onData((from, data) => client.sendIndication(from, data))

  const peer = await Peer.open(allocation.relayed)
  try {
    // A gap near one RTO: short enough to finish fast, long enough not to flood a slow path.
    const gapMs = Math.min(250, Math.max(10, context.rtt[transport].rtoMs))
    await pingThroughRelay(peer, context, gapMs)
  } finally {
    peer.close()
  }
  const base = { check: 'relay' as const, transport, startedAt, durationMs: Date.now() - startedAt }
  const permission = hooks.skipPermission ? 'without a permission' : `permission for ${peerIp}`
  return echoRecord(peer, base, relayed, permission)
}
