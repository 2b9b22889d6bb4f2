/** The probe's public types: what the action and the CLI pass in and get back. */
import type { Logger } from '../log.js'
import type { TurnCredentials } from './credentials.js'

export type { TurnCredentials } from './credentials.js'

export type ProbeCheck = 'stun' | 'turn' | 'relay' | 'http'
export type ProbeTransport = 'udp' | 'tcp' | 'tls'

export const PROBE_CHECKS: readonly ProbeCheck[] = ['stun', 'turn', 'relay', 'http']
export const PROBE_TRANSPORTS: readonly ProbeTransport[] = ['udp', 'tcp', 'tls']

export interface ProbeOptions {
  /** IPv4/IPv6 literal or hostname. */
  host: string
  /** STUN/TURN port, for UDP and TCP (3478). */
  port: number
  /** TLS port; 5349 when 'tls' is among the transports and this is not given. */
  tlsPort?: number
  transports: ProbeTransport[]
  checks: ProbeCheck[]
  credentials?: TurnCredentials
  /** Expected realm: a server announcing another one fails with a hint. */
  realm?: string
  /** The public IPv4: the relayed address a TURN server reports must equal it. */
  expectedRelayIp?: string
  healthUrl?: string
  /** Bearer token for the health URL; a secret, never logged. */
  healthToken?: string
  tls?: { servername?: string; ca?: string; insecure?: boolean }
  /** Overall deadline (probe-timeout). */
  timeoutMs: number
  /** Cap of the growing pause between attempts (probe-interval). */
  intervalMs: number
  /** An unauthenticated Allocate that succeeds fails the probe instead of warning. */
  failOnOpenRelay?: boolean
  /** Epoch ms when the deploy finished; timeline times are relative to it. Default: now. */
  startedAt?: number
  logger?: Logger
  signal?: AbortSignal
}

/**
 * What one check on one transport came to. 'ok' is success; every other value names a failure
 * a person can act on.
 */
export type Outcome =
  | 'ok'
  | 'unreachable' // no answer before the deadline (UDP silence, TCP connect timeout)
  | 'refused' // ICMP port unreachable on UDP, ECONNREFUSED on TCP
  | 'closed' // the server closed the TCP/TLS connection mid-exchange
  | 'dns-error' // the host name does not resolve
  | 'auth-failed' // 401/441 although credentials were sent (or HTTP 401/403)
  | 'stale-nonce' // 438 again after the one retry with the new nonce
  | 'realm-mismatch' // the server's REALM is not the expected one
  | 'tls-error' // handshake or certificate failure; detail carries Node's code
  | 'wrong-relayed-address' // XOR-RELAYED-ADDRESS is not the expected public IP
  | 'open-relay' // unauthenticated Allocate accepted and failOnOpenRelay is set
  | 'rejected' // any other STUN error response (detail has code and reason)
  | 'protocol-error' // malformed or unverifiable answers
  | 'http-error' // health endpoint answered, but not healthy
  | 'lost' // relay echo: nothing came back through the allocation
  | 'aborted' // the caller's AbortSignal fired

export interface TimelineEntry {
  /** Milliseconds since `startedAt` when the check began. */
  atMs: number
  /** How long the check took. */
  durationMs: number
  attempt: number
  check: ProbeCheck
  transport: ProbeTransport | 'https' | 'http'
  outcome: Outcome
  rttMs?: number
  detail?: string
}

export interface ProbeReport {
  ok: boolean
  attempts: number
  /** Milliseconds from `startedAt` until every check passed. */
  readyAfterMs?: number
  /** The round-trip time that best describes the server: relay echo, else Binding, else Allocate, else HTTP. */
  rttMs?: number
  timeline: TimelineEntry[]
  warnings: string[]
  mappedAddress?: string
  relayedAddress?: string
  /** TLS version negotiated, when TLS was probed. */
  tlsProtocol?: string
  /** One-line verdict. */
  summary: string
  /** On failure: what was tried, the last outcome of each check, and hints. */
  diagnostic?: string
}
