/**
 * The three protobuf messages of Fishjam's peer WebSocket (fishjam/peer_notifications.proto):
 * PeerMessage { oneof { Authenticated authenticated = 1; AuthRequest auth_request = 2;
 * MediaEvent media_event = 3 } }, AuthRequest { string token = 1 }, MediaEvent { string data = 1 }.
 * Every length is a varint: a real peer token is longer than 127 bytes, so it takes two.
 */

/** Wire type 2 (length-delimited) for field numbers 1, 2, 3: `(field << 3) | 2`. */
const TAG = { authenticated: 0x0a, authRequest: 0x12, mediaEvent: 0x1a, inner: 0x0a } as const

export type PeerMessage =
  | { kind: 'authenticated' }
  | { kind: 'auth-request'; token: string }
  | { kind: 'media-event'; data: string }

/** An unsigned varint: 7 bits per byte, low bits first, the high bit set on all but the last. */
export function encodeVarint(value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`)
  const bytes: number[] = []
  let rest = value
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80)
    rest = Math.floor(rest / 0x80)
  }
  bytes.push(rest)
  return Buffer.from(bytes)
}

/** The varint at `offset` and the offset after it; undefined when the bytes end inside it. */
export function decodeVarint(
  bytes: Buffer,
  offset: number
): { value: number; next: number } | undefined {
  let value = 0
  let scale = 1
  for (let i = offset; i < bytes.length && i < offset + 8; i++) {
    value += (bytes[i] & 0x7f) * scale
    if ((bytes[i] & 0x80) === 0) return { value, next: i + 1 }
    scale *= 0x80
  }
  return undefined
}

/** `tag <varint length> <body>`: one length-delimited field. */
function field(tag: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeVarint(body.length), body])
}

/** PeerMessage.auth_request: `12 <len> 0a <len> <token>`. */
export function encodeAuthRequest(token: string): Buffer {
  return field(TAG.authRequest, field(TAG.inner, Buffer.from(token, 'utf8')))
}

/** PeerMessage.media_event: `1a <len> 0a <len> <JSON>`. */
export function encodeMediaEvent(json: string): Buffer {
  return field(TAG.mediaEvent, field(TAG.inner, Buffer.from(json, 'utf8')))
}

/** PeerMessage.authenticated: the empty message, `0a 00`. */
export function encodeAuthenticated(): Buffer {
  return field(TAG.authenticated, Buffer.alloc(0))
}

/** One length-delimited field at `offset`: its tag, body and the offset after it. */
function readField(
  bytes: Buffer,
  offset: number
): { tag: number; body: Buffer; next: number } | string {
  if (offset >= bytes.length) return 'the message is empty'
  const tag = bytes[offset]
  if ((tag & 0x07) !== 2) return `field tag 0x${tag.toString(16)} is not length-delimited`
  const length = decodeVarint(bytes, offset + 1)
  if (!length) return 'the bytes end inside a length'
  const end = length.next + length.value
  if (end > bytes.length)
    return `a field claims ${length.value} bytes, ${bytes.length - length.next} remain`
  return { tag, body: bytes.subarray(length.next, end), next: end }
}

/** The single string field 1 of AuthRequest or MediaEvent (proto3: absent means empty). */
function readString(body: Buffer): string | Error {
  if (body.length === 0) return ''
  const inner = readField(body, 0)
  if (typeof inner === 'string') return new Error(inner)
  if (inner.tag !== TAG.inner) return new Error(`unexpected inner tag 0x${inner.tag.toString(16)}`)
  return inner.body.toString('utf8')
}

/** Decodes one binary frame; throws an Error that says what is wrong with it. */
export function decodePeerMessage(bytes: Buffer): PeerMessage {
  const outer = readField(bytes, 0)
  if (typeof outer === 'string') throw new Error(`not a PeerMessage: ${outer}`)
  if (outer.next !== bytes.length) throw new Error('not a PeerMessage: bytes after the message')
  if (outer.tag === TAG.authenticated) return { kind: 'authenticated' }
  const text = readString(outer.body)
  if (text instanceof Error) throw new Error(`not a PeerMessage: ${text.message}`)
  if (outer.tag === TAG.authRequest) return { kind: 'auth-request', token: text }
  if (outer.tag === TAG.mediaEvent) return { kind: 'media-event', data: text }
  throw new Error(`not a PeerMessage: unknown field tag 0x${outer.tag.toString(16)}`)
}
