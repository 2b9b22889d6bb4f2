/**
 * Attribute values (RFC 8489 §14, RFC 8656 §18): each encoder builds the bytes of one attribute's
 * value, each reader returns undefined for a value it cannot read, never throws on hostile bytes.
 */
import { bytesToIp, ipFamily, ipToBytes, type TransportAddress } from '../ip.js'
import { MAGIC_COOKIE } from './message.js'

export function textValue(text: string): Buffer {
  return Buffer.from(text, 'utf8')
}

export function uint32Value(n: number): Buffer {
  const out = Buffer.alloc(4)
  out.writeUInt32BE(n >>> 0)
  return out
}

export function readUint32Value(value: Buffer | undefined): number | undefined {
  return value?.length === 4 ? value.readUInt32BE(0) : undefined
}

/** REQUESTED-TRANSPORT: protocol number, then 3 reserved bytes. */
export function requestedTransportValue(protocol: number): Buffer {
  return Buffer.from([protocol, 0, 0, 0])
}

/** CHANNEL-NUMBER: 16-bit channel, then 16 reserved bits. */
export function channelNumberValue(channel: number): Buffer {
  const out = Buffer.alloc(4)
  out.writeUInt16BE(channel, 0)
  return out
}

export function readChannelNumber(value: Buffer | undefined): number | undefined {
  return value?.length === 4 ? value.readUInt16BE(0) : undefined
}

export interface StunError {
  code: number
  reason: string
}

export function errorCodeValue(code: number, reason: string): Buffer {
  const text = Buffer.from(reason, 'utf8')
  const out = Buffer.alloc(4 + text.length)
  out[2] = Math.floor(code / 100)
  out[3] = code % 100
  text.copy(out, 4)
  return out
}

/** ERROR-CODE; NULs are stripped from the reason (coturn 4.6.1 pads reasons with them). */
export function readErrorCode(value: Buffer | undefined): StunError | undefined {
  if (!value || value.length < 4) return undefined
  const hundreds = value[2] & 0x07
  const number = value[3]
  if (hundreds < 3 || hundreds > 6 || number > 99) return undefined
  const reason = value.subarray(4).toString('utf8').replace(/\0/g, '').trim()
  return { code: hundreds * 100 + number, reason }
}

export function readUnknownAttributes(value: Buffer | undefined): number[] {
  if (!value) return []
  const types: number[] = []
  for (let at = 0; at + 2 <= value.length; at += 2) types.push(value.readUInt16BE(at))
  return types
}

function addressMask(family: 'IPv4' | 'IPv6', transactionId: Buffer): Buffer {
  const mask = Buffer.alloc(family === 'IPv4' ? 4 : 16)
  mask.writeUInt32BE(MAGIC_COOKIE, 0)
  if (family === 'IPv6') transactionId.copy(mask, 4)
  return mask
}

/** XOR-MAPPED-ADDRESS / XOR-RELAYED-ADDRESS / XOR-PEER-ADDRESS value (RFC 8489 §14.2). */
export function xorAddressValue(
  address: { address: string; port: number },
  transactionId: Buffer
): Buffer {
  const family = ipFamily(address.address)
  if (!family) throw new Error(`not an IP address: ${address.address}`)
  const ip = ipToBytes(address.address)
  const mask = addressMask(family, transactionId)
  const out = Buffer.alloc(4 + ip.length)
  out[1] = family === 'IPv4' ? 1 : 2
  out.writeUInt16BE(address.port ^ (MAGIC_COOKIE >>> 16), 2)
  for (let i = 0; i < ip.length; i++) out[4 + i] = ip[i] ^ mask[i]
  return out
}

function readFamilyAndBytes(value: Buffer): { family: 'IPv4' | 'IPv6'; ip: Buffer } | undefined {
  if (value.length === 8 && value[1] === 1) return { family: 'IPv4', ip: value.subarray(4, 8) }
  if (value.length === 20 && value[1] === 2) return { family: 'IPv6', ip: value.subarray(4, 20) }
  return undefined
}

export function readXorAddress(
  value: Buffer | undefined,
  transactionId: Buffer
): TransportAddress | undefined {
  const parsed = value && readFamilyAndBytes(value)
  if (!value || !parsed) return undefined
  const mask = addressMask(parsed.family, transactionId)
  const ip = Buffer.from(parsed.ip.map((byte, i) => byte ^ mask[i]))
  const port = value.readUInt16BE(2) ^ (MAGIC_COOKIE >>> 16)
  return { family: parsed.family, address: bytesToIp(ip), port }
}

/** The legacy, non-XOR MAPPED-ADDRESS. */
export function readPlainAddress(value: Buffer | undefined): TransportAddress | undefined {
  const parsed = value && readFamilyAndBytes(value)
  if (!value || !parsed) return undefined
  return { family: parsed.family, address: bytesToIp(parsed.ip), port: value.readUInt16BE(2) }
}
