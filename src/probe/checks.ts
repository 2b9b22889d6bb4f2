/**
 * The STUN/TURN checks of one attempt over one transport: stun (Binding), turn (Allocate) and
 * relay (echo through the allocation), on a fresh channel each time: a new 5-tuple per attempt,
 * so coturn never sees a re-Allocate. They return records; none throws for a probe failure.
 */
import {
  channelOptions,
  effectiveChecks,
  failureRecord,
  isStunCheck,
  type AttemptContext,
  type CheckHooks,
  type CheckRecord
} from './attempt.js'
import { resolveCredentials } from './credentials.js'
import { formatAddress } from './ip.js'
import { relayEcho } from './relay.js'
import { openChannel, type StunChannel } from './transport/index.js'
import { TurnClient, type Allocation } from './turn.js'
import { portFor, type ProbeCheck, type ProbeTransport } from './types.js'

/** stun, then turn (Allocate), then relay (echo through the allocation) over one transport. */
export async function runTransportChecks(
  context: AttemptContext,
  transport: ProbeTransport,
  hooks: CheckHooks = {}
): Promise<CheckRecord[]> {
  const { options } = context
  const order = effectiveChecks(options.checks).filter(isStunCheck)
  const startedAt = Date.now()
  let channel: StunChannel
  try {
    channel = await openChannel(
      { host: options.host, port: portFor(options, transport), transport, tls: options.tls },
      channelOptions(context, transport)
    )
  } catch (error) {
    // The first check is the one that could not start; the others were not reached.
    return [failureRecord(order[0], transport, startedAt, error)]
  }
  try {
    const records = await checksOnChannel(context, channel, order, hooks)
    return records.map((record) => ({ ...record, sourcePort: channel.local.port }))
  } finally {
    channel.close()
  }
}

async function checksOnChannel(
  context: AttemptContext,
  channel: StunChannel,
  order: ProbeCheck[],
  hooks: CheckHooks
): Promise<CheckRecord[]> {
  const { options } = context
  const { transport, tlsProtocol } = channel
  const client = new TurnClient(channel, {
    credentials: options.credentials && resolveCredentials(options.credentials),
    expectedRealm: options.realm
  })
  const records: CheckRecord[] = []
  let current = order[0]
  let startedAt = Date.now()
  try {
    if (order.includes('stun')) {
      const binding = await bindingCheck(client, transport, startedAt)
      learnUdpMappedIp(context, binding)
      records.push({ ...binding, tlsProtocol })
    }
    if (!order.includes('turn')) return records
    current = 'turn'
    startedAt = Date.now()
    const { record, allocation } = await allocateAndCheck(context, client, transport, startedAt)
    learnUdpMappedIp(context, record)
    records.push({ ...record, tlsProtocol })
    if (record.outcome !== 'ok') return records
    if (order.includes('relay')) {
      current = 'relay'
      startedAt = Date.now()
      records.push(await relayEcho(context, client, transport, allocation, hooks))
    }
    await freeAllocation(client)
  } catch (error) {
    records.push({ ...failureRecord(current, transport, startedAt, error), tlsProtocol })
    // A failure after a successful Allocate (relay) still frees the allocation.
    if (records.some((r) => r.relayed)) await freeAllocation(client)
  }
  return records
}

/** Over UDP, the mapped address is where the runner's datagrams come from (relay.ts uses it). */
function learnUdpMappedIp(context: AttemptContext, record: CheckRecord): void {
  if (record.transport === 'udp' && record.mapped) context.udpMappedIp = record.mapped.address
}

/** The stun check: a Binding, whose answer says how the server sees the runner. */
async function bindingCheck(
  client: TurnClient,
  transport: ProbeTransport,
  startedAt: number
): Promise<CheckRecord> {
  const binding = await client.binding()
  return {
    check: 'stun',
    transport,
    outcome: 'ok',
    startedAt,
    durationMs: Date.now() - startedAt,
    rttMs: binding.rttMs,
    detail: `mapped address ${formatAddress(binding.mapped)}`,
    mapped: binding.mapped
  }
}

/** Refresh(0); best effort with few resends: a lost one only lets the allocation expire. */
async function freeAllocation(client: TurnClient): Promise<void> {
  try {
    await client.refresh(0, 2)
  } catch {
    // The allocation times out on its own; the verdict does not depend on this.
  }
}

/** The turn check: an Allocate, refused when it is open to anyone or relays at the wrong address. */
async function allocateAndCheck(
  context: AttemptContext,
  client: TurnClient,
  transport: ProbeTransport,
  startedAt: number
): Promise<{ record: CheckRecord; allocation: Allocation }> {
  const { options } = context
  const allocation = await client.allocate()
  const done = (outcome: CheckRecord['outcome'], detail: string, warnings?: string[]) => ({
    allocation,
    record: {
      check: 'turn' as const,
      transport,
      outcome,
      startedAt,
      durationMs: Date.now() - startedAt,
      rttMs: allocation.rttMs,
      detail,
      relayed: allocation.relayed,
      mapped: allocation.mapped,
      warnings
    }
  })
  const warnings: string[] = []
  if (!allocation.authenticated) {
    const text =
      `open relay: ${options.host} granted a TURN allocation without credentials over ${transport}; ` +
      'anyone can relay traffic through it (enable --lt-cred-mech or --use-auth-secret)'
    if (options.failOnOpenRelay) return done('open-relay', text)
    warnings.push(text)
  }
  const expected = options.expectedRelayIp
  if (expected !== undefined && allocation.relayed.address !== expected) {
    return done(
      'wrong-relayed-address',
      `the server relays at ${allocation.relayed.address}, expected the public IPv4 ${expected}`
    )
  }
  const stale = client.staleNonceRetries > 0 ? ', after one 438 Stale Nonce retry' : ''
  const lifetime = `lifetime ${allocation.lifetimeSeconds ?? '?'} s${stale}`
  return done('ok', `relayed address ${formatAddress(allocation.relayed)}, ${lifetime}`, warnings)
}
