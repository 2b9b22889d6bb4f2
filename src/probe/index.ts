/** The readiness probe: STUN, TURN, relay echo and HTTP health, with a deadline loop and timeline. */
export type {
  Outcome,
  ProbeCheck,
  ProbeOptions,
  ProbeReport,
  ProbeTransport,
  TimelineEntry,
  TurnCredentials
} from './types.js'
export { PROBE_CHECKS, PROBE_TRANSPORTS } from './types.js'
export { validateProbeOptions } from './validate.js'
export { waitForReady } from './readiness.js'
export { timelineMermaid } from './timeline.js'
export {
  parseTurnUri,
  stunUrl,
  turnUrls,
  DEFAULT_PORT,
  DEFAULT_TLS_PORT,
  type ParsedUri
} from './uri.js'
export { restCredentials, longTermKey } from './credentials.js'
