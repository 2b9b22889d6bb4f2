/**
 * Carries STUN requests to a server over UDP (with retransmission), TCP or TLS (with stream
 * framing), and hands unsolicited messages (Data indications, ChannelData) to a listener.
 * Every request has a deadline; every failure is a ProbeFailure naming an Outcome.
 */
import { ProbeFailure } from '../failure.js'
import { resolveHost } from './address.js'
import type { ChannelOptions, ChannelTarget, StunChannel } from './channel.js'
import { openStream } from './stream.js'
import { openUdp } from './udp.js'

export { localAddressFor, resolveHost } from './address.js'
export type {
  ChannelOptions,
  ChannelTarget,
  Exchange,
  StunChannel,
  TlsSettings
} from './channel.js'
export { elapsedMs, RttEstimator } from './rtt.js'

/** A fresh channel to the target: a new socket, so a new 5-tuple, every time. */
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
