/** The probe's single sources: host rule, TLS failure reading, ICE URLs, checks and transports. */
import { describe, expect, test } from '@jest/globals'
import {
  DEFAULT_TLS_PORT,
  iceUrls,
  isHostOrIp,
  isProbeCheck,
  isProbeTransport,
  PROBE_CHECKS,
  PROBE_TRANSPORTS,
  stunUrl,
  tlsFailureKind,
  turnUrls
} from '../../src/probe/index.js'

describe('isHostOrIp', () => {
  test.each([
    '203.0.113.7',
    '2001:db8::1',
    '[2001:db8::1]',
    '::1',
    'localhost',
    'my-app.fly.dev',
    'my-app.fly.dev.',
    'turn_1.internal',
    'a'.repeat(63) + '.example'
  ])('%s is a host', (host) => {
    expect(isHostOrIp(host)).toBe(true)
  })

  test.each([
    '',
    'no spaces allowed',
    'example..com',
    '-leading.example',
    'trailing-.example',
    'https://x.example',
    'user@example.com',
    'host:3478',
    '[203.0.113.7]',
    '[2001:db8::1',
    '2001:db8::1]',
    '203.0.113.700',
    '1.2.3',
    'a'.repeat(64) + '.example',
    `${'a.'.repeat(127)}ab`
  ])('%j is not', (host) => {
    expect(isHostOrIp(host)).toBe(false)
  })
})

describe('tlsFailureKind: one reading of Node TLS codes', () => {
  test.each([
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'wrong-name'],
    ['HOSTNAME_MISMATCH', 'wrong-name'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'untrusted'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'untrusted'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'expired'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'handshake'],
    ['ERR_TLS_HANDSHAKE_TIMEOUT', 'handshake'],
    ['HANDSHAKE_TIMEOUT', 'handshake'],
    ['ECONNRESET', undefined],
    ['EPROTO', undefined],
    ['ECONNREFUSED', undefined],
    [undefined, undefined]
  ])('%s: %s', (code, kind) => {
    expect(tlsFailureKind(code)).toBe(kind)
  })
})

describe('ICE URLs', () => {
  test('iceUrls is the STUN URL, then one TURN URL per transport', () => {
    const host = '203.0.113.7'
    const urls = iceUrls(host, 3478, DEFAULT_TLS_PORT, ['udp', 'tls'])
    expect(urls).toEqual([
      stunUrl(host, 3478),
      ...turnUrls(host, 3478, DEFAULT_TLS_PORT, ['udp', 'tls'])
    ])
    expect(urls).toEqual([
      'stun:203.0.113.7:3478',
      'turn:203.0.113.7:3478?transport=udp',
      'turns:203.0.113.7:5349?transport=tcp'
    ])
  })
})

describe('vocabulary', () => {
  test('checks and transports, with their guards', () => {
    expect(PROBE_CHECKS).toEqual(['stun', 'turn', 'relay', 'http'])
    expect(PROBE_TRANSPORTS).toEqual(['udp', 'tcp', 'tls'])
    expect(PROBE_CHECKS.every(isProbeCheck)).toBe(true)
    expect(PROBE_TRANSPORTS.every(isProbeTransport)).toBe(true)
    expect(isProbeCheck('fishjam')).toBe(false)
    expect(isProbeTransport('dtls')).toBe(false)
  })
})
