/**
 * The last stage of the fishjam check: a TURN Allocate over UDP, from a fresh socket, to the
 * per-peer listener offerData named, with its credentials (401 -> REALM/NONCE -> authenticated
 * Allocate). Success means a browser peer's media can reach the server: the relayed address must
 * be the offered serverAddr (FJ_WEBRTC_TURN_IP). The allocation is freed (Refresh 0) before the
 * socket closes. Reuses the probe's UDP channel and TURN client.
 */
import { channelOptions, type AttemptContext, type CheckRecord } from '../attempt.js'
import { formatAddress } from '../ip.js'
import { openChannel } from '../transport/index.js'
import { TurnClient } from '../turn.js'
import type { TurnServerOffer } from './media-events.js'
import { atStage, StageFailure } from './stages.js'

export const HANDOVER_TEXT = 'HTTP up, UDP not reaching the per-peer TURN port'

/** The TURN stage's record; throws a StageFailure of the TURN stage. */
export async function allocateOnPeerPort(
  context: AttemptContext,
  offer: TurnServerOffer
): Promise<CheckRecord> {
  const where = `${offer.serverAddr}:${offer.serverPort}/udp`
  const startedAt = Date.now()
  let channel
  try {
    channel = await openChannel(
      { host: offer.serverAddr, port: offer.serverPort, transport: 'udp' },
      // A fresh source port for each attempt's peer, like every other socket of the probe.
      channelOptions(context, 'udp')
    )
  } catch (error) {
    throw atStage('TURN over UDP', error)
  }
  const client = new TurnClient(channel, {
    credentials: { username: offer.username, password: offer.password }
  })
  try {
    const allocation = await client.allocate().catch((error: unknown) => {
      throw turnFailure(error, where)
    })
    await client.refresh(0, 2).catch(() => undefined) // best effort: it expires on its own
    const relayed = formatAddress(allocation.relayed)
    if (allocation.relayed.address !== offer.serverAddr) {
      throw new StageFailure(
        'TURN over UDP',
        'wrong-relayed-address',
        `the Allocate on ${where} relays at ${relayed}, not at the offered serverAddr ${offer.serverAddr}`
      )
    }
    return {
      check: 'fishjam',
      transport: 'udp',
      stage: 'TURN over UDP',
      outcome: 'ok',
      startedAt,
      durationMs: Date.now() - startedAt,
      rttMs: allocation.rttMs,
      detail: `Allocate on the per-peer port ${where}: relayed address ${relayed}`,
      mapped: allocation.mapped,
      relayed: allocation.relayed
    }
  } finally {
    channel.close()
  }
}

/** A failed Allocate; silence while HTTP answered is the platform's UDP forwarding. */
function turnFailure(error: unknown, where: string): StageFailure {
  const failure = atStage('TURN over UDP', error)
  if (failure.outcome !== 'unreachable') {
    return new StageFailure(
      'TURN over UDP',
      failure.outcome,
      `Allocate on ${where}: ${failure.message}`,
      failure.code
    )
  }
  return new StageFailure(
    'TURN over UDP',
    'unreachable',
    `${HANDOVER_TEXT} ${where} (${failure.message})`,
    failure.code
  )
}
