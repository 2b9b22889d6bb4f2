/**
 * Step 5: the address the config and the probe need, per the `ipv4` mode. For `dedicated`
 * (any UDP service), exactly one dedicated IPv4: reuse the oldest `v4`; otherwise allocate one,
 * then list again: when concurrent runs both allocated, every run keeps the oldest and the run
 * that made a younger one releases it, so the app ends with one paid address.
 */
import { ActionError } from '../errors.js'
import type { Ipv4Mode } from '../config/types.js'
import type { Logger } from '../log.js'
import {
  allocateDedicatedIpv4Argv,
  allocateSharedIpv4Argv,
  ipsListArgv,
  releaseIpsArgv
} from './argv.js'
import type { Flyctl } from './flyctl.js'
import { type IpAddress, parseIpList } from './shapes.js'

export interface AddressResult {
  ipv4?: string
  ipv6?: string
  allocated: boolean
  released: string[]
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
  mode: Ipv4Mode,
  logger: Logger
): Promise<AddressResult> {
  if (mode === 'dedicated') return ensureDedicatedIpv4(fly, app, known, logger)
  if (mode === 'shared') return ensureSharedIpv4(fly, app, known, logger)
  logger.info('ipv4: none: no public IPv4 is allocated')
  return Promise.resolve({ ipv6: publicIpv6(known), allocated: false, released: [] })
}

/** flyctl prints a new address in a table row; the first IPv4 literal in its output. */
function addressIn(stdout: string): string | undefined {
  return /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(stdout)?.[1]
}

export async function ensureDedicatedIpv4(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  logger: Logger
): Promise<AddressResult> {
  const existing = oldestOfType(known, 'v4')
  if (existing) {
    logger.info(`Reusing dedicated IPv4 ${existing.address}`)
    return { ipv4: existing.address, ipv6: publicIpv6(known), allocated: false, released: [] }
  }
  const output = await fly.run(allocateDedicatedIpv4Argv(app))
  const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true })
  // The address flyctl printed; failing that, the one new v4 in the list.
  const printed = addressIn(output.stdout)
  const appeared = after.filter(
    (ip) => ip.type === 'v4' && !known.some((k) => k.address === ip.address)
  )
  const mine = printed ?? (appeared.length === 1 ? appeared[0].address : undefined)
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
  const released: string[] = []
  if (mine === undefined) {
    logger.warn(
      'Could not read the allocated address from flyctl; if several runs raced, extra IPv4s may remain (see `fly ips list`)'
    )
  } else if (mine !== keep.address) {
    // Another run allocated first: ours is the younger duplicate, and only its maker releases it.
    await fly.run(releaseIpsArgv(app, [mine]))
    released.push(mine)
    logger.info(`Another run allocated ${keep.address} first; released the duplicate ${mine}`)
  } else {
    logger.info(`Allocated dedicated IPv4 ${mine}`)
  }
  // This run paid for an address unless it released it as a duplicate.
  return { ipv4: keep.address, ipv6: publicIpv6(after), allocated: released.length === 0, released }
}

/** `ipv4: shared`: the free shared address, allocated once. */
export async function ensureSharedIpv4(
  fly: Flyctl,
  app: string,
  known: readonly IpAddress[],
  logger: Logger
): Promise<AddressResult> {
  const shared = known.find((ip) => ip.type === 'shared_v4')
  if (shared)
    return { ipv4: shared.address, ipv6: publicIpv6(known), allocated: false, released: [] }
  const output = await fly.run(allocateSharedIpv4Argv(app))
  const address = addressIn(output.stdout)
  logger.info(`Allocated the shared IPv4${address ? ` ${address}` : ''}`)
  return { ipv4: address, ipv6: publicIpv6(known), allocated: false, released: [] }
}
