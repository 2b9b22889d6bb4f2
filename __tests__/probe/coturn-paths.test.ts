/**
 * The probe against real coturn on loopback, through paths that fail the way Fly's have been
 * seen to (issue 11) and over IPv6 (issue 12, item 10). The UDP path is the simulator's own
 * (test/fly-sim/bin/udp-path.js). Ports 13460-13469, relay ranges 40700-40849.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { makeCertificates, startCoturn, type Coturn } from '../../test/coturn.js'
import { startUdpPath } from '../../test/fly-sim/bin/udp-path.js'
import { HOLD_ECHO_INTERVAL_MS } from '../../src/probe/hold.js'
import { waitForReady, type ProbeOptions } from '../../src/probe/index.js'

const LT = ['--lt-cred-mech', '--user=u:p', '--realm=r']
const PORTS = { dual: 13460, plain: 13461, mtuFront: 13462, cutFront: 13463, expired: 13464 }
const expiredCerts = makeCertificates({ expired: true })
const servers: Coturn[] = []

beforeAll(async () => {
  servers.push(
    ...(await Promise.all([
      startCoturn({ port: PORTS.dual, minPort: 40700, maxPort: 40749, flags: LT, ipv6: true }),
      startCoturn({ port: PORTS.plain, minPort: 40750, maxPort: 40799, flags: LT }),
      startCoturn({
        port: 13465,
        minPort: 40800,
        maxPort: 40849,
        flags: LT,
        tls: { port: PORTS.expired, certFile: expiredCerts.certFile, keyFile: expiredCerts.keyFile }
      })
    ]))
  )
}, 30_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  expiredCerts.cleanup()
})

function options(change: Partial<ProbeOptions>): ProbeOptions {
  return {
    host: '127.0.0.1',
    port: PORTS.plain,
    transports: ['udp'],
    checks: ['stun', 'turn', 'relay'],
    credentials: { kind: 'long-term', username: 'u', password: 'p' },
    timeoutMs: 3000,
    intervalMs: 200,
    ...change
  }
}

describe('IPv6', () => {
  test('a relay check over IPv6 asks for an IPv6 relay from a dual-stack coturn', async () => {
    const report = await waitForReady(options({ host: '::1', port: PORTS.dual }))
    expect(report.diagnostic).toBeUndefined()
    expect(report.ok).toBe(true)
    expect(report.relayedAddress).toMatch(/^\[::1\]:407\d\d$/)
    expect(report.mappedAddress).toMatch(/^\[::1\]:\d+$/)
  })

  test('over IPv4 the same server still relays in IPv4', async () => {
    const report = await waitForReady(options({ port: PORTS.dual }))
    expect(report.ok).toBe(true)
    expect(report.relayedAddress).toMatch(/^127\.0\.0\.1:407\d\d$/)
  })
})

describe('media-sized datagrams', () => {
  test('a path MTU below 1200 bytes: small echoes return, media-sized ones do not: mtu', async () => {
    const path = await startUdpPath({
      front: '127.0.0.1',
      upstream: '127.0.0.1',
      routes: [{ from: PORTS.mtuFront, to: PORTS.plain }],
      knobs: { mtu: 1100 }
    })
    try {
      const report = await waitForReady(options({ port: PORTS.mtuFront, timeoutMs: 1500 }))
      expect(report.ok).toBe(false)
      const relay = report.timeline.find((entry) => entry.check === 'relay')
      expect(relay?.outcome).toBe('mtu')
      expect(relay?.detail).toMatch(/^[1-9] of \d+ small and 0 of \d+ media-sized \(1200-byte\)/)
      expect(report.summary).toMatch(/relay\/udp mtu/)
      expect(report.diagnostic).toMatch(/media-sized ones \(1200 bytes of payload\) did not/)
      expect(path.stats().tooLarge).toBeGreaterThan(0)
    } finally {
      await path.close()
    }
  })

  test('the same path with room for 1300 bytes passes', async () => {
    const path = await startUdpPath({
      front: '127.0.0.1',
      upstream: '127.0.0.1',
      routes: [{ from: PORTS.mtuFront, to: PORTS.plain }],
      knobs: { mtu: 1300 }
    })
    try {
      const report = await waitForReady(options({ port: PORTS.mtuFront }))
      expect(report.ok).toBe(true)
      expect(report.timeline.at(-1)?.detail).toMatch(/2 of 2 media-sized \(1200-byte\)/)
    } finally {
      await path.close()
    }
  })
})

describe('the hold after ready', () => {
  test('UDP that stops after 2 s fails a 12 s hold and says when', async () => {
    const path = await startUdpPath({
      front: '127.0.0.1',
      upstream: '127.0.0.1',
      routes: [{ from: PORTS.cutFront, to: PORTS.plain }],
      knobs: { stopAfterMs: 2000 }
    })
    try {
      const started = Date.now()
      const report = await waitForReady(options({ port: PORTS.cutFront, holdMs: 12_000 }))
      const elapsed = Date.now() - started
      expect(report.ok).toBe(false)
      expect(report.readyAfterMs).toBeDefined()
      expect(report.hold).toMatchObject({
        ok: false,
        transport: 'udp',
        wantedMs: 12_000,
        lastGoodAtMs: 0,
        failedAtMs: HOLD_ECHO_INTERVAL_MS
      })
      expect(report.summary).toMatch(
        /^Ready after [\d.]+ s \(attempt 1\).*, but UDP stopped 10\.0 s into the 12\.0 s hold \(the last good exchange was at 0\.0 s\)/
      )
      expect(report.diagnostic).toContain('exactly five minutes')
      expect(report.timeline.filter((entry) => entry.check === 'hold')).toHaveLength(2)
      // The hold ends at its first failure, not at its nominal end.
      expect(elapsed).toBeLessThan(HOLD_ECHO_INTERVAL_MS + 5000)
    } finally {
      await path.close()
    }
  }, 30_000)

  test('a server that keeps relaying passes a 10 s hold with 2 exchanges', async () => {
    const report = await waitForReady(options({ holdMs: 10_000 }))
    expect(report.ok).toBe(true)
    expect(report.hold).toMatchObject({ ok: true, passed: 2, heldMs: 10_000 })
    expect(report.summary).toMatch(/held one allocation over udp for 10\.0 s: 2 refresh-and-echo/)
  }, 30_000)
})

describe('TLS certificate causes', () => {
  test('an expired certificate from a trusted CA is named expired', async () => {
    const report = await waitForReady(
      options({
        port: 13465,
        tlsPort: PORTS.expired,
        transports: ['tls'],
        tls: { ca: expiredCerts.caPem, servername: 'localhost' },
        timeoutMs: 1000
      })
    )
    expect(report.ok).toBe(false)
    expect(report.timeline[0].detail).toMatch(/expired certificate: .*CERT_HAS_EXPIRED/)
    expect(report.attempts).toBe(2)
    expect(report.diagnostic).toContain('expired or not yet valid')
  })
})
