/**
 * ChannelData (RFC 8656 §12.4), and the framing of a TCP/TLS stream that carries both STUN
 * messages and ChannelData frames.
 */
import { HEADER_LENGTH, MAGIC_COOKIE, readUint32 } from './message.js'

export const MIN_CHANNEL = 0x4000
export const MAX_CHANNEL = 0x7fff

/** ChannelData frame; `pad` rounds it to 4 bytes, which TCP and TLS require. */
export function encodeChannelData(channel: number, data: Buffer, pad: boolean): Buffer {
  const total = 4 + (pad ? (data.length + 3) & ~3 : data.length)
  const out = Buffer.alloc(total)
  out.writeUInt16BE(channel, 0)
  out.writeUInt16BE(data.length, 2)
  data.copy(out, 4)
  return out
}

export type ChannelDataResult =
  { ok: true; channel: number; data: Buffer } | { ok: false; error: string }

export function decodeChannelData(input: Uint8Array): ChannelDataResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  if (bytes.length < 4) return { ok: false, error: 'too short for ChannelData' }
  const channel = bytes.readUInt16BE(0)
  if (channel < MIN_CHANNEL || channel > MAX_CHANNEL) {
    return { ok: false, error: `channel 0x${channel.toString(16)} out of range` }
  }
  const length = bytes.readUInt16BE(2)
  if (4 + length > bytes.length) return { ok: false, error: 'ChannelData length overruns' }
  return { ok: true, channel, data: bytes.subarray(4, 4 + length) }
}

/**
 * Stream framing for TCP/TLS: how many bytes the next STUN or ChannelData frame takes,
 * `undefined` while more bytes are needed, or an error when the stream is not STUN at all.
 */
export function nextFrameLength(buffered: Uint8Array): number | undefined | { error: string } {
  if (buffered.length < 4) return undefined
  const first = buffered[0]
  const length = (buffered[2] << 8) | buffered[3]
  if (first < 0x40) {
    if (buffered.length >= 8 && readUint32(buffered, 4) !== MAGIC_COOKIE) {
      return { error: 'stream carries no STUN magic cookie' }
    }
    return HEADER_LENGTH + length
  }
  if (first < 0x80) return 4 + ((length + 3) & ~3)
  return { error: `byte 0x${first.toString(16)} starts neither STUN nor ChannelData` }
}
