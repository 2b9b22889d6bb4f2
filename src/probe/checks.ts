/**
 * The checks of one attempt. `runTransportChecks` runs stun, turn and relay over one transport on
 * a fresh channel (a new 5-tuple per attempt, so coturn never sees a re-Allocate); `runHttpCheck`
 * runs the health check. Each returns records; none throws for a probe failure.
 */
import dgram from 'node:dgram'
import http from 'node:http'
import https from 'node:https'
import { resolveCredentials } from './credentials.js'
import { formatAddress, ipFamily, type TransportAddress } from './ip.js'
import { ProbeFailure } from './failure.js'
import {
  elapsedMs,
  localAddressFor,
  openChannel,
  RttEstimator,
  type StunChannel
} from './transport/index.js'
import { TurnClient } from './turn.js'
import type { Outcome, ProbeCheck, ProbeOptions, ProbeTransport, TimelineEntry } from './types.js'

export interface CheckRecord {
  check: ProbeCheck
  transport: TimelineEntry['transport']
  outcome: Outcome
  /** Epoch ms when the check began. */
  startedAt: number
  durationMs: number
  rttMs?: number
  detail?: string
  /** Node's error code behind a failure, when there was one. */
  code?: string
  mappedAddress?: string
  relayedAddress?: string
  tlsProtocol?: string
  warnings?: string[]
}

export interface AttemptContext {
  options: ProbeOptions
  /** Epoch ms: nothing is sent or awaited after it. */
  deadline: number
  /** One estimator per transport, kept across attempts. */
  rtt: Record<ProbeTransport, RttEstimator>
}

/** Knobs for tests that must provoke a failure the real flow avoids. */
export interface CheckHooks {
  /** Skip CreatePermission, to prove the relay drops peer traffic without one. */
  skipPermission?: boolean
}

/** Relay echo: stop after this many echoes, or after this many datagrams. */
export const RELAY_ECHOES_WANTED = 3
export const RELAY_MAX_DATAGRAMS = 12

const DEFAULT_TLS_PORT = 5349

export function portFor(options: ProbeOptions, transport: ProbeTransport): number {
  return transport === 'tls' ? (options.tlsPort ?? DEFAULT_TLS_PORT) : options.port
}

function failureRecord(
  check: ProbeCheck,
  transport: CheckRecord['transport'],
  startedAt: number,
  error: unknown
): CheckRecord {
  const failure =
    error instanceof ProbeFailure
      ? error
      : new ProbeFailure('protocol-error', error instanceof Error ? error.message : String(error))
  return {
    check,
    transport,
    outcome: failure.outcome,
    startedAt,
    durationMs: Date.now() - startedAt,
    detail: failure.message,
    code: failure.code
  }
}

/** The checks to run: relay needs an allocation, so it implies turn. */
export function effectiveChecks(checks: readonly ProbeCheck[]): ProbeCheck[] {
  const wanted = new Set(checks)
  if (wanted.has('relay')) wanted.add('turn')
  return (['stun', 'turn', 'relay', 'http'] as const).filter((c) => wanted.has(c))
}

function wants(options: ProbeOptions, check: ProbeCheck): boolean {
  return effectiveChecks(options.checks).includes(check)
}

/** stun, then turn (Allocate), then relay (echo through the allocation) over one transport. */
export async function runTransportChecks(
  context: AttemptContext,
  transport: ProbeTransport,
  hooks: CheckHooks = {}
): Promise<CheckRecord[]> {
  const { options } = context
  const order = effectiveChecks(options.checks).filter((c) => c !== 'http')
  const records: CheckRecord[] = []
  let startedAt = Date.now()
  let channel: StunChannel
  try {
    channel = await openChannel(
      { host: options.host, port: portFor(options, transport), transport, tls: options.tls },
      {
        deadline: context.deadline,
        rtt: context.rtt[transport],
        rtoCapMs: options.intervalMs,
        signal: options.signal
      }
    )
  } catch (error) {
    // The first check is the one that could not start; the others were not reached.
    return [failureRecord(order[0], transport, startedAt, error)]
  }
  const tlsProtocol = channel.tlsProtocol
  const client = new TurnClient(channel, {
    credentials: options.credentials && resolveCredentials(options.credentials),
    expectedRealm: options.realm
  })
  let current: ProbeCheck = order[0]
  try {
    if (wants(options, 'stun')) {
      const binding = await client.binding()
      records.push({
        check: 'stun',
        transport,
        outcome: 'ok',
        startedAt,
        durationMs: Date.now() - startedAt,
        rttMs: binding.rttMs,
        detail: `mapped address ${formatAddress(binding.mapped)}`,
        mappedAddress: formatAddress(binding.mapped),
        tlsProtocol
      })
    }
    if (wants(options, 'turn')) {
      current = 'turn'
      startedAt = Date.now()
      const turnRecord = await allocateAndCheck(context, client, transport, startedAt)
      records.push({ ...turnRecord, tlsProtocol })
      if (turnRecord.outcome !== 'ok') return records
      if (wants(options, 'relay')) {
        current = 'relay'
        startedAt = Date.now()
        records.push(await relayEcho(context, client, transport, turnRecord, hooks))
      }
      await freeAllocation(client)
    }
  } catch (error) {
    records.push({ ...failureRecord(current, transport, startedAt, error), tlsProtocol })
    // A failure after a successful Allocate (relay) still frees the allocation.
    if (records.some((r) => r.relayedAddress)) await freeAllocation(client)
  } finally {
    channel.close()
  }
  return records
}

/** Refresh(0); best effort with few resends: a lost one only lets the allocation expire. */
async function freeAllocation(client: TurnClient): Promise<void> {
  try {
    await client.refresh(0, 2)
  } catch {
    // The allocation times out on its own; the verdict does not depend on this.
  }
}

/** The turn check. Its record carries the relayed and mapped addresses the relay check needs. */
async function allocateAndCheck(
  context: AttemptContext,
  client: TurnClient,
  transport: ProbeTransport,
  startedAt: number
): Promise<CheckRecord> {
  const { options } = context
  const allocation = await client.allocate()
  const relayed = formatAddress(allocation.relayed)
  const base = {
    check: 'turn' as const,
    transport,
    startedAt,
    rttMs: allocation.rttMs,
    relayedAddress: relayed,
    mappedAddress: allocation.mapped && formatAddress(allocation.mapped)
  }
  const warnings: string[] = []
  if (!allocation.authenticated) {
    const text =
      `open relay: ${options.host} granted a TURN allocation without credentials over ${transport}; ` +
      'anyone can relay traffic through it (enable --lt-cred-mech or --use-auth-secret)'
    if (options.failOnOpenRelay) {
      return { ...base, outcome: 'open-relay', durationMs: Date.now() - startedAt, detail: text }
    }
    warnings.push(text)
  }
  const expected = options.expectedRelayIp
  if (expected !== undefined && allocation.relayed.address !== expected) {
    return {
      ...base,
      outcome: 'wrong-relayed-address',
      durationMs: Date.now() - startedAt,
      detail: `the server relays at ${allocation.relayed.address}, expected the public IPv4 ${expected}`
    }
  }
  const stale = client.staleNonceRetries > 0 ? ', after one 438 Stale Nonce retry' : ''
  return {
    ...base,
    outcome: 'ok',
    durationMs: Date.now() - startedAt,
    detail: `relayed address ${relayed}, lifetime ${allocation.lifetimeSeconds ?? '?'} s${stale}`,
    warnings
  }
}

function parseHostPort(text: string): TransportAddress {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(text)
  const address = match?.[1] ?? ''
  return { family: ipFamily(address) ?? 'IPv4', address, port: Number(match?.[2]) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const PING_MAGIC = Buffer.from('FWPP')

/**
 * The relay check, pion style: permit the runner's mapped IP, then datagrams from a second local
 * socket to the relayed address must come back through the allocation (the client echoes each
 * Data indication with a Send indication). Proves the relay port range is reachable.
 */
async function relayEcho(
  context: AttemptContext,
  client: TurnClient,
  transport: ProbeTransport,
  turnRecord: CheckRecord,
  hooks: CheckHooks
): Promise<CheckRecord> {
  const startedAt = Date.now()
  const relayed = parseHostPort(turnRecord.relayedAddress ?? '')
  const mapped = turnRecord.mappedAddress ? parseHostPort(turnRecord.mappedAddress) : undefined
  const peerIp = mapped?.address ?? client.channel.local.address
  if (!hooks.skipPermission) await client.createPermission(peerIp)
  client.onData((peer, data) => client.sendIndication(peer, data))

  const peer = dgram.createSocket(relayed.family === 'IPv6' ? 'udp6' : 'udp4')
  const sentAt = new Map<number, number>()
  const rtts: number[] = []
  let wake: (() => void) | undefined
  peer.on('message', (bytes) => {
    if (bytes.length !== 8 || !bytes.subarray(0, 4).equals(PING_MAGIC)) return
    const sequence = bytes.readUInt32BE(4)
    const sent = sentAt.get(sequence)
    if (sent === undefined) return
    sentAt.delete(sequence)
    rtts.push(elapsedMs(sent))
    wake?.()
  })
  peer.on('error', () => undefined)
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms))
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  let sent = 0
  try {
    await new Promise<void>((resolve) =>
      peer.bind({ port: 0, address: localAddressFor(relayed.address) }, resolve)
    )
    const estimator = context.rtt[transport]
    const gapMs = Math.min(250, Math.max(10, estimator.rtoMs))
    while (rtts.length < RELAY_ECHOES_WANTED && sent < RELAY_MAX_DATAGRAMS) {
      if (Date.now() >= context.deadline || context.options.signal?.aborted) break
      const ping = Buffer.alloc(8)
      PING_MAGIC.copy(ping)
      ping.writeUInt32BE(sent, 4)
      sentAt.set(sent, performance.now())
      sent++
      peer.send(ping, relayed.port, relayed.address)
      await sleep(gapMs)
    }
    // Stragglers still on their way count too.
    const settleUntil = Math.min(context.deadline, Date.now() + Math.max(3 * gapMs, 100))
    while (rtts.length < RELAY_ECHOES_WANTED && sentAt.size > 0 && Date.now() < settleUntil) {
      await sleep(settleUntil - Date.now())
    }
  } finally {
    peer.close()
  }
  const permission = hooks.skipPermission ? 'without a permission' : `permission for ${peerIp}`
  const base = { check: 'relay' as const, transport, startedAt, durationMs: Date.now() - startedAt }
  if (rtts.length === 0) {
    return {
      ...base,
      outcome: 'lost',
      detail: `0 of ${sent} datagrams sent to the relayed address ${turnRecord.relayedAddress} came back (${permission})`
    }
  }
  const loss = Math.round((100 * sentAt.size) / sent)
  return {
    ...base,
    outcome: 'ok',
    rttMs: median(rtts),
    detail: `${rtts.length} of ${sent} datagrams echoed through ${turnRecord.relayedAddress} (${loss}% lost or late)`
  }
}

const HTTP_TIMEOUT_MS = 10_000
const MAX_BODY_BYTES = 64 * 1024

/** GET the health URL: 2xx, and when the body is Fishjam's JSON, data.status must be "UP". */
export async function runHttpCheck(context: AttemptContext): Promise<CheckRecord> {
  const { options } = context
  const url = new URL(options.healthUrl ?? '')
  const transport: CheckRecord['transport'] = url.protocol === 'https:' ? 'https' : 'http'
  const startedAt = Date.now()
  const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt))
  try {
    const { status, body, rttMs } = await httpGet(url, options, timeoutMs)
    const record = { check: 'http' as const, transport, startedAt, rttMs }
    const done = (outcome: Outcome, detail: string): CheckRecord => ({
      ...record,
      outcome,
      detail,
      durationMs: Date.now() - startedAt
    })
    if (status === 401 || status === 403) {
      return done(
        'auth-failed',
        `${url.origin}${url.pathname} answered ${status}: check health-token`
      )
    }
    if (status < 200 || status > 299) {
      return done('http-error', `${url.origin}${url.pathname} answered ${status}`)
    }
    const reported = healthStatus(body)
    if (reported !== undefined && reported !== 'UP') {
      return done('http-error', `${url.origin}${url.pathname} reports status ${reported}`)
    }
    return done('ok', `${url.origin}${url.pathname} answered ${status}${reported ? ' UP' : ''}`)
  } catch (error) {
    return failureRecord('http', transport, startedAt, error)
  }
}

/** Fishjam's /health body is {"data":{"status":"UP",...}}; undefined for any other body. */
export function healthStatus(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { data?: { status?: unknown } }
    const status = parsed?.data?.status
    return typeof status === 'string' ? status : undefined
  } catch {
    return undefined
  }
}

function httpGet(
  url: URL,
  options: ProbeOptions,
  timeoutMs: number
): Promise<{ status: number; body: string; rttMs: number }> {
  const started = performance.now()
  const headers: Record<string, string> = { 'user-agent': 'fly-webrtc-probe' }
  if (options.healthToken) headers.authorization = `Bearer ${options.healthToken}`
  const where = `${url.origin}${url.pathname}`
  return new Promise((resolve, reject) => {
    const onResponse = (response: http.IncomingMessage): void => {
      const rttMs = elapsedMs(started)
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_BODY_BYTES) chunks.push(chunk)
      })
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          rttMs
        })
      )
      response.on('error', reject)
    }
    const request =
      url.protocol === 'https:'
        ? https.get(
            url,
            {
              headers,
              timeout: timeoutMs,
              ca: options.tls?.ca,
              servername: options.tls?.servername,
              rejectUnauthorized: !options.tls?.insecure,
              signal: options.signal
            },
            onResponse
          )
        : http.get(url, { headers, timeout: timeoutMs, signal: options.signal }, onResponse)
    request.on('timeout', () => {
      request.destroy(new ProbeFailure('unreachable', `${where} did not answer in ${timeoutMs} ms`))
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof ProbeFailure) return reject(error)
      const code = error.code
      if (code === 'ECONNREFUSED') {
        return reject(new ProbeFailure('refused', `${where} refused the connection`, code))
      }
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return reject(
          new ProbeFailure('dns-error', `cannot resolve ${url.hostname} (${code})`, code)
        )
      }
      if (code === 'ABORT_ERR') return reject(new ProbeFailure('aborted', 'aborted', code))
      if (code && /CERT|SELF_SIGNED|ERR_TLS|ERR_SSL|UNABLE_TO/.test(code)) {
        return reject(new ProbeFailure('tls-error', `${where}: ${error.message} (${code})`, code))
      }
      reject(new ProbeFailure('unreachable', `${where}: ${error.message}`, code))
    })
  })
}
