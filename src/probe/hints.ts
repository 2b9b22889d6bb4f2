/** What a person should try, per failure: the known pitfalls of WebRTC/TURN servers on Fly.io. */
import type { ProbeOptions, TimelineEntry } from './types.js'

const TLS_HINTS: [RegExp, string][] = [
  [
    /ALTNAME|HOSTNAME/,
    'The TLS certificate does not name the probed host: probe by the name in the certificate, or set the TLS servername.'
  ],
  [
    /SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/,
    'The TLS certificate is not trusted: give the CA that signed it (or use a publicly trusted certificate).'
  ],
  [/EXPIRED|NOT_YET_VALID/, 'The TLS certificate is expired or not yet valid: renew it.'],
  [
    /ECONNRESET|EPROTO|ERR_SSL|HANDSHAKE_TIMEOUT/,
    'The TLS port did not complete a TLS handshake: check that it is the TLS listener (coturn --tls-listening-port with --cert and --pkey; coturn 4.6.1 speaks TLS 1.2 only).'
  ]
]

export function hintsFor(failing: TimelineEntry[], o: ProbeOptions): string[] {
  const hints = new Set<string>()
  for (const entry of failing) {
    const detail = entry.detail ?? ''
    switch (entry.outcome) {
      case 'unreachable':
        if (entry.transport === 'udp') {
          hints.add(
            'No UDP answer: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4) and a server that binds ' +
              'fly-global-services (not 0.0.0.0), with internal_port equal to the public port.'
          )
          hints.add(
            'After a first deploy, UDP forwarding can take minutes to start flowing: raise probe-timeout if the rest looks right.'
          )
        } else {
          hints.add(
            `No answer over ${entry.transport}: check that the port is exposed as a service and the server listens on it.`
          )
        }
        break
      case 'refused':
        hints.add(
          `Nothing listens on the probed port: the server's listening port must equal the service's internal_port and probe-port (${o.port}${o.tlsPort ? `, TLS ${o.tlsPort}` : ''}).`
        )
        break
      case 'closed':
        hints.add('The server closed the connection mid-exchange: check its logs.')
        break
      case 'dns-error':
        hints.add(`'${o.host}' does not resolve: check probe-host.`)
        break
      case 'auth-failed':
        if (entry.check === 'http') {
          hints.add(
            'The health endpoint refused the token: check health-token (Fishjam: FJ_SERVER_API_TOKEN).'
          )
        } else if (o.credentials?.kind === 'rest') {
          hints.add(
            "The server rejected the REST credentials: turn-secret must equal the server's shared secret " +
              "(coturn --use-auth-secret --static-auth-secret), and the runner's clock must be right."
          )
        } else {
          hints.add(
            "The server rejected the credentials: check turn-username and turn-password against the server's users."
          )
        }
        break
      case 'realm-mismatch':
        hints.add(
          "The server's realm differs from turn-realm: fix turn-realm or the server's --realm."
        )
        break
      case 'stale-nonce':
        hints.add(
          "The server rejected a fresh nonce as stale: check the server's clock and --stale-nonce."
        )
        break
      case 'wrong-relayed-address':
        hints.add(
          "The server's external IP is wrong: it must announce the dedicated IPv4 (coturn --external-ip=<ipv4>, " +
            'Fishjam FJ_WEBRTC_TURN_IP), or clients get relay candidates nobody can reach.'
        )
        break
      case 'open-relay':
        hints.add(
          'The server relays for anyone: enable authentication (coturn --lt-cred-mech with --user, or --use-auth-secret).'
        )
        break
      case 'lost':
        hints.add(
          'Nothing came back through the relay: expose the relay port range (coturn --min-port..--max-port) as UDP ' +
            'services with the same ports, and set the external IP to the dedicated IPv4.'
        )
        break
      case 'tls-error': {
        const found = TLS_HINTS.find(([pattern]) => pattern.test(detail))
        hints.add(found ? found[1] : `TLS failed: ${detail}`)
        break
      }
      case 'protocol-error':
        hints.add('The answers are not valid STUN/TURN: is a STUN/TURN server on that port?')
        break
      case 'http-error':
        hints.add('The health endpoint answered but not healthy: see its status above.')
        break
      case 'rejected':
        hints.add('The server refused a TURN request: see the error code and reason above.')
        break
      default:
        break
    }
  }
  return [...hints]
}
