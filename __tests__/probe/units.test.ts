import dgram from 'node:dgram'
import { describe, expect, test } from '@jest/globals'
import {
  longTermKey,
  restCredentials,
  restPassword,
  saslPrep
} from '../../src/probe/credentials.js'
import {
  NEUTRAL_NAMES,
  parseTurnUri,
  ProbeOptionError,
  stunUrl,
  timelineMermaid,
  turnUrls,
  validateProbeOptions,
  waitForReady,
  type ProbeOptionField,
  type ProbeOptions,
  type ProbeReport
} from '../../src/probe/index.js'
import { bytesToIp, ipToBytes } from '../../src/probe/ip.js'
import { median } from '../../src/probe/relay-peer.js'
import { tickIntervalFor } from '../../src/probe/timeline.js'

describe('credentials (turn.md §1.8 vectors)', () => {
  test('REST password for secret s3cret and username 1700000000:alice', () => {
    expect(restPassword('s3cret', '1700000000:alice')).toBe('TtElzSjT0GdnTQ9xdcRNxx96yQs=')
    const made = restCredentials('s3cret', {
      user: 'alice',
      ttlSeconds: 0,
      nowMs: 1_700_000_000_000
    })
    expect(made).toEqual({ username: '1700000000:alice', password: 'TtElzSjT0GdnTQ9xdcRNxx96yQs=' })
  })

  test('REST username is expiry:user with a TTL, default one day', () => {
    expect(restCredentials('s', { nowMs: 1_000_000, user: 'bob' }).username).toBe(
      `${1000 + 86_400}:bob`
    )
    expect(restCredentials('s', { nowMs: 1_000_000, ttlSeconds: -10, user: '' }).username).toBe(
      '990'
    )
  })

  test('long-term keys', () => {
    expect(longTermKey('u', 'r', 'p').toString('hex')).toBe('44add22b6f3179b751eafd68ee370f7d')
    expect(
      longTermKey('1700000000:alice', 'r', 'TtElzSjT0GdnTQ9xdcRNxx96yQs=').toString('hex')
    ).toBe('1d1fead1fb971d58065cba7600e727b3')
    expect(saslPrep('The\u00adM\u00aatr\u2168')).toBe('TheMatrIX')
    expect(saslPrep('plain ascii')).toBe('plain ascii')
  })
})

describe('median of relay RTTs', () => {
  test('stays in 0.01 ms steps: the mean of two never prints a float artefact', () => {
    // 0.76 and 1.71 once printed as "1.2349999999999999 ms" in the log and the summary.
    const pairs: [number, number][] = [
      [0.76, 1.71],
      [2.41, 3.56],
      [1.29, 1.44]
    ]
    for (const [a, b] of pairs) expect(String(median([a, b]))).toMatch(/^\d+(\.\d{1,2})?$/)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([1, 2])).toBe(1.5)
  })
})

describe('IP helpers', () => {
  test.each([
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['2001:db8::', '2001:db8::'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8']
  ])('%s formats as %s (RFC 5952)', (input, canonical) => {
    expect(bytesToIp(ipToBytes(input))).toBe(canonical)
  })
})

describe('TURN URIs (RFC 7065)', () => {
  test.each([
    ['turn:203.0.113.7', { scheme: 'turn', host: '203.0.113.7', port: 3478, transport: 'udp' }],
    [
      'turn:203.0.113.7:3478?transport=tcp',
      { scheme: 'turn', host: '203.0.113.7', port: 3478, transport: 'tcp' }
    ],
    [
      'turns:turn.example.com',
      { scheme: 'turns', host: 'turn.example.com', port: 5349, transport: 'tls' }
    ],
    [
      'turns:turn.example.com:443?transport=tcp',
      { scheme: 'turns', host: 'turn.example.com', port: 443, transport: 'tls' }
    ],
    [
      'stun:[2001:db8::1]:19302',
      { scheme: 'stun', host: '2001:db8::1', port: 19302, transport: 'udp' }
    ],
    ['STUN:example.org', { scheme: 'stun', host: 'example.org', port: 3478, transport: 'udp' }]
  ])('%s', (uri, expected) => {
    expect(parseTurnUri(uri)).toEqual(expected)
  })

  test.each([
    ['turn:', /no valid host/],
    ['http://example.com', /not a STUN\/TURN URI/],
    ['turn:example.com:70000', /outside 1-65535/],
    ['turn:example.com:0', /outside 1-65535/],
    ['turns:example.com?transport=udp', /DTLS/],
    ['turn:example.com?transport=sctp', /only transport=udp or transport=tcp/],
    ['stun:example.com?transport=udp', /take none/],
    ['turn:user@example.com', /no valid host/]
  ])('%s is refused', (uri, problem) => {
    expect(() => parseTurnUri(uri)).toThrow(ProbeOptionError)
    expect(() => parseTurnUri(uri)).toThrow(problem)
  })

  test('URLs for outputs, one per transport', () => {
    expect(stunUrl('203.0.113.7', 3478)).toBe('stun:203.0.113.7:3478')
    expect(turnUrls('203.0.113.7', 3478, 443, ['udp', 'tcp', 'tls'], 'app.fly.dev')).toEqual([
      'turn:203.0.113.7:3478?transport=udp',
      'turn:203.0.113.7:3478?transport=tcp',
      'turns:app.fly.dev:443?transport=tcp'
    ])
    expect(turnUrls('2001:db8::1', 3478, 5349, ['udp'])).toEqual([
      'turn:[2001:db8::1]:3478?transport=udp'
    ])
    for (const url of turnUrls('turn.example.com', 3478, 5349, ['udp', 'tcp', 'tls'])) {
      expect(parseTurnUri(url).host).toBe('turn.example.com')
    }
  })
})

const valid: ProbeOptions = {
  host: '127.0.0.1',
  port: 13599,
  transports: ['udp'],
  checks: ['turn'],
  credentials: { kind: 'long-term', username: 'u', password: 'p' },
  timeoutMs: 1000,
  intervalMs: 100
}

describe('validateProbeOptions: bad input fails before any packet', () => {
  test.each<[string, Partial<ProbeOptions>, ProbeOptionField]>([
    ['port out of range', { port: 70000 }, 'port'],
    ['port zero', { port: 0 }, 'port'],
    ['TLS port not an integer', { tlsPort: 53.5, transports: ['tls'] }, 'tlsPort'],
    ['unknown check', { checks: ['ping' as never] }, 'checks'],
    ['no check', { checks: [] }, 'checks'],
    ['unknown transport', { transports: ['dtls' as never] }, 'transports'],
    ['turn without credentials', { credentials: undefined }, 'credentials'],
    ['relay without credentials', { checks: ['relay'], credentials: undefined }, 'credentials'],
    [
      'empty password',
      { credentials: { kind: 'long-term', username: 'u', password: '' } },
      'password'
    ],
    ['empty secret', { credentials: { kind: 'rest', secret: '' } }, 'secret'],
    ['bad host', { host: 'no spaces allowed' }, 'host'],
    ['http without URL', { checks: ['http'] }, 'healthUrl'],
    ['http with a non-http URL', { checks: ['http'], healthUrl: 'ftp://x/health' }, 'healthUrl'],
    ['zero timeout', { timeoutMs: 0 }, 'timeout'],
    ['negative interval', { intervalMs: -1 }, 'interval'],
    ['relay IP not an IP', { expectedRelayIp: 'example.com' }, 'expectedRelayIp']
  ])('%s', async (_name, change, field) => {
    const options = { ...valid, ...change }
    expect(() => validateProbeOptions(options)).toThrow(ProbeOptionError)
    try {
      validateProbeOptions(options)
    } catch (error) {
      expect((error as ProbeOptionError).field).toBe(field)
      expect((error as ProbeOptionError).message.startsWith(`${NEUTRAL_NAMES[field]}: `)).toBe(true)
      // The probe speaks its own language: no input names, no workflow syntax.
      expect((error as ProbeOptionError).message).not.toMatch(/\$\{\{|turn-|probe-|health-/)
    }
    // waitForReady refuses the same options without sending anything to the port.
    const listener = dgram.createSocket('udp4')
    let datagrams = 0
    listener.on('message', () => datagrams++)
    await new Promise<void>((resolve) => listener.bind(13599, '127.0.0.1', resolve))
    await expect(waitForReady(options)).rejects.toThrow(ProbeOptionError)
    await new Promise((resolve) => setTimeout(resolve, 30))
    listener.close()
    expect(datagrams).toBe(0)
  })

  test('valid options pass', () => {
    expect(() => validateProbeOptions(valid)).not.toThrow()
    expect(() => validateProbeOptions({ ...valid, host: '2001:db8::1' })).not.toThrow()
    expect(() => validateProbeOptions({ ...valid, host: 'my-app.fly.dev' })).not.toThrow()
  })
})

describe('timelineMermaid', () => {
  const report: ProbeReport = {
    ok: true,
    attempts: 4,
    readyAfterMs: 3210,
    rttMs: 0.8,
    warnings: [],
    summary: 'Ready',
    timeline: [
      {
        atMs: 0,
        durationMs: 2,
        attempt: 1,
        check: 'stun',
        transport: 'udp',
        outcome: 'refused',
        detail: 'a: b'
      },
      { atMs: 250, durationMs: 2, attempt: 2, check: 'stun', transport: 'udp', outcome: 'refused' },
      {
        atMs: 750,
        durationMs: 1500,
        attempt: 3,
        check: 'stun',
        transport: 'udp',
        outcome: 'unreachable'
      },
      {
        atMs: 3200,
        durationMs: 3,
        attempt: 4,
        check: 'stun',
        transport: 'udp',
        outcome: 'ok',
        rttMs: 0.4
      },
      {
        atMs: 3203,
        durationMs: 0,
        attempt: 4,
        check: 'turn',
        transport: 'udp',
        outcome: 'ok',
        rttMs: 0.6
      }
    ]
  }

  test('a gantt block: one section per check, repeated outcomes merged, ok bars done', () => {
    const chart = timelineMermaid(report)
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '    title Ready after 3.2 s (seconds since deploy)',
      '    dateFormat x',
      '    axisFormat %s',
      // A 3.3 s span: a tick a second, labels 0 1 2 3.
      '    tickInterval 1second',
      '    todayMarker off',
      // Anchors the axis at 0: mermaid starts it at the earliest task.
      '    section deploy',
      '    deploy finished :milestone, 0, 0',
      '    section stun udp',
      '    refused (attempts 1-2) :crit, 0, 252',
      '    unreachable (attempt 3) :crit, 750, 2250',
      // 3 ms measured, drawn 81 ms wide: a fortieth of the axis, so it is not a sliver.
      '    ok 0.4 ms (attempt 4) :done, 3200, 3281',
      '    section turn udp',
      '    ok 0.6 ms (attempt 4) :done, 3203, 3284',
      '```'
    ])
  })

  test('consecutive successes merge into one bar labelled with their RTT range', () => {
    const ok = (attempt: number, atMs: number, rttMs: number) => ({
      ...{ atMs, durationMs: 2, attempt, rttMs },
      ...{ check: 'stun' as const, transport: 'udp' as const, outcome: 'ok' as const }
    })
    const chart = timelineMermaid({ ...report, timeline: [ok(1, 0, 0.5), ok(2, 300, 1.5)] })
    expect(chart).toContain('    ok 0.5-1.5 ms (attempts 1-2) :done, 0, 302')
  })

  test.each([
    [1_000, '1second'],
    [2_300, '1second'],
    [15_000, '2second'],
    [90_000, '10second'],
    [300_000, '30second'],
    [307_500, '1minute'],
    [3_600_000, '10minute']
  ])('a %i ms span gets a tick every %s (at most ten labels)', (spanMs, spec) => {
    expect(tickIntervalFor(spanMs).spec).toBe(spec)
  })

  test('a failed report is titled "Not ready"', () => {
    expect(timelineMermaid({ ...report, ok: false, readyAfterMs: undefined })).toContain(
      'title Not ready'
    )
  })
})
