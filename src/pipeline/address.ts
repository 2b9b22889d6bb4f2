/** Step 5: the address the config and the probe need, per the `ipv4` mode. */
import type { Flyctl } from '../fly/flyctl.js'
import {
  type AddressResult,
  ensureDedicatedIpv4,
  ensureSharedIpv4,
  publicIpv6
} from '../fly/ips.js'
import type { IpAddress } from '../fly/shapes.js'
import type { Ipv4Mode } from '../inputs.js'
import type { Logger } from '../log.js'

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
