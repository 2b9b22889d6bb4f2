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

const TLS_HINTS: Record<TlsFailureKind, (name: Name) => string> = {
  'wrong-name': (name) =>
    `The TLS certificate does not name the probed host: probe by the name in the certificate, or set ${name('servername')}.`,
  untrusted: () =>
    'The TLS certificate is not trusted: give the CA that signed it (or use a publicly trusted certificate).',
  expired: () => 'The TLS certificate is expired or not yet valid: renew it.',
  handshake: () =>
    'The TLS port did not complete a TLS handshake: check that it is the TLS listener (coturn --tls-listening-port with --cert and --pkey; coturn 4.6.1 speaks TLS 1.2 only).'
}

function tlsHint(failure: Failure, name: Name): string {
  // A socket error during the handshake (ECONNRESET, EPROTO) is the handshake failing.
  const kind = tlsFailureKind(failure.code) ?? (failure.code ? 'handshake' : undefined)
  return kind ? TLS_HINTS[kind](name) : `TLS failed: ${failure.detail ?? ''}`
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
  refused: (_failure, o, name) =>
    `Nothing listens on the probed port: the server's listening port must equal the service's internal_port and ${name('port')} (${o.port}${o.tlsPort ? `, TLS ${o.tlsPort}` : ''}).`,
  closed: () => 'The server closed the connection mid-exchange: check its logs.',
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
  'tls-error': (failure, _o, name) => tlsHint(failure, name),
  'protocol-error': () =>
    'The answers are not valid STUN/TURN: is a STUN/TURN server on that port?',
  'http-error': () => 'The health endpoint answered but not healthy: see its status above.',
  rejected: () => 'The server refused a TURN request: see the error code and reason above.'
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
