/**
 * Carries STUN requests to a server over UDP (with retransmission), TCP or TLS (with stream
 * framing), and hands unsolicited messages (Data indications, ChannelData) to a listener.
 * Every request has a deadline; every failure is a ProbeFailure naming an Outcome.
 */
import dgram from 'node:dgram'
import { lookup } from 'node:dns/promises'
import net from 'node:net'
import tls from 'node:tls'
import { formatAddress, ipFamily, isLoopback, type TransportAddress } from './ip.js'
import { decodeChannelData, decodeMessage, nextFrameLength, type StunMessage } from './stun.js'
import type { Outcome, ProbeTransport } from './types.js'

/** A failed exchange, named by the outcome the timeline records. */
export class ProbeFailure extends Error {
  readonly outcome: Outcome
  /** Node's error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, ...) when there was one. */
  readonly code?: string

  constructor(outcome: Outcome, message: string, code?: string) {
    super(message)
    this.name = 'ProbeFailure'
    this.outcome = outcome
    this.code = code
  }
}

/**
 * Retransmission timer for UDP (RFC 6298 style smoothing). A probe sends a handful of small
 * datagrams, so it starts far lower than RFC 8489's 500 ms, at 50 ms (on a lossy path the first
 * transaction, which has no RTT sample yet, decides how fast a probe succeeds) and grows by 1.5x
 * instead of 2x: that keeps a lossy path (30% drops) from stretching one transaction over
 * seconds. The estimate is shared across attempts so a fresh socket starts with a measured RTO.
 */
export class RttEstimator {
  private srtt?: number
  private rttvar?: number

  constructor(
    readonly initialRtoMs = 50,
    readonly minRtoMs = 25,
    readonly maxRtoMs = 2000
  ) {}

  /** Whether any round trip has been measured yet. */
  get measured(): boolean {
    return this.srtt !== undefined
  }

  get rtoMs(): number {
    if (this.srtt === undefined || this.rttvar === undefined) return this.initialRtoMs
    return clamp(this.srtt + 4 * this.rttvar, this.minRtoMs, this.maxRtoMs)
  }

  sample(rttMs: number): void {
    if (this.srtt === undefined || this.rttvar === undefined) {
      this.srtt = rttMs
      this.rttvar = rttMs / 2
      return
    }
    this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - rttMs)
    this.srtt = 0.875 * this.srtt + 0.125 * rttMs
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

/** Milliseconds with two decimals: loopback round trips are well under one millisecond. */
export function elapsedMs(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100
}

export const RTO_GROWTH = 1.5
export const MAX_UDP_SENDS = 12
export const UNMEASURED_GAP_CAP_MS = 250
/** TCP/TLS: no retransmission; a transaction or a connect gets this long at most. */
export const STREAM_TIMEOUT_MS = 5000

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

/** Resolves a host name (or passes an IP literal through) to the address to talk to. */
export async function resolveHost(
  host: string
): Promise<{ address: string; family: 'IPv4' | 'IPv6' }> {
  const literal = host.replace(/^\[|\]$/g, '')
  const family = ipFamily(literal)
  if (family) return { address: literal, family }
  try {
    const found = await lookup(host)
    return { address: found.address, family: found.family === 6 ? 'IPv6' : 'IPv4' }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ProbeFailure('dns-error', `cannot resolve ${host} (${code ?? 'lookup failed'})`, code)
  }
}

/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
export function localAddressFor(remote: string): string | undefined {
  if (!isLoopback(remote)) return undefined
  return ipFamily(remote) === 'IPv6' ? '::1' : '127.0.0.1'
}

export async function openChannel(
  target: ChannelTarget,
  options: ChannelOptions
): Promise<StunChannel> {
  if (options.signal?.aborted) throw new ProbeFailure('aborted', 'aborted')
  const resolved = await resolveHost(target.host)
  const channel =
    target.transport === 'udp'
      ? await openUdp(resolved.address, target.port, options)
      : await openStream(resolved.address, target, options)
  options.signal?.addEventListener('abort', () => channel.close(), { once: true })
  return channel
}

interface Pending {
  resolve: (response: StunMessage) => void
  reject: (failure: ProbeFailure) => void
}

/** Shared by UDP and stream channels: matches answers to requests, routes the rest. */
abstract class ChannelBase implements StunChannel {
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

class UdpChannel extends ChannelBase {
  readonly transport = 'udp' as const
  readonly remote: string
  local: TransportAddress = { family: 'IPv4', address: '', port: 0 }

  constructor(
    private readonly socket: dgram.Socket,
    remote: TransportAddress,
    options: ChannelOptions
  ) {
    super(options)
    this.remote = `${formatAddress(remote)}/udp`
    socket.on('message', (bytes) => this.dispatch(bytes))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A connected UDP socket learns of ICMP port unreachable as ECONNREFUSED.
      const refused = error.code === 'ECONNREFUSED'
      this.fail(
        new ProbeFailure(
          refused ? 'refused' : 'unreachable',
          refused
            ? `${this.remote} refused (ICMP port unreachable: nothing listens there)`
            : `${this.remote}: ${error.message}`,
          error.code
        )
      )
    })
  }

  async request(bytes: Buffer, id: Buffer, o: { maxSends?: number } = {}): Promise<Exchange> {
    if (this.failure) throw this.failure
    const maxSends = o.maxSends ?? MAX_UDP_SENDS
    // Until a round trip is measured the RTO is a guess: resend at least every 250 ms, so one
    // unlucky transaction on a lossy path cannot eat seconds of the probe's budget.
    const unmeasuredCap = this.options.rtt.measured ? Infinity : UNMEASURED_GAP_CAP_MS
    const cap = Math.min(
      this.options.rtt.maxRtoMs,
      this.options.rtoCapMs ?? Infinity,
      unmeasuredCap
    )
    const started = Date.now()
    const clock = performance.now()
    let sends = 0
    let rto = Math.min(this.options.rtt.rtoMs, cap)
    let timer: NodeJS.Timeout | undefined
    // Give up after the last send plus one more RTO, or at the deadline, whichever is first.
    let giveUpAt = started
    for (let i = 0, gap = rto; i < maxSends; i++, gap = Math.min(gap * RTO_GROWTH, cap)) {
      giveUpAt += gap
    }
    const { answer } = this.awaitAnswer(
      id.toString('hex'),
      Math.min(giveUpAt, this.options.deadline),
      () =>
        new ProbeFailure(
          'unreachable',
          `no answer from ${this.remote} after ${sends} sends in ${Date.now() - started} ms`
        )
    )
    const sendOnce = (): void => {
      if (this.closed || this.failure) return
      sends++
      this.socket.send(bytes)
      if (sends < maxSends) {
        timer = setTimeout(sendOnce, rto)
        rto = Math.min(rto * RTO_GROWTH, cap)
      }
    }
    sendOnce()
    try {
      const response = await answer
      const rttMs = elapsedMs(clock)
      // Karn's rule: after a resend the answer may belong to any send, so it is no sample.
      if (sends === 1) this.options.rtt.sample(rttMs)
      return { response, rttMs, sends }
    } finally {
      clearTimeout(timer)
    }
  }

  send(bytes: Buffer): void {
    if (!this.closed && !this.failure) this.socket.send(bytes)
  }

  protected destroy(): void {
    this.socket.close()
  }
}

async function openUdp(
  address: string,
  port: number,
  options: ChannelOptions
): Promise<UdpChannel> {
  const family = ipFamily(address) ?? 'IPv4'
  const socket = dgram.createSocket(family === 'IPv6' ? 'udp6' : 'udp4')
  const remote: TransportAddress = { family, address, port }
  const channel = new UdpChannel(socket, remote, options)
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind({ port: 0, address: localAddressFor(address) }, () => {
      // connect() makes the kernel report ICMP port unreachable back to this socket.
      socket.connect(port, address, () => {
        socket.off('error', reject)
        resolve()
      })
    })
  }).catch((error: NodeJS.ErrnoException) => {
    socket.close()
    throw new ProbeFailure('unreachable', `cannot open UDP socket: ${error.message}`, error.code)
  })
  const local = socket.address()
  channel.local = { family, address: local.address, port: local.port }
  return channel
}

class StreamChannel extends ChannelBase {
  readonly transport: ProbeTransport
  readonly remote: string
  readonly local: TransportAddress
  private buffered: Buffer = Buffer.alloc(0)

  constructor(
    private readonly socket: net.Socket,
    transport: ProbeTransport,
    remote: string,
    options: ChannelOptions
  ) {
    super(options)
    this.transport = transport
    this.remote = remote
    this.local = {
      family: socket.localFamily === 'IPv6' ? 'IPv6' : 'IPv4',
      address: socket.localAddress ?? '',
      port: socket.localPort ?? 0
    }
    if (socket instanceof tls.TLSSocket) this.tlsProtocol = socket.getProtocol() ?? undefined
    socket.on('data', (chunk: Buffer) => this.receive(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(new ProbeFailure('closed', `${this.remote}: ${error.message}`, error.code))
    )
    socket.on('close', () =>
      this.fail(new ProbeFailure('closed', `${this.remote} closed the connection`))
    )
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
    for (;;) {
      const length = nextFrameLength(this.buffered)
      if (length === undefined || (typeof length === 'number' && this.buffered.length < length))
        return
      if (typeof length !== 'number') {
        this.fail(new ProbeFailure('protocol-error', `${this.remote}: ${length.error}`))
        this.socket.destroy()
        return
      }
      const frame = this.buffered.subarray(0, length)
      this.buffered = this.buffered.subarray(length)
      this.dispatch(frame)
    }
  }

  async request(bytes: Buffer, id: Buffer): Promise<Exchange> {
    if (this.failure) throw this.failure
    const started = Date.now()
    const clock = performance.now()
    const { answer } = this.awaitAnswer(
      id.toString('hex'),
      Math.min(started + STREAM_TIMEOUT_MS, this.options.deadline),
      () =>
        new ProbeFailure(
          'unreachable',
          `no answer from ${this.remote} in ${Date.now() - started} ms`
        )
    )
    this.socket.write(bytes)
    const response = await answer
    return { response, rttMs: elapsedMs(clock), sends: 1 }
  }

  send(bytes: Buffer): void {
    if (!this.closed && !this.failure) this.socket.write(bytes)
  }

  protected destroy(): void {
    this.socket.destroy()
  }
}

/** Node's TLS and certificate error codes (as opposed to plain socket errors). */
function isTlsCode(code: string | undefined): boolean {
  if (!code) return false
  return (
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    /CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|DEPTH_ZERO/.test(code)
  )
}

async function openStream(
  address: string,
  target: ChannelTarget,
  options: ChannelOptions
): Promise<StreamChannel> {
  const isTls = target.transport === 'tls'
  const remote = `${formatAddress({ address, port: target.port })}/${target.transport}`
  const started = Date.now()
  const until = Math.min(started + STREAM_TIMEOUT_MS, options.deadline)
  const tcp = net.connect({
    host: address,
    port: target.port,
    localAddress: localAddressFor(address)
  })
  const socket: net.Socket = isTls
    ? tls.connect({
        socket: tcp,
        // SNI must be a name, never an IP literal; certificate checks still use the host.
        servername: target.tls?.servername ?? (ipFamily(target.host) ? undefined : target.host),
        ca: target.tls?.ca,
        rejectUnauthorized: !target.tls?.insecure,
        checkServerIdentity: (_name, cert) =>
          tls.checkServerIdentity(target.tls?.servername ?? target.host, cert)
      })
    : tcp
  let tcpConnected = false
  tcp.once('connect', () => (tcpConnected = true))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        const waited = Date.now() - started
        // Connected but no handshake: something that is not a TLS listener holds the port.
        if (isTls && tcpConnected) {
          const text = `${remote}: TLS handshake did not finish in ${waited} ms (is this a TLS port?)`
          reject(new ProbeFailure('tls-error', `${text} (HANDSHAKE_TIMEOUT)`, 'HANDSHAKE_TIMEOUT'))
        } else {
          reject(
            new ProbeFailure('unreachable', `connect to ${remote} timed out after ${waited} ms`)
          )
        }
      },
      Math.max(0, until - Date.now())
    )
    socket.once(isTls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer)
      resolve()
    })
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      const code = error.code
      if (code === 'ECONNREFUSED') {
        reject(new ProbeFailure('refused', `${remote} refused the connection (ECONNREFUSED)`, code))
      } else if (isTls) {
        const why = isTlsCode(code) ? error.message : `handshake failed: ${error.message}`
        reject(new ProbeFailure('tls-error', `${remote}: ${why} (${code ?? 'no code'})`, code))
      } else {
        reject(new ProbeFailure('unreachable', `${remote}: ${error.message}`, code))
      }
    })
  }).catch((failure: unknown) => {
    socket.destroy()
    tcp.destroy()
    throw failure
  })
  socket.removeAllListeners('error')
  socket.setNoDelay(true)
  return new StreamChannel(socket, target.transport, remote, options)
}
