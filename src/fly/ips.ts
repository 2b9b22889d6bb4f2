/**
 * Step 5: exactly one dedicated IPv4 when UDP is exposed. Reuse the oldest `v4`; otherwise
 * allocate one, then list again: when concurrent runs both allocated, every run keeps the oldest
 * and the run that made a younger one releases it, so the app ends with one paid address.
 */
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
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
  const output = await fly.run(['ips', 'allocate-v4', '--yes', '--app', app])
  const after = await fly.json(['ips', 'list', '--app', app, '--json'], parseIpList, {
    readOnly: true
  })
  // flyctl prints the new address in a table row; failing that, it is the one new v4 in the list.
  const printed = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(output.stdout)?.[1]
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
    await fly.run(['ips', 'release', mine, '--app', app])
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
  const output = await fly.run(['ips', 'allocate-v4', '--shared', '--app', app])
  const address = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(output.stdout)?.[1]
  logger.info(`Allocated the shared IPv4${address ? ` ${address}` : ''}`)
  return { ipv4: address, ipv6: publicIpv6(known), allocated: false, released: [] }
}
