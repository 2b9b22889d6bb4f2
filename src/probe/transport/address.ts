/** Where a channel talks to and from: the server's resolved address and the local one to bind. */
import { lookup } from 'node:dns/promises'
import { ProbeFailure } from '../failure.js'
import { ipFamily, isLoopback, type IpFamily } from '../ip.js'

/**
 * Resolves a host name (or passes an IP literal through) to the address to talk to, by the
 * deadline: the system resolver cannot be cancelled, so a resolver that never answers is raced
 * against it (the lookup finishes, unheard, on its own).
 */
export async function resolveHost(
  host: string,
  deadline = Infinity,
  signal?: AbortSignal
): Promise<{ address: string; family: IpFamily }> {
  const literal = host.replace(/^\[|\]$/g, '')
  const family = ipFamily(literal)
  if (family) return { address: literal, family }
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new ProbeFailure('aborted', 'aborted')), {
      once: true
    })
    if (deadline === Infinity) return
    timer = setTimeout(
      () =>
        reject(
          new ProbeFailure(
            'dns-error',
            `cannot resolve ${host}: the resolver did not answer in ${Date.now() - started} ms`,
            'ETIMEOUT'
          )
        ),
      Math.max(0, deadline - started)
    )
  })
  try {
    const found = await Promise.race([lookup(host), late])
    return { address: found.address, family: found.family === 6 ? 'IPv6' : 'IPv4' }
  } catch (error) {
    if (error instanceof ProbeFailure) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new ProbeFailure('dns-error', `cannot resolve ${host} (${code ?? 'lookup failed'})`, code)
  } finally {
    clearTimeout(timer)
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
