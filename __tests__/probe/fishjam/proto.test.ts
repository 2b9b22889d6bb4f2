/** Fishjam's peer WebSocket framing, against the byte examples of fishjam.md §2.3. */
import { describe, expect, test } from '@jest/globals'
import {
  decodePeerMessage,
  decodeVarint,
  encodeAuthenticated,
  encodeAuthRequest,
  encodeMediaEvent,
  encodeVarint
} from '../../../src/probe/fishjam/proto.js'

const hex = (bytes: Buffer, count = bytes.length): string =>
  bytes.subarray(0, count).toString('hex').replace(/(..)/g, '$1 ').trim()

describe('varints', () => {
  test.each([
    [0, '00'],
    [43, '2b'],
    [127, '7f'],
    [128, '80 01'],
    [215, 'd7 01'],
    [218, 'da 01'],
    [16383, 'ff 7f'],
    [16384, '80 80 01']
  ])('%i is %s, and reads back', (value, bytes) => {
    expect(hex(encodeVarint(value))).toBe(bytes)
    const encoded = Buffer.concat([Buffer.from([0xee]), encodeVarint(value)])
    expect(decodeVarint(encoded, 1)).toEqual({ value, next: encoded.length })
  })

  test('a varint cut short is undefined, a negative or fractional value is refused', () => {
    expect(decodeVarint(Buffer.from([0x80]), 0)).toBeUndefined()
    expect(() => encodeVarint(-1)).toThrow(RangeError)
    expect(() => encodeVarint(1.5)).toThrow(RangeError)
  })
})

describe('PeerMessage frames (fishjam.md §2.3)', () => {
  test('Authenticated is exactly 0a 00', () => {
    expect(hex(encodeAuthenticated())).toBe('0a 00')
    expect(decodePeerMessage(Buffer.from([0x0a, 0x00]))).toEqual({ kind: 'authenticated' })
  })

  test('AuthRequest with a 215-byte token: 12 da 01 0a d7 01, 221 bytes (two-byte varints)', () => {
    const token = 'T'.repeat(215)
    const frame = encodeAuthRequest(token)
    expect(hex(frame, 6)).toBe('12 da 01 0a d7 01')
    expect(frame).toHaveLength(221)
    expect(decodePeerMessage(frame)).toEqual({ kind: 'auth-request', token })
  })

  test('AuthRequest with a short token uses one-byte lengths: 12 <L+2> 0a <L>', () => {
    expect(hex(encodeAuthRequest('abc'))).toBe('12 05 0a 03 61 62 63')
  })

  test('connect with null metadata (43 B): 1a 2d 0a 2b 7b 22..., 47 B', () => {
    const json = '{"type":"connect","data":{"metadata":null}}'
    expect(Buffer.byteLength(json)).toBe(43)
    const frame = encodeMediaEvent(json)
    expect(hex(frame, 6)).toBe('1a 2d 0a 2b 7b 22')
    expect(frame).toHaveLength(47)
    expect(decodePeerMessage(frame)).toEqual({ kind: 'media-event', data: json })
  })

  test('renegotiateTracks (53 B): 1a 37 0a 35, 57 B', () => {
    const json = '{"type":"custom","data":{"type":"renegotiateTracks"}}'
    const frame = encodeMediaEvent(json)
    expect(hex(frame, 4)).toBe('1a 37 0a 35')
    expect(frame).toHaveLength(57)
  })

  test('a media event longer than 127 bytes takes two-byte lengths and decodes whole', () => {
    const json = JSON.stringify({ type: 'custom', data: { pad: 'x'.repeat(300) } })
    const frame = encodeMediaEvent(json)
    expect(frame[1] & 0x80).toBe(0x80)
    expect(decodePeerMessage(frame)).toEqual({ kind: 'media-event', data: json })
  })

  test.each([
    ['empty', '', 'the message is empty'],
    ['a length past the end', '1a 05 0a 03 61', 'claims 5 bytes'],
    ['bytes after the message', '0a 00 00', 'bytes after the message'],
    ['a varint field', '08 01', 'not length-delimited'],
    ['an unknown field', '22 00', 'unknown field tag 0x22']
  ])('%s is not a PeerMessage', (_name, bytes, why) => {
    const buffer = Buffer.from(bytes.replace(/ /g, ''), 'hex')
    expect(() => decodePeerMessage(buffer)).toThrow(why)
  })
})
