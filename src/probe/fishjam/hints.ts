/**
 * What to try when the fishjam check fails, per stage: the pitfalls of Fishjam on Fly.io
 * (fishjam.md §1-§4, turn.md §4). Options are named as the caller's front end names them.
 */
import type { CheckRecord } from '../attempt.js'
import type { ProbeOptionField } from '../option-names.js'
import type { FishjamStage } from './stages.js'

type Failure = Pick<CheckRecord, 'outcome' | 'stage'>
type Name = (field: ProbeOptionField) => string

const UDP_SILENT = (name: Name): string[] => [
  'HTTP up, UDP not reaching the per-peer TURN port: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4), ' +
    'and FJ_WEBRTC_TURN_IP must be that address.',
  'Fishjam must bind its TURN sockets on fly-global-services (FJ_WEBRTC_TURN_LISTEN_IP), not 0.0.0.0.',
  'Every port of FJ_WEBRTC_TURN_PORT_RANGE must be exposed as a UDP service with the same internal port: ' +
    'each peer gets a listener in the lower half of the range.',
  `After a first deploy, Fly's UDP forwarding can take minutes to start: raise ${name('timeout')} if the rest looks right.`
]

const BY_STAGE: Record<FishjamStage, (failure: Failure, name: Name) => string[]> = {
  'HTTP API': (failure, name) =>
    failure.outcome === 'auth-failed'
      ? [
          `Fishjam refused the API token: ${name('healthToken')} must equal the server's FJ_SERVER_API_TOKEN.`
        ]
      : [
          `Fishjam's REST API did not do what a client needs (see the answer above): check ${name('fishjamUrl')}, ` +
            'and that FJ_WEBRTC_USED is not false.'
        ],
  WebSocket: (_failure, name) => [
    `The peer WebSocket at ${name('fishjamUrl')} + /socket/peer/websocket did not open: a proxy in front of Fishjam must ` +
      'pass WebSocket upgrades, and FJ_CHECK_ORIGIN must not refuse clients.'
  ],
  auth: () => [
    'Fishjam refused the peer token it had just issued: with several machines or after a restart, set FJ_SECRET_KEY_BASE ' +
      'as a secret so every node signs and verifies tokens alike.'
  ],
  offerData: (failure) =>
    failure.outcome === 'wrong-relayed-address'
      ? [
          'FJ_WEBRTC_TURN_IP must be the dedicated IPv4 ({ipv4}): Fishjam tells every client to send media there.'
        ]
      : [
          'Fishjam did not send offerData for the probe peer: check its log for the peer endpoint (Membrane RTC Engine).'
        ],
  'TURN over UDP': (failure, name) => {
    if (failure.outcome === 'unreachable') return UDP_SILENT(name)
    if (failure.outcome === 'refused') {
      return [
        'Nothing listens on the per-peer TURN port: FJ_WEBRTC_TURN_LISTEN_IP must be fly-global-services.'
      ]
    }
    if (failure.outcome === 'auth-failed') {
      return [
        "The per-peer listener refused offerData's credentials: on Fishjam 0.6.3 this is fake_turn 0.4.2's port " +
          'sharing with another peer (fixed in fake_turn 0.4.3, the edge image), or another process holds the port.'
      ]
    }
    if (failure.outcome === 'unsafe') {
      return [
        `Probe when no client is connected, or set ${name('fishjamAllowLivePeers')} to run the UDP step anyway.`
      ]
    }
    return []
  }
}

/** The hints for one failed fishjam record; [] when its stage offers none. */
export function fishjamHints(failure: Failure, name: Name): string[] {
  const stage = failure.stage as FishjamStage | undefined
  return stage && stage in BY_STAGE ? BY_STAGE[stage](failure, name) : []
}
