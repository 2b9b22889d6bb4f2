/**
 * The probe against real coturn on loopback (turn.md §6 matrix). Ports 13400-13429, relay ranges
 * 40000-40449. coturn missing fails these tests on purpose (test/coturn.ts).
 */
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  makeCertificates,
  startCoturn,
  type Coturn,
  type TestCertificates
} from '../../test/coturn.js'
import { lossyUdpProxy, tcpStall, udpBlackHole, udpResponder } from '../../test/net-fakes.js'
import type { AttemptContext } from '../../src/probe/attempt.js'
import { runTransportChecks } from '../../src/probe/checks.js'
import { waitForReady, type ProbeOptions, type ProbeReport } from '../../src/probe/index.js'
import { openChannel, RttEstimator } from '../../src/probe/transport/index.js'
import { TurnClient } from '../../src/probe/turn.js'
import { resolveCredentials } from '../../src/probe/credentials.js'

const LT = { kind: 'long-term', username: 'u', password: 'p' } as const
const PORTS = {
  lt: 13400,
  ltTls: 13401,
  rest: 13402,
  stale: 13403,
  open: 13404,
  ext: 13405,
  noLoop: 13406
}
const DOWN_PORT = 13407

// Made at load time: the test tables below already refer to the CA.
const certs: TestCertificates = makeCertificates()
const servers: Record<string, Coturn> = {}

beforeAll(async () => {
  const lt = ['--lt-cred-mech', '--user=u:p', '--realm=r']
  const started = await Promise.all([
    startCoturn({
      port: PORTS.lt,
      minPort: 40000,
      maxPort: 40099,
      flags: lt,
      tls: { port: PORTS.ltTls, certFile: certs.certFile, keyFile: certs.keyFile }
    }),
    startCoturn({
      port: PORTS.rest,
      minPort: 40100,
      maxPort: 40199,
      flags: ['--use-auth-secret', '--static-auth-secret=s3cret', '--realm=r']
    }),
    startCoturn({
      port: PORTS.stale,
      minPort: 40200,
      maxPort: 40249,
      flags: [...lt, '--stale-nonce=1']
    }),
    startCoturn({ port: PORTS.open, minPort: 40250, maxPort: 40299, flags: [] }),
    startCoturn({
      port: PORTS.ext,
      minPort: 40300,
      maxPort: 40349,
      flags: [...lt, '--external-ip=203.0.113.7']
    }),
    startCoturn({
      port: PORTS.noLoop,
      minPort: 40350,
      maxPort: 40399,
      flags: lt,
      loopbackPeers: false
    })
  ])
  ;['lt', 'rest', 'stale', 'open', 'ext', 'noLoop'].forEach(
    (name, i) => (servers[name] = started[i])
  )
}, 30_000)

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.stop()))
  certs.cleanup()
})

function options(change: Partial<ProbeOptions>): ProbeOptions {
  return {
    host: '127.0.0.1',
    port: PORTS.lt,
    tlsPort: PORTS.ltTls,
    transports: ['udp'],
    checks: ['stun', 'turn', 'relay'],
    credentials: LT,
    tls: { ca: certs.caPem, servername: 'localhost' },
    timeoutMs: 3000,
    intervalMs: 200,
    ...change
  }
}

function outcomes(report: ProbeReport): string[] {
  return report.timeline.map((e) => `${e.check}/${e.transport} ${e.outcome}`)
}

describe('success over UDP, TCP and TLS', () => {
  test.each(['udp', 'tcp', 'tls'] as const)('long-term credentials over %s', async (transport) => {
    const report = await waitForReady(options({ transports: [transport] }))
    expect(report.ok).toBe(true)
    expect(report.attempts).toBe(1)
    expect(outcomes(report)).toEqual([
      `stun/${transport} ok`,
      `turn/${transport} ok`,
      `relay/${transport} ok`
    ])
    expect(report.relayedAddress).toMatch(/^127\.0\.0\.1:400\d\d$/)
    expect(report.mappedAddress).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(report.rttMs).toBeGreaterThanOrEqual(0)
    if (transport === 'tls') expect(report.tlsProtocol).toBe('TLSv1.2')
  })

  test.each(['udp', 'tcp'] as const)(
    'REST credentials from the shared secret over %s',
    async (transport) => {
      const report = await waitForReady(
        options({
          port: PORTS.rest,
          transports: [transport],
          credentials: { kind: 'rest', secret: 's3cret' }
        })
      )
      expect(report.ok).toBe(true)
      expect(report.relayedAddress).toMatch(/^127\.0\.0\.1:401\d\d$/)
    }
  )

  test('REST credentials over TLS (the TLS server runs in REST mode here too)', async () => {
    const rest = await startCoturn({
      port: 13408,
      minPort: 40400,
      maxPort: 40449,
      flags: ['--use-auth-secret', '--static-auth-secret=s3cret', '--realm=r'],
      tls: { port: 13409, certFile: certs.certFile, keyFile: certs.keyFile }
    })
    try {
      const report = await waitForReady(
        options({
          port: 13408,
          tlsPort: 13409,
          transports: ['udp', 'tcp', 'tls'],
          credentials: { kind: 'rest', secret: 's3cret' }
        })
      )
      expect(report.ok).toBe(true)
      expect(report.timeline).toHaveLength(9)
      expect(report.tlsProtocol).toBe('TLSv1.2')
    } finally {
      await rest.stop()
    }
  })

  test('the expected realm and relayed IP match: still ok', async () => {
    const report = await waitForReady(
      options({ realm: 'r', expectedRelayIp: '127.0.0.1', checks: ['turn'] })
    )
    expect(report.ok).toBe(true)
  })
})

describe('credentials and configuration failures', () => {
  test.each([
    [
      'wrong password',
      options({
        checks: ['turn'],
        credentials: { kind: 'long-term', username: 'u', password: 'WRONG' }
      })
    ],
    [
      'unknown user',
      options({
        checks: ['turn'],
        credentials: { kind: 'long-term', username: 'nobody', password: 'p' }
      })
    ],
    [
      'wrong secret',
      options({
        port: PORTS.rest,
        checks: ['turn'],
        credentials: { kind: 'rest', secret: 'WRONG' }
      })
    ],
    [
      'expired REST credentials',
      options({
        port: PORTS.rest,
        checks: ['turn'],
        credentials: { kind: 'rest', secret: 's3cret', ttlSeconds: -10 }
      })
    ]
  ])('%s: auth-failed, stopped after two attempts (no retry storm)', async (_name, o) => {
    const started = Date.now()
    const report = await waitForReady({ ...o, timeoutMs: 20_000 })
    expect(report.ok).toBe(false)
    expect(outcomes(report)).toEqual(['turn/udp auth-failed', 'turn/udp auth-failed'])
    expect(report.attempts).toBe(2)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(report.summary).toContain('waiting will not fix it')
    expect(report.diagnostic).toMatch(/401/)
    expect(report.diagnostic).toMatch(/Hints:\n {2}- The server rejected the/)
  })

  test('a realm other than the expected one fails with realm-mismatch', async () => {
    const report = await waitForReady(options({ checks: ['turn'], realm: 'turn.example.com' }))
    expect(outcomes(report)).toEqual(['turn/udp realm-mismatch', 'turn/udp realm-mismatch'])
    expect(report.diagnostic).toContain("the server's realm is 'r', expected 'turn.example.com'")
  })

  test('--external-ip mismatch: wrong-relayed-address with the external-IP hint', async () => {
    const report = await waitForReady(
      options({ port: PORTS.ext, checks: ['turn'], expectedRelayIp: '127.0.0.1' })
    )
    expect(report.ok).toBe(false)
    expect(report.timeline[0].outcome).toBe('wrong-relayed-address')
    expect(report.timeline[0].detail).toContain(
      'relays at 203.0.113.7, expected the public IPv4 127.0.0.1'
    )
    expect(report.diagnostic).toContain("server's external IP is wrong")
  })

  test('open relay: warned by default, failed on request', async () => {
    const open = options({ port: PORTS.open, checks: ['turn'] })
    const warned = await waitForReady(open)
    expect(warned.ok).toBe(true)
    expect(warned.warnings).toEqual([expect.stringContaining('open relay')])
    const failed = await waitForReady({ ...open, failOnOpenRelay: true })
    expect(failed.ok).toBe(false)
    expect(failed.timeline[0].outcome).toBe('open-relay')
  })

  test('a relay that refuses loopback peers: CreatePermission rejected with 403', async () => {
    const report = await waitForReady(
      options({ port: PORTS.noLoop, checks: ['relay'], timeoutMs: 600 })
    )
    expect(report.ok).toBe(false)
    expect(report.timeline[1]).toMatchObject({ check: 'relay', outcome: 'rejected' })
    expect(report.timeline[1].detail).toMatch(/CreatePermission: 403/)
  })
})

function attemptContext(o: ProbeOptions): AttemptContext {
  return {
    options: o,
    deadline: Date.now() + o.timeoutMs,
    rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() }
  }
}

describe('TURN client details', () => {
  test('stale nonce: 438 is retried once with the new nonce', async () => {
    const channel = await openChannel(
      { host: '127.0.0.1', port: PORTS.stale, transport: 'udp' },
      { deadline: Date.now() + 10_000, rtt: new RttEstimator() }
    )
    try {
      const client = new TurnClient(channel, { credentials: resolveCredentials(LT) })
      await client.allocate()
      await new Promise((resolve) => setTimeout(resolve, 2100))
      await client.createPermission('127.0.0.1')
      expect(client.staleNonceRetries).toBe(1)
      expect(await client.refresh(0)).toBe(0)
    } finally {
      channel.close()
    }
  })

  test('a re-Allocate on the same socket gets 437, so every attempt uses a fresh socket', async () => {
    const channel = await openChannel(
      { host: '127.0.0.1', port: PORTS.lt, transport: 'udp' },
      { deadline: Date.now() + 5000, rtt: new RttEstimator() }
    )
    try {
      const client = new TurnClient(channel, { credentials: resolveCredentials(LT) })
      await client.allocate()
      await client.refresh(0)
      await expect(
        new TurnClient(channel, { credentials: resolveCredentials(LT) }).allocate()
      ).rejects.toThrow(/437/)
    } finally {
      channel.close()
    }
    const o = options({ checks: ['turn'] })
    const first = await runTransportChecks(attemptContext(o), 'udp')
    const second = await runTransportChecks(attemptContext(o), 'udp')
    expect([first[0].outcome, second[0].outcome]).toEqual(['ok', 'ok'])
    expect(first[0].mapped).not.toEqual(second[0].mapped)
  })

  test('relay echo: datagrams come back with a permission and are lost without one', async () => {
    const o = options({ checks: ['relay'] })
    const withPermission = await runTransportChecks(attemptContext(o), 'udp')
    expect(withPermission.map((r) => r.outcome)).toEqual(['ok', 'ok'])
    expect(withPermission[1].detail).toMatch(/^3 of 3 datagrams echoed/)
    const without = await runTransportChecks(attemptContext(o), 'udp', { skipPermission: true })
    expect(without.map((r) => r.outcome)).toEqual(['ok', 'lost'])
    expect(without[1].detail).toMatch(/^0 of 12 datagrams .* came back \(without a permission\)/)
  })
})

describe('unreachable servers', () => {
  test('server down over UDP: refused within the budget, with the UDP hints', async () => {
    const started = Date.now()
    const report = await waitForReady(
      options({ port: DOWN_PORT, timeoutMs: 1000, intervalMs: 200 })
    )
    const elapsed = Date.now() - started
    expect(report.ok).toBe(false)
    expect(new Set(report.timeline.map((e) => e.outcome))).toEqual(new Set(['refused']))
    expect(report.attempts).toBeGreaterThanOrEqual(3)
    expect(elapsed).toBeLessThan(1300)
    expect(report.summary).toMatch(
      /^Not ready after [01]\.\d s \(\d+ attempts\): stun\/udp refused/
    )
    expect(report.diagnostic).toContain('stun/udp: refused')
    expect(report.diagnostic).toContain('turn/udp: not reached')
    expect(report.diagnostic).toContain('Nothing listens on the probed port')
  })

  test('server down over TCP and TLS: refused', async () => {
    const report = await waitForReady(
      options({ port: DOWN_PORT, tlsPort: DOWN_PORT, transports: ['tcp', 'tls'], timeoutMs: 300 })
    )
    expect(new Set(outcomes(report))).toEqual(new Set(['stun/tcp refused', 'stun/tls refused']))
  })

  test('UDP black hole: unreachable at the deadline, naming host, port and transport', async () => {
    const hole = await udpBlackHole(13411)
    try {
      const started = Date.now()
      const report = await waitForReady(options({ port: 13411, timeoutMs: 1500, intervalMs: 500 }))
      const elapsed = Date.now() - started
      expect(report.ok).toBe(false)
      expect(report.timeline[0].outcome).toBe('unreachable')
      expect(report.timeline[0].detail).toMatch(
        /no answer from 127\.0\.0\.1:13411\/udp after \d+ sends/
      )
      expect(elapsed).toBeGreaterThanOrEqual(1400)
      expect(elapsed).toBeLessThan(2000)
      // Retransmissions are bounded: the RTO grows, so a 1.5 s wait sends about ten datagrams, not hundreds.
      expect(hole.received()).toBeLessThan(30)
      expect(report.diagnostic).toContain('UDP on Fly.io needs a dedicated IPv4')
      expect(report.diagnostic).toContain('fly-global-services')
    } finally {
      await hole.close()
    }
  })

  test('TCP accepted but never answered: unreachable at the deadline', async () => {
    const stall = await tcpStall(13412)
    try {
      const report = await waitForReady(
        options({ port: 13412, transports: ['tcp'], timeoutMs: 800 })
      )
      expect(report.timeline[0]).toMatchObject({ outcome: 'unreachable', transport: 'tcp' })
      expect(report.timeline[0].detail).toContain('no answer from 127.0.0.1:13412/tcp')
    } finally {
      await stall.close()
    }
  })

  test('garbage and wrong transaction IDs are ignored, not crashed on', async () => {
    const garbage = await udpResponder(13413, (datagram) => {
      const wrongId = Buffer.from(datagram)
      wrongId[0] = 0x01
      wrongId[1] = 0x01
      wrongId[10] ^= 0xff
      return [Buffer.from('not stun at all'), Buffer.alloc(3), wrongId]
    })
    try {
      const report = await waitForReady(options({ port: 13413, checks: ['stun'], timeoutMs: 500 }))
      expect(report.timeline[0].outcome).toBe('unreachable')
      expect(garbage.received()).toBeGreaterThan(0)
    } finally {
      await garbage.close()
    }
  })

  test('a lossy proxy dropping 30% of datagrams: the probe still succeeds', async () => {
    const proxy = await lossyUdpProxy(13410, PORTS.lt, 0.3)
    try {
      for (let run = 0; run < 5; run++) {
        const report = await waitForReady(
          options({ port: 13410, checks: ['turn', 'relay'], timeoutMs: 3000 })
        )
        expect(report.ok).toBe(true)
      }
      expect(proxy.dropped()).toBeGreaterThan(0)
    } finally {
      await proxy.close()
    }
  })
})

describe('TLS errors', () => {
  test('wrong name: ERR_TLS_CERT_ALTNAME_INVALID', async () => {
    const report = await waitForReady(
      options({
        transports: ['tls'],
        tls: { ca: certs.caPem, servername: 'wrong.example' },
        timeoutMs: 1000
      })
    )
    expect(report.timeline[0].outcome).toBe('tls-error')
    expect(report.timeline[0].detail).toContain('ERR_TLS_CERT_ALTNAME_INVALID')
    expect(report.attempts).toBe(2)
    expect(report.diagnostic).toContain('does not name the probed host')
  })

  test('untrusted CA: a self-signed chain error', async () => {
    const report = await waitForReady(
      options({ transports: ['tls'], tls: { servername: 'localhost' }, timeoutMs: 1000 })
    )
    expect(report.timeline[0].outcome).toBe('tls-error')
    expect(report.timeline[0].detail).toMatch(
      /SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE/
    )
    expect(report.diagnostic).toContain('not trusted')
  })

  test('insecure accepts the untrusted certificate', async () => {
    const report = await waitForReady(
      options({ transports: ['tls'], tls: { insecure: true }, checks: ['stun'] })
    )
    expect(report.ok).toBe(true)
  })

  // coturn 4.6.1 either ignores the ClientHello (the handshake times out) or drops the
  // connection (ECONNRESET), depending on timing; both must read as a TLS failure.
  test('TLS to a plain (--no-tls) coturn port is a TLS error', async () => {
    const report = await waitForReady(
      options({ tlsPort: PORTS.rest, transports: ['tls'], checks: ['stun'], timeoutMs: 400 })
    )
    expect(report.timeline[0].outcome).toBe('tls-error')
    expect(report.timeline[0].detail).toMatch(/HANDSHAKE_TIMEOUT|ECONNRESET/)
    expect(report.diagnostic).toMatch(/TLS/)
  })

  test('TLS to a port that resets on the ClientHello: ECONNRESET', async () => {
    const reset = await tcpStall(13414, true)
    try {
      const report = await waitForReady(
        options({ tlsPort: 13414, transports: ['tls'], checks: ['stun'], timeoutMs: 400 })
      )
      expect(report.timeline[0].outcome).toBe('tls-error')
      expect(report.timeline[0].detail).toContain('ECONNRESET')
    } finally {
      await reset.close()
    }
  })
})

describe('cross-check with turnutils_uclient', () => {
  /** Exit status of one uclient run: an Allocate, then one message between two relays. */
  function uclient(args: readonly string[]): Promise<number | null> {
    // -c (no RTCP pair) and -z 1 (1 ms between packets) keep a run near 3 s instead of 6 s.
    const argv = [...args, '-y', '-c', '-z', '1', '-n', '1', '-L', '127.0.0.1', '127.0.0.1']
    return new Promise((resolve, reject) => {
      const child = spawn('turnutils_uclient', argv, { stdio: 'ignore' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      child.once('error', reject)
      child.once('exit', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
    })
  }

  const cases = [
    [
      'long-term, right password',
      ['-p', String(PORTS.lt), '-u', 'u', '-w', 'p'],
      LT,
      PORTS.lt,
      true
    ],
    [
      'long-term, wrong password',
      ['-p', String(PORTS.lt), '-u', 'u', '-w', 'WRONG'],
      { ...LT, password: 'WRONG' },
      PORTS.lt,
      false
    ],
    [
      'REST, right secret',
      ['-p', String(PORTS.rest), '-W', 's3cret', '-u', 'alice'],
      { kind: 'rest', secret: 's3cret' },
      PORTS.rest,
      true
    ],
    [
      'REST, wrong secret',
      ['-p', String(PORTS.rest), '-W', 'WRONG', '-u', 'alice'],
      { kind: 'rest', secret: 'WRONG' },
      PORTS.rest,
      false
    ]
  ] as const

  test('uclient and the probe agree on right and wrong credentials (long-term and REST)', async () => {
    // The uclient runs take seconds each, so they run side by side.
    const statuses = await Promise.all(cases.map(([, args]) => uclient(args)))
    for (const [index, [name, , credentials, port, expected]] of cases.entries()) {
      const report = await waitForReady(options({ port, credentials, checks: ['turn'] }))
      expect({ name, uclient: statuses[index] === 0, probe: report.ok }).toEqual({
        name,
        uclient: expected,
        probe: expected
      })
    }
  })
})
