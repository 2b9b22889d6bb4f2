// @ts-check
// The Fishjam stand-in's side of the peer WebSocket protocol (fishjam/peer_notifications.proto):
// PeerMessage { oneof { Authenticated authenticated = 1; AuthRequest auth_request = 2;
// MediaEvent media_event = 3 } }, each a length-delimited field whose lengths are varints, and
// Phoenix.Token-like peer tokens (signed with FJ_SECRET_KEY_BASE, longer than 127 bytes).
import { createHmac, timingSafeEqual } from 'node:crypto'
import { parseJson } from './store.js'

/** @param {number} n */
function varint(n) {
  const out = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 0x80)
  }
  out.push(n)
  return Buffer.from(out)
}

/**
 * @param {number} tag
 * @param {Buffer} body
 */
function lengthDelimited(tag, body) {
  return Buffer.concat([Buffer.from([tag]), varint(body.length), body])
}

/** `0a 00`: protobuf-elixir encodes the set, empty Authenticated as tag plus zero length. */
export const AUTHENTICATED = lengthDelimited(0x0a, Buffer.alloc(0))

/** @param {string} json */
export function mediaEventFrame(json) {
  return lengthDelimited(0x1a, lengthDelimited(0x0a, Buffer.from(json, 'utf8')))
}

/**
 * @param {Buffer} bytes
 * @param {number} at
 * @returns {{ tag: number, body: Buffer, end: number } | null}
 */
function readField(bytes, at) {
  const tag = bytes[at]
  let length = 0
  let scale = 1
  let i = at + 1
  for (; i < bytes.length; i++) {
    length += (bytes[i] & 0x7f) * scale
    scale *= 0x80
    if ((bytes[i] & 0x80) === 0) break
  }
  const start = i + 1
  if (tag === undefined || i >= bytes.length || start + length > bytes.length) return null
  return { tag, body: bytes.subarray(start, start + length), end: start + length }
}

/**
 * A client frame: { kind: 'auth', token } | { kind: 'media', data } | null (anything else).
 * @param {Buffer} bytes
 * @returns {{ kind: 'auth', token: string } | { kind: 'media', data: string } | null}
 */
export function decodeClientFrame(bytes) {
  const outer = readField(bytes, 0)
  if (!outer || outer.end !== bytes.length) return null
  const inner = outer.body.length === 0 ? null : readField(outer.body, 0)
  const text = inner && inner.tag === 0x0a ? inner.body.toString('utf8') : ''
  if (outer.tag === 0x12) return { kind: 'auth', token: text }
  if (outer.tag === 0x1a) return { kind: 'media', data: text }
  return null
}

/** @typedef {{ peer_id: string, room_id: string }} PeerTokenData */

/** @param {Buffer} b */
const b64url = (b) => b.toString('base64url')

/**
 * A peer token: "SFMyNTY." (base64 of HS256, as Phoenix.Token starts) + payload + "." + MAC.
 * @param {string} keyBase
 * @param {{ peer_id: string, room_id: string }} data
 */
export function signPeerToken(keyBase, data) {
  const payload = b64url(Buffer.from(JSON.stringify({ data, signed: Date.now(), max_age: 86400 })))
  const mac = createHmac('sha256', keyBase).update(`SFMyNTY.${payload}`).digest()
  return `SFMyNTY.${payload}.${b64url(mac)}`
}

/**
 * The token's data, or the reason Fishjam's peer socket would close with.
 * @param {string} keyBase
 * @param {string} token
 * @returns {{ peer_id: string, room_id: string } | 'missing token' | 'invalid token' | 'expired token'}
 */
export function verifyPeerToken(keyBase, token) {
  if (token === '') return 'missing token'
  const [head, payload, mac] = token.split('.')
  if (head !== 'SFMyNTY' || !payload || !mac) return 'invalid token'
  const expected = createHmac('sha256', keyBase).update(`SFMyNTY.${payload}`).digest()
  const given = Buffer.from(mac, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid token'
  const text = Buffer.from(payload, 'base64url').toString('utf8')
  const parsed = /** @type {{ data: PeerTokenData, signed: number, max_age: number }} */ (
    parseJson(text)
  )
  if (Date.now() - parsed.signed > parsed.max_age * 1000) return 'expired token'
  return parsed.data
}
