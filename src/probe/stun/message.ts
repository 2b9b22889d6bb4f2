/**
 * STUN messages (RFC 8489 §5-6, §14.5, §14.7): the header, the attribute list, MESSAGE-INTEGRITY
 * and FINGERPRINT, with the method and attribute numbers TURN (RFC 8656) adds. Pure: no I/O, no
 * clock. Decoding never throws: hostile bytes give a typed error instead.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { crc32 } from 'node:zlib'

export const MAGIC_COOKIE = 0x2112a442
export const HEADER_LENGTH = 20
const FINGERPRINT_XOR = 0x5354554e
const INTEGRITY_LENGTH = 20

export const StunMethod = {
  Binding: 0x001,
  Allocate: 0x003,
  Refresh: 0x004,
  Send: 0x006,
  Data: 0x007,
  CreatePermission: 0x008,
  ChannelBind: 0x009
} as const

export const StunAttr = {
  MappedAddress: 0x0001,
  Username: 0x0006,
  MessageIntegrity: 0x0008,
  ErrorCode: 0x0009,
  UnknownAttributes: 0x000a,
  ChannelNumber: 0x000c,
  Lifetime: 0x000d,
  XorPeerAddress: 0x0012,
  Data: 0x0013,
  Realm: 0x0014,
  Nonce: 0x0015,
  XorRelayedAddress: 0x0016,
  RequestedAddressFamily: 0x0017,
  RequestedTransport: 0x0019,
  XorMappedAddress: 0x0020,
  Software: 0x8022,
  Fingerprint: 0x8028
} as const

/** IANA protocol numbers carried by REQUESTED-TRANSPORT. */
export const TransportProtocol = { UDP: 17, TCP: 6 } as const

export type StunClass = 'request' | 'indication' | 'success' | 'error'
const CLASS_BITS: Record<StunClass, number> = {
  request: 0b00,
  indication: 0b01,
  success: 0b10,
  error: 0b11
}
const CLASS_BY_BITS: StunClass[] = ['request', 'indication', 'success', 'error']

export interface StunAttribute {
  type: number
  value: Buffer
  /** Where the attribute's 4-byte header starts in the decoded message (decoded messages only). */
  offset?: number
}

export interface StunMessage {
  method: number
  cls: StunClass
  transactionId: Buffer
  attributes: StunAttribute[]
  /** The exact bytes a decoded message came from; integrity checks need them. */
  raw?: Buffer
}

export type DecodeResult = { ok: true; message: StunMessage } | { ok: false; error: string }

/** Interleaves method and class bits: M11..M7 C1 M6..M4 C0 M3..M0. */
export function messageType(method: number, cls: StunClass): number {
  const c = CLASS_BITS[cls]
  return (
    ((method & 0xf80) << 2) |
    ((method & 0x070) << 1) |
    (method & 0x00f) |
    ((c & 0b10) << 7) |
    ((c & 0b01) << 4)
  )
}

export function splitMessageType(type: number): { method: number; cls: StunClass } {
  const method = ((type >> 2) & 0xf80) | ((type >> 1) & 0x070) | (type & 0x00f)
  const c = ((type >> 7) & 0b10) | ((type >> 4) & 0b01)
  return { method, cls: CLASS_BY_BITS[c] }
}

export interface EncodeOptions {
  /** Appends MESSAGE-INTEGRITY computed with this key (password bytes or the long-term MD5 key). */
  integrityKey?: Buffer
  /** Appends FINGERPRINT (after MESSAGE-INTEGRITY). */
  fingerprint?: boolean
  /** Value of the padding bytes; any value is legal and RFC 5769's vectors use 0x20. */
  paddingByte?: number
}

function encodeAttribute(type: number, value: Buffer, paddingByte: number): Buffer {
  const padded = (value.length + 3) & ~3
  const out = Buffer.alloc(4 + padded, paddingByte)
  out.writeUInt16BE(type, 0)
  out.writeUInt16BE(value.length, 2)
  value.copy(out, 4)
  return out
}

function header(type: number, length: number, transactionId: Buffer): Buffer {
  const out = Buffer.alloc(HEADER_LENGTH)
  out.writeUInt16BE(type, 0)
  out.writeUInt16BE(length, 2)
  out.writeUInt32BE(MAGIC_COOKIE, 4)
  transactionId.copy(out, 8)
  return out
}

export function encodeMessage(message: StunMessage, options: EncodeOptions = {}): Buffer {
  if (message.transactionId.length !== 12) throw new Error('a transaction ID has 12 bytes')
  const padding = options.paddingByte ?? 0
  const type = messageType(message.method, message.cls)
  const body = Buffer.concat(
    message.attributes.map((a) => encodeAttribute(a.type, a.value, padding))
  )
  let bytes = Buffer.concat([header(type, body.length, message.transactionId), body])
  if (options.integrityKey) {
    // The length field must already count MESSAGE-INTEGRITY (and nothing after it) when hashing.
    bytes.writeUInt16BE(body.length + 4 + INTEGRITY_LENGTH, 2)
    const mac = createHmac('sha1', options.integrityKey).update(bytes).digest()
    bytes = Buffer.concat([bytes, encodeAttribute(StunAttr.MessageIntegrity, mac, padding)])
  }
  if (options.fingerprint) {
    bytes.writeUInt16BE(bytes.length - HEADER_LENGTH + 8, 2)
    const value = Buffer.alloc(4)
    value.writeUInt32BE((crc32(bytes) ^ FINGERPRINT_XOR) >>> 0)
    bytes = Buffer.concat([bytes, encodeAttribute(StunAttr.Fingerprint, value, padding)])
  }
  return bytes
}

/** True when the bytes look like the start of a STUN message (RFC 7983 demultiplexing). */
export function isStunLike(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_LENGTH && bytes[0] < 4 && readUint32(bytes, 4) === MAGIC_COOKIE
}

/** A big-endian 32-bit number from any byte array (Buffer's reader needs a Buffer). */
export function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0
}

export function decodeMessage(input: Uint8Array): DecodeResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  if (bytes.length < HEADER_LENGTH) return { ok: false, error: `too short (${bytes.length} bytes)` }
  if ((bytes[0] & 0xc0) !== 0) return { ok: false, error: 'not STUN (first two bits are not 0)' }
  if (bytes.readUInt32BE(4) !== MAGIC_COOKIE) return { ok: false, error: 'no magic cookie' }
  const length = bytes.readUInt16BE(2)
  if (length % 4 !== 0) return { ok: false, error: `length ${length} is not a multiple of 4` }
  if (length !== bytes.length - HEADER_LENGTH) {
    return {
      ok: false,
      error: `length field ${length} but ${bytes.length - HEADER_LENGTH} bytes follow`
    }
  }
  const attributes: StunAttribute[] = []
  let at = HEADER_LENGTH
  while (at < bytes.length) {
    if (at + 4 > bytes.length) return { ok: false, error: `truncated attribute header at ${at}` }
    const type = bytes.readUInt16BE(at)
    const valueLength = bytes.readUInt16BE(at + 2)
    const padded = (valueLength + 3) & ~3
    if (at + 4 + padded > bytes.length) {
      return { ok: false, error: `attribute 0x${type.toString(16)} overruns the message` }
    }
    attributes.push({ type, value: bytes.subarray(at + 4, at + 4 + valueLength), offset: at })
    at += 4 + padded
  }
  const { method, cls } = splitMessageType(bytes.readUInt16BE(0))
  const transactionId = bytes.subarray(8, 20)
  return { ok: true, message: { method, cls, transactionId, attributes, raw: bytes } }
}

export function getAttribute(message: StunMessage, type: number): Buffer | undefined {
  return message.attributes.find((a) => a.type === type)?.value
}

export type CheckResult = 'ok' | 'missing' | 'mismatch'

/** Verifies MESSAGE-INTEGRITY of a decoded message with the given key (RFC 8489 §14.5). */
export function verifyIntegrity(message: StunMessage, key: Buffer): CheckResult {
  const attribute = message.attributes.find((a) => a.type === StunAttr.MessageIntegrity)
  if (!attribute || attribute.offset === undefined || !message.raw) return 'missing'
  if (attribute.value.length !== INTEGRITY_LENGTH) return 'mismatch'
  const covered = Buffer.from(message.raw.subarray(0, attribute.offset))
  covered.writeUInt16BE(attribute.offset - HEADER_LENGTH + 4 + INTEGRITY_LENGTH, 2)
  const expected = createHmac('sha1', key).update(covered).digest()
  return timingSafeEqual(expected, attribute.value) ? 'ok' : 'mismatch'
}

/** Verifies FINGERPRINT, which must be the last attribute (RFC 8489 §14.7). */
export function verifyFingerprint(message: StunMessage): CheckResult {
  const attribute = message.attributes.find((a) => a.type === StunAttr.Fingerprint)
  if (!attribute || attribute.offset === undefined || !message.raw) return 'missing'
  const isLast = attribute.offset + 8 === message.raw.length
  if (!isLast || attribute.value.length !== 4) return 'mismatch'
  const expected = (crc32(message.raw.subarray(0, attribute.offset)) ^ FINGERPRINT_XOR) >>> 0
  return expected === attribute.value.readUInt32BE(0) ? 'ok' : 'mismatch'
}
