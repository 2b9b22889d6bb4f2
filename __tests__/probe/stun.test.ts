import { randomBytes } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import { longTermKey } from '../../src/probe/credentials.js'
import {
  decodeChannelData,
  decodeMessage,
  encodeChannelData,
  encodeMessage,
  errorCodeValue,
  getAttribute,
  messageType,
  nextFrameLength,
  readErrorCode,
  readUnknownAttributes,
  readXorAddress,
  splitMessageType,
  StunAttr,
  StunMethod,
  textValue,
  verifyFingerprint,
  verifyIntegrity,
  xorAddressValue,
  type StunMessage
} from '../../src/probe/stun/index.js'

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex')

// RFC 5769 test vectors, as printed in turn.md §1.10.
const VECTOR_A = hex(`
00 01 00 58 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae 80 22 00 10 53 54 55 4e 20 74 65 73
74 20 63 6c 69 65 6e 74 00 24 00 04 6e 00 01 ff 80 29 00 08 93 2f f9 b1 51 26 3b 36 00 06 00 09
65 76 74 6a 3a 68 36 76 59 20 20 20 00 08 00 14 9a ea a7 0c bf d8 cb 56 78 1e f2 b5 b2 d3 f2 49
c1 b5 71 a2 80 28 00 04 e5 7a 3b cf`)
const VECTOR_B = hex(`
01 01 00 3c 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae 80 22 00 0b 74 65 73 74 20 76 65 63
74 6f 72 20 00 20 00 08 00 01 a1 47 e1 12 a6 43 00 08 00 14 2b 91 f5 99 fd 9e 90 c3 8c 74 89 f9
2a f9 ba 53 f0 6b e7 d7 80 28 00 04 c0 7d 4c 96`)
const VECTOR_C = hex(`
01 01 00 48 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae 80 22 00 0b 74 65 73 74 20 76 65 63
74 6f 72 20 00 20 00 14 00 02 a1 47 01 13 a9 fa a5 d3 f1 79 bc 25 f4 b5 be d2 b9 d9 00 08 00 14
a3 82 95 4e 4b e6 7b f1 17 84 c9 7c 82 92 c2 75 bf e3 ed 41 80 28 00 04 c8 fb 0b 4c`)
const VECTOR_D = hex(`
00 01 00 60 21 12 a4 42 78 ad 34 33 c6 ad 72 c0 29 da 41 2e 00 06 00 12 e3 83 9e e3 83 88 e3 83
aa e3 83 83 e3 82 af e3 82 b9 00 00 00 15 00 1c 66 2f 2f 34 39 39 6b 39 35 34 64 36 4f 4c 33 34
6f 4c 39 46 53 54 76 79 36 34 73 41 00 14 00 0b 65 78 61 6d 70 6c 65 2e 6f 72 67 00 00 08 00 14
f6 70 24 65 6d d6 4a 3e 02 b8 e0 71 2e 85 c9 a2 8c a8 96 66`)

const SHORT_TERM_KEY = Buffer.from('VOkJxbRl1RmTxUk/WvJxBt')
const TRANSACTION_ABC = hex('b7e7a701bc34d686fa87dfae')

function decoded(bytes: Buffer): StunMessage {
  const result = decodeMessage(bytes)
  if (!result.ok) throw new Error(result.error)
  return result.message
}

describe('RFC 5769 vectors', () => {
  test('(a) request with short-term auth: encoded byte for byte with 0x20 padding, and verified', () => {
    const encoded = encodeMessage(
      {
        method: StunMethod.Binding,
        cls: 'request',
        transactionId: TRANSACTION_ABC,
        attributes: [
          { type: StunAttr.Software, value: textValue('STUN test client') },
          { type: 0x0024, value: hex('6e0001ff') }, // PRIORITY
          { type: 0x8029, value: hex('932ff9b151263b36') }, // ICE-CONTROLLED
          { type: StunAttr.Username, value: textValue('evtj:h6vY') }
        ]
      },
      { integrityKey: SHORT_TERM_KEY, fingerprint: true, paddingByte: 0x20 }
    )
    expect(encoded.toString('hex')).toBe(VECTOR_A.toString('hex'))
    const message = decoded(VECTOR_A)
    expect(message.cls).toBe('request')
    expect(message.method).toBe(StunMethod.Binding)
    expect(getAttribute(message, StunAttr.Username)?.toString()).toBe('evtj:h6vY')
    expect(verifyIntegrity(message, SHORT_TERM_KEY)).toBe('ok')
    expect(verifyFingerprint(message)).toBe('ok')
  })

  test('(a) with zero padding gives a different MESSAGE-INTEGRITY, as turn.md records', () => {
    const zeroPadded = encodeMessage(
      {
        method: StunMethod.Binding,
        cls: 'request',
        transactionId: TRANSACTION_ABC,
        attributes: decoded(VECTOR_A)
          .attributes.filter((a) => a.type < 0x0008 || a.type > 0x0008)
          .slice(0, 4)
      },
      { integrityKey: SHORT_TERM_KEY, fingerprint: true }
    )
    expect(zeroPadded.subarray(-28, -24).toString('hex')).toBe('7907c2d2')
    expect(zeroPadded.subarray(-4).toString('hex')).toBe('e352928d')
  })

  test('(b) IPv4 response: XOR-MAPPED-ADDRESS 192.0.2.1:32853, re-encoded byte for byte', () => {
    const message = decoded(VECTOR_B)
    expect(message.cls).toBe('success')
    expect(
      readXorAddress(getAttribute(message, StunAttr.XorMappedAddress), message.transactionId)
    ).toEqual({
      family: 'IPv4',
      address: '192.0.2.1',
      port: 32853
    })
    expect(verifyIntegrity(message, SHORT_TERM_KEY)).toBe('ok')
    expect(verifyFingerprint(message)).toBe('ok')
    const again = encodeMessage(
      {
        method: StunMethod.Binding,
        cls: 'success',
        transactionId: TRANSACTION_ABC,
        attributes: [
          { type: StunAttr.Software, value: textValue('test vector') },
          {
            type: StunAttr.XorMappedAddress,
            value: xorAddressValue({ address: '192.0.2.1', port: 32853 }, TRANSACTION_ABC)
          }
        ]
      },
      { integrityKey: SHORT_TERM_KEY, fingerprint: true, paddingByte: 0x20 }
    )
    expect(again.toString('hex')).toBe(VECTOR_B.toString('hex'))
  })

  test('(c) IPv6 response: XOR-MAPPED-ADDRESS uses the transaction ID, re-encoded byte for byte', () => {
    const message = decoded(VECTOR_C)
    const address = readXorAddress(
      getAttribute(message, StunAttr.XorMappedAddress),
      message.transactionId
    )
    expect(address).toEqual({
      family: 'IPv6',
      address: '2001:db8:1234:5678:11:2233:4455:6677',
      port: 32853
    })
    expect(verifyIntegrity(message, SHORT_TERM_KEY)).toBe('ok')
    expect(verifyFingerprint(message)).toBe('ok')
    const again = encodeMessage(
      {
        method: StunMethod.Binding,
        cls: 'success',
        transactionId: TRANSACTION_ABC,
        attributes: [
          { type: StunAttr.Software, value: textValue('test vector') },
          {
            type: StunAttr.XorMappedAddress,
            value: xorAddressValue(
              { address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
              TRANSACTION_ABC
            )
          }
        ]
      },
      { integrityKey: SHORT_TERM_KEY, fingerprint: true, paddingByte: 0x20 }
    )
    expect(again.toString('hex')).toBe(VECTOR_C.toString('hex'))
  })

  test('(d) long-term auth: key from SASLprep(password), encoded byte for byte', () => {
    const username = '\u30de\u30c8\u30ea\u30c3\u30af\u30b9'
    const key = longTermKey(username, 'example.org', 'The\u00adM\u00aatr\u2168')
    expect(key.toString('hex')).toBe('e8ca7ad59d5eb0518e312911d2dab2a9')
    const transactionId = hex('78ad3433c6ad72c029da412e')
    const encoded = encodeMessage(
      {
        method: StunMethod.Binding,
        cls: 'request',
        transactionId,
        attributes: [
          { type: StunAttr.Username, value: textValue(username) },
          { type: StunAttr.Nonce, value: textValue('f//499k954d6OL34oL9FSTvy64sA') },
          { type: StunAttr.Realm, value: textValue('example.org') }
        ]
      },
      { integrityKey: key }
    )
    expect(encoded.toString('hex')).toBe(VECTOR_D.toString('hex'))
    const message = decoded(VECTOR_D)
    expect(verifyIntegrity(message, key)).toBe('ok')
    expect(verifyFingerprint(message)).toBe('missing')
  })

  test('a flipped bit fails both FINGERPRINT and MESSAGE-INTEGRITY', () => {
    const tampered = Buffer.from(VECTOR_B)
    tampered[27] ^= 0x01
    const message = decoded(tampered)
    expect(verifyFingerprint(message)).toBe('mismatch')
    expect(verifyIntegrity(message, SHORT_TERM_KEY)).toBe('mismatch')
    expect(verifyIntegrity(decoded(VECTOR_B), Buffer.from('wrong password'))).toBe('mismatch')
  })
})

describe('message types', () => {
  test.each([
    [StunMethod.Binding, 'request', 0x0001],
    [StunMethod.Binding, 'success', 0x0101],
    [StunMethod.Binding, 'error', 0x0111],
    [StunMethod.Allocate, 'request', 0x0003],
    [StunMethod.Allocate, 'success', 0x0103],
    [StunMethod.Allocate, 'error', 0x0113],
    [StunMethod.Refresh, 'error', 0x0114],
    [StunMethod.Send, 'indication', 0x0016],
    [StunMethod.Data, 'indication', 0x0017],
    [StunMethod.CreatePermission, 'success', 0x0108],
    [StunMethod.ChannelBind, 'error', 0x0119]
  ] as const)('method %i, class %s -> type %i', (method, cls, type) => {
    expect(messageType(method, cls)).toBe(type)
    expect(splitMessageType(type)).toEqual({ method, cls })
  })
})

describe('attributes', () => {
  test('ERROR-CODE round-trips and loses the NULs coturn pads reasons with', () => {
    expect(readErrorCode(errorCodeValue(438, 'Stale nonce\0'))).toEqual({
      code: 438,
      reason: 'Stale nonce'
    })
    expect(readErrorCode(errorCodeValue(401, 'Unauthorized'))).toEqual({
      code: 401,
      reason: 'Unauthorized'
    })
    expect(readErrorCode(Buffer.from([0, 0, 9, 0]))).toBeUndefined()
    expect(readErrorCode(Buffer.from([0, 0]))).toBeUndefined()
  })

  test('UNKNOWN-ATTRIBUTES lists 16-bit types', () => {
    expect(readUnknownAttributes(hex('00330034'))).toEqual([0x33, 0x34])
  })

  test.each(['10.1.2.3', '::1', 'fe80::1:2', '2001:db8::', '::ffff:192.0.2.1'])(
    'XOR address %s survives a round trip',
    (address) => {
      const id = randomBytes(12)
      const back = readXorAddress(xorAddressValue({ address, port: 40001 }, id), id)
      expect(back?.port).toBe(40001)
      expect(back?.address).toBe(address === '::ffff:192.0.2.1' ? '::ffff:c000:201' : address)
    }
  )
})

describe('ChannelData and stream framing', () => {
  test('ChannelData is padded on streams and decoded back', () => {
    const frame = encodeChannelData(0x4000, Buffer.from('hello'), true)
    expect(frame.length).toBe(12)
    expect(nextFrameLength(frame)).toBe(12)
    const back = decodeChannelData(frame)
    expect(back.ok && back.data.toString()).toBe('hello')
    expect(decodeChannelData(hex('3fff0000')).ok).toBe(false)
  })

  test('a STUN frame is header plus length; garbage is an error; short is "need more"', () => {
    expect(nextFrameLength(VECTOR_B)).toBe(VECTOR_B.length)
    expect(nextFrameLength(VECTOR_B.subarray(0, 3))).toBeUndefined()
    // A TLS record (0x16 0x03 ...) where STUN was expected, and a byte no frame starts with.
    expect(nextFrameLength(hex('160301005a010000560303'))).toEqual({ error: expect.any(String) })
    expect(nextFrameLength(hex('80000004'))).toEqual({ error: expect.any(String) })
    expect(nextFrameLength(hex('0001000012345678'))).toEqual({ error: expect.any(String) })
  })
})

describe('hostile input', () => {
  test('typed errors for malformed messages', () => {
    expect(decodeMessage(Buffer.alloc(10))).toEqual({ ok: false, error: 'too short (10 bytes)' })
    expect(decodeMessage(Buffer.concat([hex('c001'), VECTOR_B.subarray(2)])).ok).toBe(false)
    const wrongLength = Buffer.from(VECTOR_B)
    wrongLength.writeUInt16BE(0x40, 2)
    expect(decodeMessage(wrongLength).ok).toBe(false)
    const overrun = Buffer.from(VECTOR_B)
    overrun.writeUInt16BE(0x00ff, 22)
    expect(decodeMessage(overrun)).toEqual({
      ok: false,
      error: expect.stringContaining('overruns')
    })
  })

  test('100,000 random and mutated buffers decode without an exception', () => {
    const seeds = [VECTOR_A, VECTOR_B, VECTOR_C, VECTOR_D]
    let decodedOk = 0
    let untyped = 0
    for (let i = 0; i < 100_000; i++) {
      let bytes: Buffer
      if (i % 2 === 0) {
        bytes = randomBytes(i % 97)
        // Half of the random ones get a valid-looking header so the attribute walker is exercised.
        if (i % 4 === 0 && bytes.length >= 20) {
          bytes[0] &= 0x3f
          bytes.writeUInt32BE(0x2112a442, 4)
          bytes.writeUInt16BE((bytes.length - 20) & ~3, 2)
        }
      } else {
        bytes = Buffer.from(seeds[i % 4])
        const flips = 1 + (i % 5)
        for (let f = 0; f < flips; f++) bytes[(i * 7 + f * 13) % bytes.length] = (i * 31 + f) & 0xff
        if (i % 3 === 0) bytes = bytes.subarray(0, (i * 11) % bytes.length)
      }
      const result = decodeMessage(bytes)
      if (result.ok) {
        decodedOk++
        // Readers on hostile attribute values must not throw either.
        for (const attribute of result.message.attributes) {
          readXorAddress(attribute.value, result.message.transactionId)
          readErrorCode(attribute.value)
          readUnknownAttributes(attribute.value)
        }
        verifyIntegrity(result.message, SHORT_TERM_KEY)
        verifyFingerprint(result.message)
      } else if (typeof result.error !== 'string' || result.error === '') {
        untyped++
      }
      decodeChannelData(bytes)
      nextFrameLength(bytes)
    }
    expect(untyped).toBe(0)
    expect(decodedOk).toBeGreaterThan(1000)
  })
})
