/**
 * STUN over TCP and TLS (RFC 8489 §6.2.2-6.2.3): one connection per channel, messages and
 * ChannelData framed by their own lengths, no retransmission (the stream is reliable), and a
 * bounded wait for the connect, the TLS handshake and every answer.
 */
import net from 'node:net'
import tls from 'node:tls'
import { ProbeFailure } from '../failure.js'
import { formatAddress, ipFamily, type TransportAddress } from '../ip.js'
import { nextFrameLength } from '../stun/index.js'
import { HANDSHAKE_TIMEOUT, tlsFailureKind } from '../tls-failure.js'
import type { ProbeTransport } from '../types.js'
import { localAddressFor } from './address.js'
import { ChannelBase, type ChannelOptions, type ChannelTarget, type Exchange } from './channel.js'
import { elapsedMs } from './rtt.js'

/** TCP/TLS: no retransmission; a transaction or a connect gets this long at most. */
export const STREAM_TIMEOUT_MS = 5000

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

/** The TCP connection, and on it the TLS session when the transport is TLS. */
function connect(address: string, target: ChannelTarget): { tcp: net.Socket; socket: net.Socket } {
  const tcp = net.connect({
    host: address,
    port: target.port,
    localAddress: localAddressFor(address)
  })
  if (target.transport !== 'tls') return { tcp, socket: tcp }
  const socket = tls.connect({
    socket: tcp,
    // SNI must be a name, never an IP literal; certificate checks still use the host.
    servername: target.tls?.servername ?? (ipFamily(target.host) ? undefined : target.host),
    ca: target.tls?.ca,
    rejectUnauthorized: !target.tls?.insecure,
    checkServerIdentity: (_name, cert) =>
      tls.checkServerIdentity(target.tls?.servername ?? target.host, cert)
  })
  return { tcp, socket }
}

/** The failure of a connect or handshake, named for the timeline. */
function connectFailure(
  remote: string,
  isTls: boolean,
  error: NodeJS.ErrnoException
): ProbeFailure {
  const code = error.code
  if (code === 'ECONNREFUSED') {
    return new ProbeFailure('refused', `${remote} refused the connection (ECONNREFUSED)`, code)
  }
  if (!isTls) return new ProbeFailure('unreachable', `${remote}: ${error.message}`, code)
  // TLS's own codes explain themselves; a socket error here is the handshake failing.
  const why = tlsFailureKind(code) ? error.message : `handshake failed: ${error.message}`
  return new ProbeFailure('tls-error', `${remote}: ${why} (${code ?? 'no code'})`, code)
}

/** Resolves when the connection (and TLS handshake) is up; rejects at `until` or on an error. */
function established(
  tcp: net.Socket,
  socket: net.Socket,
  remote: string,
  isTls: boolean,
  until: number
): Promise<void> {
  const started = Date.now()
  let tcpConnected = false
  tcp.once('connect', () => (tcpConnected = true))
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        const waited = Date.now() - started
        // Connected but no handshake: something that is not a TLS listener holds the port.
        if (isTls && tcpConnected) {
          const text = `${remote}: TLS handshake did not finish in ${waited} ms (is this a TLS port?)`
          reject(new ProbeFailure('tls-error', `${text} (${HANDSHAKE_TIMEOUT})`, HANDSHAKE_TIMEOUT))
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
      reject(connectFailure(remote, isTls, error))
    })
  })
}

export async function openStream(
  address: string,
  target: ChannelTarget,
  options: ChannelOptions
): Promise<StreamChannel> {
  const isTls = target.transport === 'tls'
  const remote = `${formatAddress({ address, port: target.port })}/${target.transport}`
  const until = Math.min(Date.now() + STREAM_TIMEOUT_MS, options.deadline)
  const { tcp, socket } = connect(address, target)
  try {
    await established(tcp, socket, remote, isTls, until)
  } catch (failure) {
    socket.destroy()
    tcp.destroy()
    throw failure
  }
  socket.removeAllListeners('error')
  socket.setNoDelay(true)
  return new StreamChannel(socket, target.transport, remote, options)
}
