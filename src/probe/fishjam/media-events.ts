/**
 * The JSON media events a probe peer exchanges with Fishjam (membrane_rtc_engine_webrtc 0.8.0):
 * it sends `connect` and the custom `renegotiateTracks`; it reads `connected` and the custom
 * `offerData`, whose `integratedTurnServers` carry the per-peer TURN port and credentials.
 */

/** The per-peer UDP TURN listener an offerData names; the password is a secret. */
export interface TurnServerOffer {
  serverAddr: string
  serverPort: number
  username: string
  password: string
}

export interface ServerEvent {
  type: string
  data: unknown
}

/** What the probe peer says when it joins: recognisable to a backend that sees PeerMetadataUpdated. */
export const PROBE_METADATA = { probe: 'fly-webrtc-probe' }

export function connectEvent(): string {
  // data.metadata must be present as a key, or Fishjam ignores the event.
  return JSON.stringify({ type: 'connect', data: { metadata: PROBE_METADATA } })
}

export function renegotiateTracksEvent(): string {
  return JSON.stringify({ type: 'custom', data: { type: 'renegotiateTracks' } })
}

/** An offerData that cannot be used, with what is wrong with it. */
export class OfferDataError extends Error {
  constructor(problem: string) {
    super(`offerData unusable: ${problem}`)
    this.name = 'OfferDataError'
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A server media event's type and data; undefined for text that is not an event object. */
export function parseServerEvent(text: string): ServerEvent | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isObject(parsed) || typeof parsed.type !== 'string') return undefined
  return { type: parsed.type, data: parsed.data }
}

/** `connected` for this peer: Fishjam's endpoint id is the peer id. */
export function isConnectedFor(event: ServerEvent, peerId: string): boolean {
  return event.type === 'connected' && isObject(event.data) && event.data.id === peerId
}

/** The inner offerData of a custom event, or undefined for any other event. */
export function unwrapOfferData(event: ServerEvent): unknown {
  if (event.type !== 'custom' || !isObject(event.data)) return undefined
  if (event.data.type !== 'offerData') return undefined
  return event.data.data ?? null
}

/**
 * The UDP entry of an offerData's integratedTurnServers, selected by transport (the TCP entry,
 * when FJ_WEBRTC_TURN_TCP_PORT is set, may come in any order). Throws OfferDataError for a shape
 * the probe cannot use.
 */
export function udpTurnServer(offer: unknown): TurnServerOffer {
  if (!isObject(offer)) throw new OfferDataError('its data is not an object')
  const servers = offer.integratedTurnServers
  if (!Array.isArray(servers)) {
    throw new OfferDataError('integratedTurnServers is missing or not a list')
  }
  const udp = servers.find(
    (s): s is Record<string, unknown> => isObject(s) && s.transport === 'udp'
  )
  if (!udp) {
    const offered = servers.map((s) => (isObject(s) ? String(s.transport) : typeof s)).join(', ')
    throw new OfferDataError(
      `no integratedTurnServers entry has transport "udp" (got: ${offered || 'none'})`
    )
  }
  const { serverAddr, serverPort, username, password } = udp
  if (typeof serverAddr !== 'string' || serverAddr === '') {
    throw new OfferDataError('the udp entry has no serverAddr')
  }
  if (
    typeof serverPort !== 'number' ||
    !Number.isInteger(serverPort) ||
    serverPort < 1 ||
    serverPort > 65535
  ) {
    throw new OfferDataError(
      `the udp entry's serverPort ${JSON.stringify(serverPort)} is not a port`
    )
  }
  if (
    typeof username !== 'string' ||
    username === '' ||
    typeof password !== 'string' ||
    password === ''
  ) {
    throw new OfferDataError('the udp entry lacks a username or password')
  }
  return { serverAddr, serverPort, username, password }
}
