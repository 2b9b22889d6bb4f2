// @ts-check
// Address handing-out: dedicated IPv4s from this simulator's own loopback /24 (bindable on
// Linux, unique per createSim), synthetic IPv6s from documentation/ULA prefixes (never bound).
import { ipId } from './ids.js'
import { nextTimestamp } from './store.js'
import { FlyError } from './context.js'

/** @typedef {import('./types.js').SimApp} SimApp */
/** @typedef {import('./types.js').SimFile} SimFile */
/** @typedef {import('./types.js').SimIp} SimIp */
/** @typedef {import('./types.js').SimState} SimState */

const LAST_DEDICATED_HOST = 250

/**
 * @param {SimFile} options
 * @returns {string}
 */
export function sharedIpv4(options) {
  return `${options.ipv4Prefix}.254`
}

/**
 * What detect-external-ip would report on a machine: its egress address, not the ingress one.
 * @param {SimFile} options
 * @returns {string}
 */
export function egressIpv4(options) {
  return `${options.ipv4Prefix}.253`
}

/**
 * @param {SimState} state
 * @param {SimFile} options
 * @param {SimApp} app
 * @param {string} [region]
 * @returns {SimIp}
 */
export function allocateDedicatedV4(state, options, app, region) {
  const host = state.nextHost
  if (host > LAST_DEDICATED_HOST) {
    throw new FlyError(
      `no more dedicated IPv4 addresses in the simulator's ${options.ipv4Prefix}.0/24`
    )
  }
  state.nextHost = host + 1
  /** @type {SimIp} */
  const ip = {
    id: ipId(),
    address: `${options.ipv4Prefix}.${host}`,
    type: 'v4',
    region: region || 'global',
    createdAt: nextTimestamp(state)
  }
  app.ips.push(ip)
  return ip
}

/**
 * @param {SimState} state
 * @param {SimFile} options
 * @param {SimApp} app
 * @param {{ private?: boolean, region?: string }} [where]
 * @returns {SimIp}
 */
export function allocateV6(state, options, app, { private: isPrivate = false, region } = {}) {
  state.nextHost6 = (state.nextHost6 ?? 1) + 1
  const suffix = (state.nextHost6 - 1).toString(16)
  /** @type {SimIp} */
  const ip = {
    id: ipId(),
    address: isPrivate
      ? `fdaa:0:${options.ipv6Prefix.split(':').slice(2).join(':')}::${suffix}`
      : `${options.ipv6Prefix}::${suffix}`,
    type: isPrivate ? 'private_v6' : 'v6',
    region: region || 'global',
    createdAt: nextTimestamp(state)
  }
  app.ips.push(ip)
  return ip
}

/**
 * The address a deployed server binds: the app's oldest dedicated IPv4, if any.
 * @param {SimApp} app
 * @returns {string | null}
 */
export function serverAddress(app) {
  const v4 = app.ips.filter((ip) => ip.type === 'v4')
  v4.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  return v4[0]?.address ?? null
}
