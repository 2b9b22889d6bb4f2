/**
 * The relay check, pion style: permit the runner's mapped IP, then datagrams from a second local
 * socket (the peer) to the relayed address must come back through the allocation: the client
 * echoes each Data indication with a Send indication. Proves the relay port range is reachable.
 */
import dgram from 'node:dgram'
import type { AttemptContext, CheckHooks, CheckRecord } from './attempt.js'
import { formatAddress, type TransportAddress } from './ip.js'
import { elapsedMs, localAddressFor } from './transport/index.js'
import type { Allocation, TurnClient } from './turn.js'
import type { ProbeTransport } from './types.js'

/** Stop after this many echoes, or after this many datagrams. */
export const RELAY_ECHOES_WANTED = 3
export const RELAY_MAX_DATAGRAMS = 12

/** A ping is the magic followed by its sequence number (32 bits). */
const PING_MAGIC = Buffer.from('FWPP')
const PING_LENGTH = 8

function pingBytes(sequence: number): Buffer {
  const ping = Buffer.alloc(PING_LENGTH)
  PING_MAGIC.copy(ping)
  ping.writeUInt32BE(sequence, PING_MAGIC.length)
  return ping
}

/** The sequence number of one of our pings; undefined for anything else. */
function readPing(bytes: Buffer): number | undefined {
  if (bytes.length !== PING_LENGTH || !bytes.subarray(0, PING_MAGIC.length).equals(PING_MAGIC)) {
    return undefined
  }
  return bytes.readUInt32BE(PING_MAGIC.length)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The peer: numbered pings to the relayed address, and the round trip of each that comes back. */
class Peer {
  /** Round trips of the pings that came back, in arrival order. */
  readonly rtts: number[] = []
  /** Send time (performance.now) of each ping still out, by sequence number. */
  private readonly outstanding = new Map<number, number>()
  private sent = 0
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

  get pingsSent(): number {
    return this.sent
  }

  get pingsOut(): number {
    return this.outstanding.size
  }

  ping(): void {
    const sequence = this.sent++
    this.outstanding.set(sequence, performance.now())
    this.socket.send(pingBytes(sequence), this.relayed.port, this.relayed.address)
  }

  /** Resolves when the next echo arrives, or after `ms`, whichever is first. */
  nextEcho(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms))
      this.echoArrived = () => {
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
    const sentAt = sequence === undefined ? undefined : this.outstanding.get(sequence)
    if (sequence === undefined || sentAt === undefined) return
    this.outstanding.delete(sequence)
    this.rtts.push(elapsedMs(sentAt))
    this.echoArrived?.()
  }
}

/** Pings one gap apart (sooner when an echo comes back), then waits a little for stragglers. */
async function pingThroughRelay(peer: Peer, context: AttemptContext, gapMs: number): Promise<void> {
  const enough = (): boolean => peer.rtts.length >= RELAY_ECHOES_WANTED
  while (!enough() && peer.pingsSent < RELAY_MAX_DATAGRAMS) {
    if (Date.now() >= context.deadline || context.options.signal?.aborted) break
    peer.ping()
    await peer.nextEcho(gapMs)
  }
  // Stragglers still on their way count too.
  const settleUntil = Math.min(context.deadline, Date.now() + Math.max(3 * gapMs, 100))
  while (!enough() && peer.pingsOut > 0 && Date.now() < settleUntil) {
    await peer.nextEcho(settleUntil - Date.now())
  }
}

export async function relayEcho(
  context: AttemptContext,
  client: TurnClient,
  transport: ProbeTransport,
  allocation: Allocation,
  hooks: CheckHooks
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
  const sent = peer.pingsSent
  if (peer.rtts.length === 0) {
    const permission = hooks.skipPermission ? 'without a permission' : `permission for ${peerIp}`
    return {
      ...base,
      outcome: 'lost',
      detail: `0 of ${sent} datagrams sent to the relayed address ${relayed} came back (${permission})`
    }
  }
  const loss = Math.round((100 * peer.pingsOut) / sent)
  return {
    ...base,
    outcome: 'ok',
    rttMs: median(peer.rtts),
    detail: `${peer.rtts.length} of ${sent} datagrams echoed through ${relayed} (${loss}% lost or late)`
  }
}
