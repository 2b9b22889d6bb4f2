/** The probe's public types: what the action and the CLI pass in and get back. */
import type { Logger } from '../log.js'
import type { TurnCredentials } from './credentials.js'
import type { OptionNames } from './option-names.js'

export type { TurnCredentials } from './credentials.js'

/** The checks, in the order an attempt runs them. */
export const PROBE_CHECKS = ['stun', 'turn', 'relay', 'http', 'fishjam'] as const
export const PROBE_TRANSPORTS = ['udp', 'tcp', 'tls'] as const

export type ProbeCheck = (typeof PROBE_CHECKS)[number]
export type ProbeTransport = (typeof PROBE_TRANSPORTS)[number]
/** What a timeline entry checked: one of the checks, or the hold that follows readiness. */
export type TimelineCheck = ProbeCheck | 'hold'

export function isProbeCheck(text: string): text is ProbeCheck {
  return (PROBE_CHECKS as readonly string[]).includes(text)
}

export function isProbeTransport(text: string): text is ProbeTransport {
  return (PROBE_TRANSPORTS as readonly string[]).includes(text)
}

/** The most consecutive successful attempts a probe may ask for. */
export const MAX_SUCCESSES = 20
/** The longest hold after ready. */
export const MAX_HOLD_MS = 15 * 60_000
/** The longest probe: Node fires longer timers at once (2^31-1 ms), so a day is the bound. */
export const MAX_TIMEOUT_MS = 24 * 3_600_000

/** STUN/TURN over UDP and TCP (RFC 8489 §18.6, RFC 7065 §3). */
export const DEFAULT_PORT = 3478
/** STUN/TURN over TLS (turns:). */
export const DEFAULT_TLS_PORT = 5349

export interface ProbeOptions {
  /** IPv4/IPv6 literal or hostname. */
  host: string
  /** STUN/TURN port, for UDP and TCP (3478). */
  port: number
  /** TLS port; DEFAULT_TLS_PORT (5349) when 'tls' is among the transports and this is not given. */
  tlsPort?: number
  transports: ProbeTransport[]
  checks: ProbeCheck[]
  credentials?: TurnCredentials
  /** Expected realm: a server announcing another one fails with a hint. */
  realm?: string
  /** The public IPv4: the relayed address a TURN server reports must equal it. */
  expectedRelayIp?: string
  healthUrl?: string
  /** Bearer token for the health URL and Fishjam's API; a secret, never logged. */
  healthToken?: string
  /** Base URL of Fishjam's HTTP API, for the fishjam check (e.g. https://fj.example.com). */
  fishjamUrl?: string
  /**
   * Run the fishjam check's UDP step although the server has live peers. Fishjam 0.6.3's TURN
   * listeners may share a port (fake_turn 0.4.2), so the probe's could capture a live peer's
   * media; without this the check stops before that step when GET /room shows other peers.
   */
  fishjamAllowLivePeers?: boolean
  tls?: { servername?: string; ca?: string; insecure?: boolean }
  /** Overall deadline. */
  timeoutMs: number
  /** Cap of the growing pause between attempts. */
  intervalMs: number
  /**
   * Consecutive successful attempts before ready (default 1): each attempt on fresh sockets,
   * so from fresh source ports, and at least SUCCESS_GAP_MS after the one before.
   */
  successes?: number
  /**
   * After ready, keep one allocation this long (default 0: no hold; at most MAX_HOLD_MS),
   * refreshing it and echoing through it every HOLD_ECHO_INTERVAL_MS.
   */
  holdMs?: number
  /** An unauthenticated Allocate that succeeds fails the probe instead of warning. */
  failOnOpenRelay?: boolean
  /** Epoch ms when the deploy finished; timeline times are relative to it. Default: now. */
  startedAt?: number
  logger?: Logger
  signal?: AbortSignal
  /** What the front end calls each option, for validation errors and hints (e.g. `--user`). */
  names?: OptionNames
}

/** The port a transport talks to: the TLS port for TLS, the STUN/TURN port otherwise. */
export function portFor(options: ProbeOptions, transport: ProbeTransport): number {
  return transport === 'tls' ? (options.tlsPort ?? DEFAULT_TLS_PORT) : options.port
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
  | 'mtu' // relay echo: small datagrams came back, media-sized ones did not
  | 'aborted' // the caller's AbortSignal fired
  | 'unsafe' // stopped before a step that could disturb live traffic (Fishjam with live peers)

export interface TimelineEntry {
  /** Milliseconds since `startedAt` when the check began. */
  atMs: number
  /** How long the check took. */
  durationMs: number
  attempt: number
  check: TimelineCheck
  transport: ProbeTransport | 'https' | 'http'
  outcome: Outcome
  /** For a check made of stages (fishjam): the stage it failed at, or the last one it passed. */
  stage?: string
  rttMs?: number
  detail?: string
  /** The local port the check talked from (STUN/TURN checks): a new one on every attempt. */
  sourcePort?: number
}

/** The hold after ready: one allocation kept, refreshed and echoed through. */
export interface HoldReport {
  ok: boolean
  transport: ProbeTransport
  /** How long the hold was asked to last, and how long it did. */
  wantedMs: number
  heldMs: number
  /** Exchanges (refresh and echo) that passed. */
  passed: number
  /** When in the hold the last exchange passed, and the one that failed began (ms since its start). */
  lastGoodAtMs?: number
  failedAtMs?: number
  /** One line: what held, or after how long UDP stopped. */
  summary: string
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
  /** The attempts whose consecutive successes made the server ready. */
  readyAttempts?: number[]
  /** The hold after ready, when one was asked for. */
  hold?: HoldReport
  mappedAddress?: string
  relayedAddress?: string
  /** TLS version negotiated, when TLS was probed. */
  tlsProtocol?: string
  /** One-line verdict. */
  summary: string
  /** On failure: what was tried, the last outcome of each check, and hints. */
  diagnostic?: string
}
