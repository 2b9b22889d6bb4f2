/**
 * What one attempt is made of: the checks it runs, the context they share, and the record each
 * check leaves. The transport, relay and HTTP checks all produce CheckRecords; the readiness loop
 * turns them into the timeline and the report.
 */
import { ProbeFailure } from './failure.js'
import type { TransportAddress } from './ip.js'
import { type ChannelOptions, RttEstimator } from './transport/index.js'
import {
  PROBE_CHECKS,
  type Outcome,
  type ProbeCheck,
  type ProbeOptions,
  type ProbeTransport,
  type TimelineCheck,
  type TimelineEntry
} from './types.js'

export interface CheckRecord {
  check: TimelineCheck
  transport: TimelineEntry['transport']
  outcome: Outcome
  /** For a check made of stages (fishjam): the stage it failed at, or the last one it passed. */
  stage?: string
  /** Epoch ms when the check began. */
  startedAt: number
  durationMs: number
  rttMs?: number
  detail?: string
  /** Node's error code behind a failure, when there was one. */
  code?: string
  /** What the one-line verdict says after the outcome (ProbeFailure.note). */
  note?: string
  /** The runner's address as the server saw it (stun, turn). */
  mapped?: TransportAddress
  /** The allocation's relayed address (turn). */
  relayed?: TransportAddress
  /** The local port of the channel the check ran on. */
  sourcePort?: number
  tlsProtocol?: string
  warnings?: string[]
}

export interface AttemptContext {
  options: ProbeOptions
  /** Epoch ms: nothing is sent or awaited after it. */
  deadline: number
  /** One estimator per transport, kept across attempts. */
  rtt: Record<ProbeTransport, RttEstimator>
  /** Local UDP ports already used by this probe: no attempt reuses one. */
  usedPorts: Set<number>
  /**
   * The runner's IP as the server sees its UDP, once a UDP check learned it: what a relay check
   * over TCP or TLS permits, since behind a proxy (Fly's edge) that channel's mapped IP is the
   * proxy's.
   */
  udpMappedIp?: string
}

/** A fresh context for one probe run: its deadline, RTT estimators and used ports. */
export function newContext(options: ProbeOptions, deadline: number): AttemptContext {
  return {
    options,
    deadline,
    rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() },
    usedPorts: new Set()
  }
}

/**
 * How every socket of an attempt opens: by the attempt's deadline, with the transport's RTT
 * estimate, resends at most one probe interval apart, and a source port no attempt used before.
 */
export function channelOptions(context: AttemptContext, transport: ProbeTransport): ChannelOptions {
  const { options } = context
  return {
    deadline: context.deadline,
    rtt: context.rtt[transport],
    rtoCapMs: options.intervalMs,
    signal: options.signal,
    usedPorts: context.usedPorts
  }
}

/** Knobs for tests that must provoke a failure the real flow avoids. */
export interface CheckHooks {
  /** Skip CreatePermission, to prove the relay drops peer traffic without one. */
  skipPermission?: boolean
}

/** The checks that talk STUN/TURN to host:port over the probed transports. */
export function isStunCheck(check: ProbeCheck): boolean {
  return check === 'stun' || check === 'turn' || check === 'relay'
}

/** The checks to run, in PROBE_CHECKS order: relay needs an allocation, so it implies turn. */
export function effectiveChecks(checks: readonly ProbeCheck[]): ProbeCheck[] {
  const wanted = new Set(checks)
  if (wanted.has('relay')) wanted.add('turn')
  return PROBE_CHECKS.filter((check) => wanted.has(check))
}

/** The record of a check that threw: a ProbeFailure names its outcome, anything else is a protocol error. */
export function failureRecord(
  check: TimelineCheck,
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
    code: failure.code,
    note: failure.note
  }
}
