/**
 * `fly-webrtc-probe fishjam <url> --token TOKEN`: the fishjam check from a terminal. The probe
 * becomes a WebRTC peer of the Fishjam at <url> and Allocates on its per-peer TURN port over UDP.
 */
import { ProbeOptionError, type OptionNames } from './option-names.js'
import { DEFAULT_PORT, type ProbeCheck, type ProbeOptions } from './types.js'
import { parseFishjamUrl } from './validate.js'

export const FISHJAM_USAGE = `       fly-webrtc-probe fishjam <url> --token TOKEN [options]

The fishjam command walks a browser peer's path through a Fishjam server at <url> (its HTTP API,
e.g. https://fj.example.com): room, peer, peer WebSocket, offerData, then a TURN Allocate over UDP
on the per-peer port. It creates and deletes the room 'fly-webrtc-probe'; a backend subscribed to
Fishjam's server notifications sees it. On a server with connected peers it stops before the UDP
step (Fishjam 0.6.3 may share their ports with the probe's) unless --allow-live-peers is given.
  --token TOKEN        Fishjam's API token, FJ_SERVER_API_TOKEN (env FISHJAM_TOKEN)
  --allow-live-peers   run the UDP step although other peers are connected
  --http URL           also check the health URL (e.g. <url>/health) with the same token
  --expect-relay-ip IP the public IPv4 offerData and the relayed address must name`

export function fishjamNames(base: OptionNames): OptionNames {
  return {
    ...base,
    fishjamUrl: '<url>',
    healthToken: '--token (or FISHJAM_TOKEN)',
    fishjamAllowLivePeers: '--allow-live-peers'
  }
}

export interface FishjamFlags {
  token?: string
  'allow-live-peers'?: boolean
  http?: string
}

/** The options of `fishjam <url>` (the rest of the flags are shared with the STUN/TURN probe). */
export function fishjamTarget(
  positionals: string[],
  flags: FishjamFlags,
  env: Record<string, string | undefined>,
  names: OptionNames
): Pick<
  ProbeOptions,
  'host' | 'port' | 'transports' | 'checks' | 'fishjamUrl' | 'healthToken' | 'fishjamAllowLivePeers'
> {
  if (positionals.length !== 1) {
    throw new ProbeOptionError(
      'fishjamUrl',
      positionals.length === 0 ? 'is missing' : 'name one Fishjam URL',
      'fly-webrtc-probe fishjam https://fj.example.com --token "$FJ_TOKEN"',
      names
    )
  }
  const url = parseFishjamUrl(positionals[0], names)
  const checks: ProbeCheck[] = flags.http === undefined ? ['fishjam'] : ['http', 'fishjam']
  return {
    // The STUN/TURN checks are not run; the host names the server in the report.
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: DEFAULT_PORT,
    transports: ['udp'],
    checks,
    fishjamUrl: positionals[0],
    healthToken: flags.token ?? env.FISHJAM_TOKEN,
    fishjamAllowLivePeers: flags['allow-live-peers'] ?? false
  }
}
