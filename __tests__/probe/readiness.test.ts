/** The deadline loop and the http check: detection latency, pauses, abort, secrets. Ports 13420-13429. */
import { describe, expect, test } from '@jest/globals'
import { startCoturn } from '../../test/coturn.js'
import { healthServer } from '../../test/net-fakes.js'
import { timelineMermaid, waitForReady, type ProbeOptions } from '../../src/probe/index.js'

const base: ProbeOptions = {
  host: '127.0.0.1',
  port: 13420,
  transports: ['udp'],
  checks: ['stun', 'turn', 'relay'],
  credentials: { kind: 'long-term', username: 'u', password: 'p' },
  timeoutMs: 5000,
  intervalMs: 500
}

describe('detection latency', () => {
  test('a server that starts 1 s after the probe is reported within T + interval + 50 ms', async () => {
    const began = Date.now()
    const probing = waitForReady({ ...base, startedAt: began })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const server = await startCoturn({
      port: 13420,
      minPort: 40450,
      maxPort: 40499,
      flags: ['--lt-cred-mech', '--user=u:p', '--realm=r']
    })
    const upAfterMs = Date.now() - began
    try {
      const report = await probing
      expect(report.ok).toBe(true)
      expect(report.attempts).toBeGreaterThan(3)
      expect(report.readyAfterMs).toBeGreaterThanOrEqual(1000)
      expect(report.readyAfterMs).toBeLessThanOrEqual(upAfterMs + base.intervalMs + 50)
      // Pauses grow from 250 ms to the 500 ms cap: refused attempts are not a busy loop.
      const refused = report.timeline.filter((e) => e.outcome === 'refused').map((e) => e.atMs)
      const gaps = refused.slice(1).map((at, i) => at - refused[i])
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(240)
      expect(Math.max(...gaps)).toBeLessThan(600)
      const chart = timelineMermaid(report)
      expect(chart).toMatch(
        /section stun udp\n {4}refused \(attempts 1-\d+\) :crit, \d+, \d+\n {4}ok [\d.-]+ ms \(attempts? [\d-]+\) :done/
      )
    } finally {
      await server.stop()
    }
  })

  test('an abort signal ends the wait at once', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 300)
    const started = Date.now()
    const report = await waitForReady({
      ...base,
      port: 13421,
      timeoutMs: 10_000,
      signal: controller.signal
    })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(report.ok).toBe(false)
    expect(report.summary).toMatch(/^Probe aborted/)
  })
})

describe('http check', () => {
  const http = (change: Partial<ProbeOptions>): ProbeOptions => ({
    ...base,
    checks: ['http'],
    credentials: undefined,
    healthUrl: 'http://127.0.0.1:13422/health',
    timeoutMs: 1500,
    intervalMs: 100,
    ...change
  })

  test("Fishjam's /health: 200 with data.status UP, bearer token sent, never reported", async () => {
    const server = await healthServer(13422, (request) =>
      request.headers.authorization === 'Bearer t0ken-secret'
        ? [200, JSON.stringify({ data: { status: 'UP', distribution: { nodeStatus: 'DOWN' } } })]
        : [401, '{"errors":"Invalid token"}']
    )
    try {
      const report = await waitForReady(http({ healthToken: 't0ken-secret' }))
      expect(report.ok).toBe(true)
      expect(report.timeline[0]).toMatchObject({ check: 'http', transport: 'http', outcome: 'ok' })
      expect(server.authorizations).toEqual(['Bearer t0ken-secret'])
      expect(JSON.stringify(report)).not.toContain('t0ken-secret')

      const wrong = await waitForReady(http({ healthToken: 'nope' }))
      expect(wrong.timeline.map((e) => e.outcome)).toEqual(['auth-failed', 'auth-failed'])
      expect(wrong.diagnostic).toContain('check the health token')
      // A front end names the option its own way, in the check's detail and in the hint.
      const named = await waitForReady(
        http({ healthToken: 'nope', names: { healthToken: 'health-token' } })
      )
      expect(named.timeline[0].detail).toContain('answered 401: check health-token')
      expect(named.diagnostic).toContain('check health-token (Fishjam: FJ_SERVER_API_TOKEN)')
    } finally {
      await server.close()
    }
  })

  test('DOWN then UP: waits, and other endpoints pass with any 2xx', async () => {
    let calls = 0
    const server = await healthServer(13423, (request) => {
      if (request.url === '/plain') return [204, '']
      calls++
      return calls < 3 ? [200, '{"data":{"status":"DOWN"}}'] : [200, '{"data":{"status":"UP"}}']
    })
    try {
      const report = await waitForReady(http({ healthUrl: 'http://127.0.0.1:13423/health' }))
      expect(report.timeline.map((e) => e.outcome)).toEqual(['http-error', 'http-error', 'ok'])
      expect(report.timeline[0].detail).toContain('reports status DOWN')
      const plain = await waitForReady(http({ healthUrl: 'http://127.0.0.1:13423/plain' }))
      expect(plain.ok).toBe(true)
    } finally {
      await server.close()
    }
  })

  test('nothing listening: refused until the deadline', async () => {
    const report = await waitForReady(
      http({ healthUrl: 'http://127.0.0.1:13424/health', timeoutMs: 400 })
    )
    expect(report.ok).toBe(false)
    expect(new Set(report.timeline.map((e) => e.outcome))).toEqual(new Set(['refused']))
    expect(report.diagnostic).toContain('http/http: refused')
  })
})
