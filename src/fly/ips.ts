/**
 * Step 5: the addresses the config and the probe need, per the `ipv4` mode. For `dedicated`
 * (UDP or raw TCP), exactly one dedicated IPv4: reuse the oldest `v4`; otherwise allocate one,
 * then list again: when concurrent runs both allocated, every run keeps the oldest and the run
 * that made a younger one releases it, so the app ends with one paid address.
 *
 * Because the action allocates the IPv4 before the first deploy, flyctl's own first-deploy
 * provisioning sees an address and adds nothing, not even the IPv6 it gives a new app
 * (fly-platform.md §3, deploy_first.go:29-105). So a run that gives an app its public IPv4 also
 * gives it a dedicated IPv6, and so does a run on an app that is new (one it created, or adopted
 * from a run it raced), when the app serves TCP (raw, TLS and HTTP work over IPv6; UDP does not).
 * Duplicates from concurrent runs are released like those of the IPv4.
 */
import { isIPv4, isIPv6 } from 'node:net'
import { ActionError } from '../errors.js'
import type { Ipv4Mode } from '../config/types.js'
import type { Logger } from '../log.js'
import {
  allocateDedicatedIpv4Argv,
  allocateIpv6Argv,
  allocateSharedIpv4Argv,
  ipsListArgv,
  releaseIpsArgv
} from './argv.js'
import type { Flyctl } from './flyctl.js'
import { type IpAddress, parseIpList } from './shapes.js'

export interface AddressResult {
  ipv4?: string
  ipv6?: string
  /** This run paid for a new dedicated IPv4 (and kept it). */
  allocated: boolean
  released: string[]
}

export interface AddressRequest {
  mode: Ipv4Mode
  /** The app serves TCP (raw, TLS or HTTP): an IPv6 is of use to it. */
  servesTcp: boolean
  /** The app is new: created by this run, or by a run it raced and adopted the app from. */
  newApp: boolean
}

export function oldestOfType(ips: readonly IpAddress[], type: string): IpAddress | undefined {
  return (
    ips
      .filter((ip) => ip.type === type)
      // By time (parsed: Fly mixes second and sub-second precision), then by ID, so that every run
      // that sees the same addresses picks the same one.
      .sort(
        (a, b) =>
          Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
          a.id.localeCompare(b.id) ||
          a.address.localeCompare(b.address)
      )[0]
  )
}

export function publicIpv6(ips: readonly IpAddress[]): string | undefined {
  return oldestOfType(ips, 'v6')?.address
}

export function ensureAddress(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  request: AddressRequest,
  logger: Logger
): Promise<AddressResult> {
  const ipv6 = {
    wanted: request.servesTcp && publicIpv6(known) === undefined,
    newApp: request.newApp
  }
  if (request.mode === 'dedicated') return ensureDedicatedIpv4(fly, app, known, ipv6, logger)
  if (request.mode === 'shared') return ensureSharedIpv4(fly, app, known, ipv6, logger)
  logger.info('ipv4: none: no public address is allocated')
  return Promise.resolve({ ipv6: publicIpv6(known), allocated: false, released: [] })
}

/** flyctl prints a new address in a table row: the first address of that family in it. */
function addressIn(stdout: string, family: 'v4' | 'v6'): string | undefined {
  const isFamily = family === 'v4' ? isIPv4 : isIPv6
  return stdout.split(/\s+/).find((word) => isFamily(word))
}

/** The address this run allocated: the one flyctl printed, else the one new one in the list. */
function mine(
  printed: string | undefined,
  type: string,
  known: readonly IpAddress[],
  after: readonly IpAddress[]
): string | undefined {
  const appeared = after.filter(
    (ip) => ip.type === type && !known.some((k) => k.address === ip.address)
  )
  return printed ?? (appeared.length === 1 ? appeared[0].address : undefined)
}

/**
 * Whether the app lacks the IPv6 it should have (`wanted`: it serves TCP and has none), and
 * whether it is new. A run gives it one when it is new or when the run gives it its IPv4.
 */
interface Ipv6Need {
  wanted: boolean
  newApp: boolean
}

export async function ensureDedicatedIpv4(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  ipv6: Ipv6Need,
  logger: Logger
): Promise<AddressResult> {
  const existing = oldestOfType(known, 'v4')
  if (existing) {
    logger.info(`Reusing dedicated IPv4 ${existing.address}`)
    const reused = { ipv4: existing.address, allocated: false }
    // A new app adopted from a run it raced: that run's IPv6 may not be there yet.
    if (ipv6.wanted && ipv6.newApp)
      return { ...reused, ...(await addIpv6(fly, app, known, logger)) }
    return { ...reused, ipv6: publicIpv6(known), released: [] }
  }
  const withIpv6 = ipv6.wanted
  const printedV4 = addressIn((await fly.run(allocateDedicatedIpv4Argv(app))).stdout, 'v4')
  const printedV6 = withIpv6 ? await allocateIpv6(fly, app) : undefined
  const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true })
  const keep = oldestOfType(after, 'v4')
  if (!keep) {
    throw new ActionError(
      'command-failed',
      `flyctl allocated an IPv4 for ${app}, but 'ips list' shows none`,
      {
        hint: 'run the job again; if it persists, check `fly ips list -a <app>`'
      }
    )
  }
  const ownV4 = mine(printedV4, 'v4', known, after)
  const ownV6 = withIpv6 ? mine(printedV6, 'v6', known, after) : undefined
  if (ownV4 === undefined) {
    logger.warn(
      'Could not read the allocated address from flyctl; if several runs raced, extra IPv4s may remain (see `fly ips list`)'
    )
  }
  const released = await releaseDuplicates(fly, app, after, { v4: ownV4, v6: ownV6 }, logger)
  if (ownV4 !== undefined && !released.includes(ownV4)) {
    logger.info(`Allocated dedicated IPv4 ${ownV4}`)
  }
  // This run paid for an address unless it released it as a duplicate.
  return {
    ipv4: keep.address,
    ipv6: publicIpv6(after),
    allocated: ownV4 === undefined || !released.includes(ownV4),
    released
  }
}

/**
 * The addresses this run made that a concurrent run made first (an older one of the same type
 * exists): only their maker releases them, in one call.
 */
async function releaseDuplicates(
  fly: Flyctl,
  app: string,
  after: readonly IpAddress[],
  own: { v4?: string; v6?: string },
  logger: Logger
): Promise<string[]> {
  const duplicates = (['v4', 'v6'] as const).flatMap((type) => {
    const address = own[type]
    const keep = oldestOfType(after, type)?.address
    return address !== undefined && keep !== undefined && address !== keep ? [address] : []
  })
  if (duplicates.length === 0) return []
  await fly.run(releaseIpsArgv(app, duplicates))
  logger.info(`Another run allocated first; released the duplicate ${duplicates.join(', ')}`)
  return duplicates
}

async function allocateIpv6(fly: Flyctl, app: string): Promise<string | undefined> {
  return addressIn((await fly.run(allocateIpv6Argv(app))).stdout, 'v6')
}

/** A dedicated IPv6, then the list again: the oldest is kept, a younger one of ours released. */
async function addIpv6(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  logger: Logger
): Promise<{ ipv6?: string; released: string[] }> {
  const printed = await allocateIpv6(fly, app)
  const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true })
  const own = mine(printed, 'v6', known, after)
  const released = await releaseDuplicates(fly, app, after, { v6: own }, logger)
  return { ipv6: publicIpv6(after), released }
}

/**
 * `ipv4: shared`: the free shared address, allocated once; with it, as flyctl's first deploy
 * would, a dedicated IPv6 (listed again, so that concurrent runs keep one).
 */
export async function ensureSharedIpv4(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  ipv6: Ipv6Need,
  logger: Logger
): Promise<AddressResult> {
  const shared = known.find((ip) => ip.type === 'shared_v4')
  let ipv4 = shared?.address
  if (!shared) {
    ipv4 = addressIn((await fly.run(allocateSharedIpv4Argv(app))).stdout, 'v4')
    logger.info(`Allocated the shared IPv4${ipv4 ? ` ${ipv4}` : ''}`)
  }
  if (!ipv6.wanted || (shared && !ipv6.newApp)) {
    return { ipv4, ipv6: publicIpv6(known), allocated: false, released: [] }
  }
  return { ipv4, allocated: false, ...(await addIpv6(fly, app, known, logger)) }
}
