/**
 * STUN over UDP (RFC 8489 §6.2.1): a connected socket per channel, and every request resent with
 * identical bytes on a growing timer until an answer comes, the sends run out or the deadline
 * passes.
 */
import dgram from 'node:dgram'
import { ProbeFailure } from '../failure.js'
import { formatAddress, ipFamily, type TransportAddress } from '../ip.js'
import { localAddressFor } from './address.js'
import { ChannelBase, type ChannelOptions, type Exchange } from './channel.js'
import { elapsedMs } from './rtt.js'

export const RTO_GROWTH = 1.5
export const MAX_UDP_SENDS = 12
export const UNMEASURED_GAP_CAP_MS = 250

/** From the first send until the last send's RTO runs out: gaps grow by RTO_GROWTH up to `capMs`. */
function retransmissionSpanMs(firstGapMs: number, capMs: number, sends: number): number {
  let span = 0
  for (let i = 0, gap = firstGapMs; i < sends; i++, gap = Math.min(gap * RTO_GROWTH, capMs)) {
    span += gap
  }
  return span
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
    const { rtt, rtoCapMs, deadline } = this.options
    // Until a round trip is measured the RTO is a guess: resend at least every 250 ms, so one
    // unlucky transaction on a lossy path cannot eat seconds of the probe's budget.
    const unmeasuredCap = rtt.measured ? Infinity : UNMEASURED_GAP_CAP_MS
    const cap = Math.min(rtt.maxRtoMs, rtoCapMs ?? Infinity, unmeasuredCap)
    const started = Date.now()
    const clock = performance.now()
    let sends = 0
    let rto = Math.min(rtt.rtoMs, cap)
    let timer: NodeJS.Timeout | undefined
    // Give up after the last send plus one more RTO, or at the deadline, whichever is first.
    const giveUpAt = started + retransmissionSpanMs(rto, cap, maxSends)
    const { answer } = this.awaitAnswer(
      id.toString('hex'),
      Math.min(giveUpAt, deadline),
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
      if (sends === 1) rtt.sample(rttMs)
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

export async function openUdp(
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
