/** Where a channel talks from: the local address to bind. */
import { ipFamily, isLoopback } from '../ip.js'

/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
export function localAddressFor(remote: string): string | undefined {
  if (!isLoopback(remote)) return undefined
  return ipFamily(remote) === 'IPv6' ? '::1' : '127.0.0.1'
}
