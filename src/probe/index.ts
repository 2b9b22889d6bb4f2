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
export {
  DEFAULT_PORT,
  DEFAULT_TLS_PORT,
  isProbeCheck,
  isProbeTransport,
  portFor,
  PROBE_CHECKS,
  PROBE_TRANSPORTS
} from './types.js'
export {
  NEUTRAL_NAMES,
  optionName,
  ProbeOptionError,
  type OptionNames,
  type ProbeOptionField
} from './option-names.js'
export { parseHealthUrl, validateProbeOptions } from './validate.js'
export { isHostName, isHostOrIp } from './host.js'
export { tlsFailureKind, type TlsFailureKind } from './tls-failure.js'
export { waitForReady } from './readiness.js'
export { timelineMermaid } from './timeline.js'
export { iceUrls, parseTurnUri, stunUrl, turnUrls, type ParsedUri } from './uri.js'
export { restCredentials, longTermKey } from './credentials.js'
