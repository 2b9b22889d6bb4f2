/**
 * What a person should try, per failure: the known pitfalls of WebRTC/TURN servers on Fly.io.
 * Options are named as the caller's front end names them (`options.names`).
 */
import type { CheckRecord } from './attempt.js'
import { fishjamHints } from './fishjam/hints.js'
import { optionName, type ProbeOptionField } from './option-names.js'
import { tlsFailureKind, type TlsFailureKind } from './tls-failure.js'
import type { Outcome, ProbeOptions } from './types.js'

type Failure = Pick<CheckRecord, 'check' | 'transport' | 'outcome' | 'detail' | 'code' | 'stage'>
type Name = (field: ProbeOptionField) => string
type Hint = (failure: Failure, o: ProbeOptions, name: Name) => string | string[]

/** On Fly the edge holds the certificate: `<app>.fly.dev` has one, any other name needs its own. */
const CUSTOM_DOMAIN =
  "Fly's edge has a certificate for <app>.fly.dev only: a custom domain needs `fly certs add <domain>` (and its DNS pointing at the app) before turns: clients can use it."

const TLS_HINTS: Record<TlsFailureKind, (o: ProbeOptions) => string[]> = {
  'wrong-name': (o) => [
    `The TLS certificate does not name ${o.tls?.servername ?? o.host}, the name the probe asked for: clients verify the name in the turns: URL, so the certificate must cover it.`,
    CUSTOM_DOMAIN
  ],
  untrusted: () => [
    'The TLS certificate is not trusted: it does not chain to a CA in the trust store (give the CA that signed it, or use a publicly trusted certificate).',
    CUSTOM_DOMAIN
  ],
  expired: () => [
    'The TLS certificate is expired or not yet valid: on Fly, `fly certs show <domain>` says whether renewal is stuck; elsewhere renew it.'
  ],
  handshake: () => [
    'The TLS port did not complete a TLS handshake: check that it is a TLS port (on Fly a [[services.ports]] entry with handlers = ["tls"]; for coturn itself --tls-listening-port with --cert and --pkey, TLS 1.2 only in 4.6.1).'
  ]
}

function tlsHint(failure: Failure, o: ProbeOptions): string[] {
  // A socket error during the handshake (ECONNRESET, EPROTO) is the handshake failing.
  const kind = tlsFailureKind(failure.code) ?? (failure.code ? 'handshake' : undefined)
  return kind ? TLS_HINTS[kind](o) : [`TLS failed: ${failure.detail ?? ''}`]
}

/** A connection that closed mid-exchange; over TLS on Fly, the edge with nothing behind it. */
function closedHint(failure: Failure): string {
  if (failure.transport === 'tls') {
    return (
      "The TLS handshake worked but the connection closed before an answer: a TLS edge (Fly's tls " +
      'handler) forwards plain TCP to internal_port, and nothing answered there. The server must ' +
      'listen for plain STUN/TURN over TCP on that port (coturn: --listening-ip=0.0.0.0 and --no-tls).'
    )
  }
  return 'The server closed the connection mid-exchange: check its logs.'
}

function refusedHint(failure: Failure, o: ProbeOptions, name: Name): string {
  if (failure.check === 'http') {
    return `Nothing listens at ${name('healthUrl')}: check its host and port, and that the server serves HTTP there.`
  }
  const tls = o.tlsPort ? `, TLS ${o.tlsPort}` : ''
  return `Nothing listens on the probed port: the server's listening port must equal the service's internal_port and ${name('port')} (${o.port}${tls}).`
}

function unreachableHint(failure: Failure, _o: ProbeOptions, name: Name): string[] {
  if (failure.transport !== 'udp') {
    return [
      `No answer over ${failure.transport}: check that the port is exposed as a service and the server listens on it.`
    ]
  }
  return [
    'No UDP answer: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4) and a server that binds ' +
      'fly-global-services (not 0.0.0.0), with internal_port equal to the public port.',
    `After a first deploy, UDP forwarding can take minutes to start flowing: raise ${name('timeout')} if the rest looks right.`
  ]
}

function authHint(failure: Failure, o: ProbeOptions, name: Name): string {
  if (failure.check === 'http') {
    return `The health endpoint refused the token: check ${name('healthToken')} (Fishjam: FJ_SERVER_API_TOKEN).`
  }
  if (o.credentials?.kind === 'rest') {
    return (
      `The server rejected the REST credentials: ${name('secret')} must equal the server's shared secret ` +
      "(coturn --use-auth-secret --static-auth-secret), and the runner's clock must be right."
    )
  }
  return `The server rejected the credentials: check ${name('username')} and ${name('password')} against the server's users.`
}

const HINTS: Partial<Record<Outcome, Hint>> = {
  unreachable: unreachableHint,
  refused: refusedHint,
  closed: closedHint,
  'dns-error': (_failure, o, name) => `'${o.host}' does not resolve: check ${name('host')}.`,
  'auth-failed': authHint,
  'realm-mismatch': (_failure, _o, name) =>
    `The server's realm differs from ${name('realm')}: fix ${name('realm')} or the server's --realm.`,
  'stale-nonce': () =>
    "The server rejected a fresh nonce as stale: check the server's clock and --stale-nonce.",
  'wrong-relayed-address': () =>
    "The server's external IP is wrong: it must announce the dedicated IPv4 (coturn --external-ip=<ipv4>, " +
    'Fishjam FJ_WEBRTC_TURN_IP), or clients get relay candidates nobody can reach.',
  'open-relay': () =>
    'The server relays for anyone: enable authentication (coturn --lt-cred-mech with --user, or --use-auth-secret).',
  lost: () =>
    'Nothing came back through the relay: expose the relay port range (coturn --min-port..--max-port) as UDP ' +
    'services with the same ports, and set the external IP to the dedicated IPv4.',
  mtu: () =>
    'Small datagrams came back through the relay, media-sized ones (1200 bytes of payload) did not: something on ' +
    'the path drops large UDP datagrams. Fly leaves about 1300 bytes of UDP payload; a VPN or tunnel between ' +
    'the runner and Fly leaves less. Calls would connect and then carry no media.',
  'tls-error': (failure, o) => tlsHint(failure, o),
  'protocol-error': () =>
    'The answers are not valid STUN/TURN: is a STUN/TURN server on that port?',
  'http-error': () => 'The health endpoint answered but not healthy: see its status above.',
  rejected: () => 'The server refused a TURN request: see the error code and reason above.'
}

/**
 * When some attempts passed and others failed, the server works but not every path to it does:
 * on Fly, one of two edges that cannot reach the machine (attempts alternate ok and timeout), or
 * flood control tripped by a runner reusing a source port.
 */
export function intermittentHint(history: {
  passedAttempts: number
  attempts: number
  needed: number
  bestStreak: number
}): string[] {
  const { passedAttempts, attempts, needed, bestStreak } = history
  if (passedAttempts === 0 || passedAttempts === attempts || bestStreak >= needed) return []
  return [
    `${passedAttempts} of ${attempts} attempts passed, but never ${needed} in a row: the server answers, yet not ` +
      'every path to it works. On Fly this is the pattern of an edge that cannot reach the machine (attempts ' +
      'alternate between ok and timeout); it is not a probe glitch. Redeploy to move the machine, or ask Fly support.'
  ]
}

/** One hint per kind of failure, in the order the failures came, without repeats. */
export function hintsFor(failing: readonly Failure[], o: ProbeOptions): string[] {
  const name: Name = (field) => optionName(field, o.names)
  const hints = new Set<string>()
  for (const failure of failing) {
    const found =
      failure.check === 'fishjam'
        ? fishjamHints(failure, name)
        : [HINTS[failure.outcome]?.(failure, o, name) ?? []].flat()
    for (const hint of found) hints.add(hint)
  }
  return [...hints]
}
