/**
 * Name resolution the probe can abandon at its deadline. The system resolver (getaddrinfo,
 * behind dns.lookup) cannot be cancelled: a resolver that never answers keeps one of libuv's
 * threads busy, and Node joins those threads at exit, so even process.exit would wait for it
 * (30 s and more). So names are looked up in /etc/hosts, then over DNS with c-ares, whose queries
 * are cancelled at the deadline; IPv4 first, as Fly carries UDP only on a dedicated IPv4.
 */
import { readFileSync } from 'node:fs'
import { Resolver } from 'node:dns/promises'
import type { LookupAddress, LookupOptions } from 'node:dns'
import { ProbeFailure } from '../failure.js'
import { ipFamily, type IpFamily } from '../ip.js'

export interface Resolved {
  address: string
  family: IpFamily
}

const HOSTS_FILE = '/etc/hosts'

/** The first address /etc/hosts gives `name` (IPv4 before IPv6), if any. */
export function fromHostsFile(name: string, text?: string): Resolved | undefined {
  let hosts = text
  if (hosts === undefined) {
    try {
      hosts = readFileSync(HOSTS_FILE, 'utf8')
    } catch {
      hosts = ''
    }
  }
  const wanted = name.toLowerCase().replace(/\.$/, '')
  const found: Resolved[] = []
  for (const line of hosts.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/)
    const family = address ? ipFamily(address) : undefined
    if (family && names.some((n) => n.toLowerCase() === wanted)) found.push({ address, family })
  }
  if (found.length === 0 && wanted === 'localhost') return { address: '127.0.0.1', family: 'IPv4' }
  return found.find((r) => r.family === 'IPv4') ?? found[0]
}

async function overDns(name: string, resolver: Resolver): Promise<Resolved> {
  try {
    return { address: (await resolver.resolve4(name))[0], family: 'IPv4' }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Only "no such record" is worth asking again for AAAA; a timeout or cancel is final.
    if (code !== 'ENODATA' && code !== 'ENOTFOUND') throw error
    return { address: (await resolver.resolve6(name))[0], family: 'IPv6' }
  }
}

/** Resolves `host` (an IP literal passes through) by `deadline` (epoch ms), or fails dns-error. */
export async function resolveHost(
  host: string,
  deadline = Infinity,
  signal?: AbortSignal
): Promise<Resolved> {
  const literal = host.replace(/^\[|\]$/g, '')
  const family = ipFamily(literal)
  if (family) return { address: literal, family }
  const listed = fromHostsFile(host)
  if (listed) return listed
  const started = Date.now()
  const resolver = new Resolver()
  const cancel = (): void => resolver.cancel()
  const timer =
    deadline === Infinity ? undefined : setTimeout(cancel, Math.max(0, deadline - started))
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    return await overDns(host, resolver)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (signal?.aborted) throw new ProbeFailure('aborted', 'aborted')
    const why =
      code === 'ECANCELLED'
        ? `the resolver did not answer in ${Date.now() - started} ms`
        : (code ?? 'lookup failed')
    throw new ProbeFailure('dns-error', `cannot resolve ${host}: ${why}`, code)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', cancel)
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number
) => void

/** A `lookup` for http/net that resolves like the probe does, by the same deadline. */
export function lookupBy(deadline: number, signal?: AbortSignal) {
  return (host: string, options: LookupOptions, callback: LookupCallback): void => {
    resolveHost(host, deadline, signal).then(
      ({ address, family }) => {
        const number = family === 'IPv6' ? 6 : 4
        if (options.all) callback(null, [{ address, family: number }])
        else callback(null, address, number)
      },
      (error: NodeJS.ErrnoException) => callback(error, '')
    )
  }
}
