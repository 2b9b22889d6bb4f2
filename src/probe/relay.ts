/**
 * The relay check, pion style: permit the runner's IP, then datagrams from a second local socket
 * (the peer) to the relayed address must come back through the allocation: the client echoes
 * each Data indication with a Send indication. Proves the relay port range is reachable. The
 * runner's IP is the one the server sees the peer's UDP come from (the peer asks it first): over
 * TCP or TLS through a proxy such as Fly's edge, the channel's own mapped address is the proxy's.
 * Pings come in two sizes: small ones, and media-sized ones (MEDIA_PAYLOAD_BYTES, what a WebRTC
 * media packet carries), because a path that drops large datagrams (Fly leaves about 1300 bytes
 * of UDP payload; tunnels leave less) lets a call connect and then carry no media.
 */
import type { AttemptContext, CheckHooks, CheckRecord } from './attempt.js'
import { formatAddress, ipFamily } from './ip.js'
import {
  MEDIA_PAYLOAD_BYTES,
  median,
  Peer,
  RELAY_ECHOES_WANTED,
  RELAY_MAX_ROUNDS
} from './relay-peer.js'
import type { Allocation, TurnClient } from './turn.js'
import type { ProbeTransport } from './types.js'

export { MEDIA_PAYLOAD_BYTES, RELAY_ECHOES_WANTED, RELAY_MAX_ROUNDS } from './relay-peer.js'

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

/**
 * The IPs to permit, of the relay's family (a permission of another fails): the channel's mapped
 * IP, and where the server sees the runner's UDP come from. Over UDP they are one; over TCP or TLS
 * the latter comes from a UDP check of this probe, else the peer asks the server itself.
 */
async function peerIps(
  peer: Peer,
  context: AttemptContext,
  client: TurnClient,
  allocation: Allocation,
  gapMs: number
): Promise<string[]> {
  const mapped = allocation.mapped?.address ?? client.channel.local.address
  let seen: string | undefined
  if (client.channel.transport !== 'udp') {
    const server = { address: client.channel.remoteIp, port: context.options.port }
    const sameFamily = ipFamily(server.address) === allocation.relayed.family
    seen = context.udpMappedIp ?? (sameFamily ? await peer.reflexiveIp(server, gapMs) : undefined)
  }
  return [...new Set([seen, mapped])].filter(
    (ip): ip is string => !!ip && ipFamily(ip) === allocation.relayed.family
  )
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
  // A gap near one RTO: short enough to finish fast, long enough not to flood a slow path.
  const gapMs = Math.min(250, Math.max(10, context.rtt[transport].rtoMs))
  const peer = await Peer.open(allocation.relayed)
  let permitted: string[] = []
  try {
    if (!hooks.skipPermission) {
      permitted = await peerIps(peer, context, client, allocation, gapMs)
      for (const ip of permitted) await client.createPermission(ip)
    }
    client.onData((from, data) => client.sendIndication(from, data))
    await pingThroughRelay(peer, context, gapMs)
  } finally {
    peer.close()
  }
  const base = { check: 'relay' as const, transport, startedAt, durationMs: Date.now() - startedAt }
  const permission = hooks.skipPermission
    ? 'without a permission'
    : `permission for ${permitted.join(' and ')}`
  return echoRecord(peer, base, relayed, permission)
}
