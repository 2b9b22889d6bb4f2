/**
 * IP address <-> bytes, without I/O. STUN carries addresses as raw bytes (XOR-ed with the magic
 * cookie and, for IPv6, the transaction ID), so the codec needs exact conversions both ways.
 */
import { isIPv4, isIPv6 } from 'node:net'

export type IpFamily = 'IPv4' | 'IPv6'

export interface TransportAddress {
  family: IpFamily
  address: string
  port: number
}

/** Formats an address as host:port, with IPv6 literals in brackets. */
export function formatAddress(a: { address: string; port: number }): string {
  return isIPv6(a.address) ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`
}

export function ipFamily(ip: string): IpFamily | undefined {
  if (isIPv4(ip)) return 'IPv4'
  if (isIPv6(ip)) return 'IPv6'
  return undefined
}

/** 4 or 16 bytes of an IP literal; throws on anything that is not one (callers validate first). */
export function ipToBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split('.').map((part) => Number(part)))
  if (!isIPv6(ip)) throw new Error(`not an IP address: ${ip}`)
  let text = ip.split('%')[0]
  const bytes = Buffer.alloc(16)
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4Tail) {
    const v4 = ipToBytes(v4Tail[1])
    text = `${text.slice(0, -v4Tail[1].length)}${v4.readUInt16BE(0).toString(16)}:${v4.readUInt16BE(2).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':')
  const zeros = 8 - headGroups.length - tailGroups.length
  const groups = [
    ...headGroups,
    ...Array<string>(tail === undefined ? 0 : zeros).fill('0'),
    ...tailGroups
  ]
  groups.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2))
  return bytes
}

/** Formats 4 or 16 bytes as an IP literal; IPv6 in the RFC 5952 canonical form. */
export function bytesToIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.')
  const groups: number[] = []
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1])
  // RFC 5952: compress the longest run (first one on ties) of two or more zero groups.
  let bestStart = -1
  let bestLength = 1
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start++
      continue
    }
    let end = start
    while (end < 8 && groups[end] === 0) end++
    if (end - start > bestLength) {
      bestStart = start
      bestLength = end - start
    }
    start = end
  }
  const hex = groups.map((g) => g.toString(16))
  if (bestStart < 0) return hex.join(':')
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`
}

/** True for 127.0.0.0/8 and ::1: where a local test talks, and where a probe binds locally. */
export function isLoopback(ip: string): boolean {
  if (isIPv4(ip)) return ip.startsWith('127.')
  return isIPv6(ip) && bytesToIp(ipToBytes(ip)) === '::1'
}
