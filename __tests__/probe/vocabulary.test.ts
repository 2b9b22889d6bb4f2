/** The probe's single sources: host rule, TLS failure reading, ICE URLs, option names. */
import { describe, expect, test } from '@jest/globals'
import {
  DEFAULT_TLS_PORT,
  iceUrls,
  isHostOrIp,
  isProbeCheck,
  isProbeTransport,
  optionName,
  PROBE_CHECKS,
  PROBE_TRANSPORTS,
  ProbeOptionError,
  stunUrl,
  tlsFailureKind,
  turnUrls,
  validateProbeOptions,
  type ProbeOptions
} from '../../src/probe/index.js'
import { ActionError } from '../../src/errors.js'

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
  test('iceUrls is the STUN URL, then one TURN URL per transport; turns: names the host', () => {
    const host = '203.0.113.7'
    const urls = iceUrls(host, 3478, DEFAULT_TLS_PORT, ['udp', 'tls'], 'turn.fly.dev')
    expect(urls).toEqual([
      stunUrl(host, 3478),
      ...turnUrls(host, 3478, DEFAULT_TLS_PORT, ['udp', 'tls'], 'turn.fly.dev')
    ])
    expect(urls).toEqual([
      'stun:203.0.113.7:3478',
      'turn:203.0.113.7:3478?transport=udp',
      'turns:turn.fly.dev:5349?transport=tcp'
    ])
  })

  // Issue 11: no certificate names an address, so a turns: URL with one could never verify.
  test('no turns: URL is ever built for an IP literal', () => {
    expect(iceUrls('203.0.113.7', 3478, 443, ['udp', 'tls'])).toEqual([
      'stun:203.0.113.7:3478',
      'turn:203.0.113.7:3478?transport=udp'
    ])
    expect(turnUrls('turn.fly.dev', 3478, 443, ['tls'], '2001:db8::1')).toEqual([])
  })
})

describe('vocabulary', () => {
  test('checks and transports, with their guards', () => {
    expect(PROBE_CHECKS).toEqual(['stun', 'turn', 'relay', 'http', 'fishjam'])
    expect(PROBE_TRANSPORTS).toEqual(['udp', 'tcp', 'tls'])
    expect(PROBE_CHECKS.every(isProbeCheck)).toBe(true)
    expect(PROBE_TRANSPORTS.every(isProbeTransport)).toBe(true)
    expect(isProbeCheck('fishjam')).toBe(true)
    expect(isProbeCheck('webrtc')).toBe(false)
    expect(isProbeTransport('dtls')).toBe(false)
  })
})

describe('ProbeOptionError and OptionNames', () => {
  const options: ProbeOptions = {
    host: '203.0.113.7',
    port: 70000,
    transports: ['udp'],
    checks: ['stun'],
    timeoutMs: 1000,
    intervalMs: 100
  }

  function caught(o: ProbeOptions): ProbeOptionError {
    try {
      validateProbeOptions(o)
    } catch (error) {
      if (error instanceof ProbeOptionError) return error
      throw error
    }
    throw new Error('no error')
  }

  test('neutral names without a map; the front end names with one', () => {
    const neutral = caught(options)
    expect(neutral).toBeInstanceOf(ActionError)
    expect(neutral.kind).toBe('invalid-input')
    expect(neutral).toMatchObject({
      field: 'port',
      problem: '70000 is not a port (1-65535)',
      example: '3478'
    })
    expect(neutral.message).toBe('the port: 70000 is not a port (1-65535) (for example: 3478)')
    const named = caught({ ...options, names: { port: 'probe-port' } })
    expect(named.message).toBe('probe-port: 70000 is not a port (1-65535) (for example: 3478)')
  })

  test('missing credentials name the credential options as the front end calls them', () => {
    const o: ProbeOptions = { ...options, port: 3478, checks: ['turn'] }
    expect(caught(o).message).toBe(
      "the credentials: the 'turn' and 'relay' checks need the username and the password, or the shared secret"
    )
    const names = { username: 'turn-username', password: 'turn-password', secret: 'turn-secret' }
    expect(caught({ ...o, names }).message).toContain(
      'need turn-username and turn-password, or turn-secret'
    )
  })

  test('optionName falls back per field', () => {
    expect(optionName('timeout')).toBe('the timeout')
    expect(optionName('timeout', { timeout: '--timeout' })).toBe('--timeout')
    expect(optionName('interval', { timeout: '--timeout' })).toBe('the interval')
  })
})
