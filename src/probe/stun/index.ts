/** The STUN codec (RFC 8489) with the TURN parts (RFC 8656) a readiness probe needs. Pure. */
export * from './attributes.js'
export * from './channel-data.js'
export * from './message.js'
