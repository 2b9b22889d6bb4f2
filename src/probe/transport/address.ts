/** Where a channel talks to and from: the server's resolved address and the local one to bind. */
import { lookup } from 'node:dns/promises'
import { ProbeFailure } from '../failure.js'
import { ipFamily, isLoopback, type IpFamily } from '../ip.js'

/** Resolves a host name (or passes an IP literal through) to the address to talk to. */
export async function resolveHost(host: string): Promise<{ address: string; family: IpFamily }> {
  const literal = host.replace(/^\[|\]$/g, '')
  const family = ipFamily(literal)
  if (family) return { address: literal, family }
  try {
    const found = await lookup(host)
    return { address: found.address, family: found.family === 6 ? 'IPv6' : 'IPv4' }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ProbeFailure('dns-error', `cannot resolve ${host} (${code ?? 'lookup failed'})`, code)
  }
}

/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
export function localAddressFor(remote: string): string | undefined {
  if (!isLoopback(remote)) return undefined
  return ipFamily(remote) === 'IPv6' ? '::1' : '127.0.0.1'
}
