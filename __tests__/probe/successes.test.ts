/**
 * Ready only after consecutive successes, each from a fresh source port (issue 11): one lucky
 * packet proves little on Fly (alternating edges, flood control on reused ports). In-process
 * Binding servers on free loopback ports.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { stunBindingServer, type StunFake } from '../../test/net-fakes.js'
import { SUCCESS_GAP_MS } from '../../src/probe/readiness.js'
import { timelineMermaid, waitForReady, type ProbeOptions } from '../../src/probe/index.js'
import { openChannel, RttEstimator } from '../../src/probe/transport/index.js'

let fake: StunFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function options(port: number, change: Partial<ProbeOptions> = {}): ProbeOptions {
  return {
    host: '127.0.0.1',
    port,
    transports: ['udp'],
    checks: ['stun'],
    timeoutMs: 3000,
    intervalMs: 200,
    ...change
  }
}

describe('consecutive successes', () => {
  test('3 in a row, each from a new source port, at least 100 ms apart, ready within 1 s', async () => {
    fake = await stunBindingServer()
    const report = await waitForReady(options(fake.port, { successes: 3 }))
    expect(report.ok).toBe(true)
    expect(report.attempts).toBe(3)
    expect(report.readyAttempts).toEqual([1, 2, 3])
    expect(report.summary).toMatch(/\(attempts 1-3, 3 in a row from fresh source ports\)/)
    const ports = report.timeline.map((entry) => entry.sourcePort)
    expect(new Set(ports).size).toBe(3)
    expect(fake.sources()).toEqual(ports)
    const starts = report.timeline.map((entry) => entry.atMs)
    const ends = report.timeline.map((entry) => entry.atMs + entry.durationMs)
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i] - ends[i - 1]).toBeGreaterThanOrEqual(SUCCESS_GAP_MS - 1)
    }
    // Ready is reported within 1 s of the first success.
    expect((report.readyAfterMs ?? Infinity) - ends[0]).toBeLessThan(1000)
    // The timeline shows the streak: one bar spanning the three passing attempts (successes in a
    // row merge, so a 15-minute hold stays a readable chart), with their RTT range.
    expect(timelineMermaid(report)).toMatch(/ok [\d.]+(-[\d.]+)? ms \(attempts 1-3\) :done/)
  })

  test('a failure resets the count: ready after three more in a row', async () => {
    // The third source gets no answer: attempt 3 fails, attempts 4-6 make the streak.
    fake = await stunBindingServer((source) => source !== 2)
    const report = await waitForReady(options(fake.port, { successes: 3 }))
    expect(report.ok).toBe(true)
    expect(report.timeline.map((entry) => entry.outcome)).toEqual([
      'ok',
      'ok',
      'unreachable',
      'ok',
      'ok',
      'ok'
    ])
    expect(report.readyAttempts).toEqual([4, 5, 6])
  })

  test('an alternating edge: one success is enough for 1, never 3 in a row for 3', async () => {
    fake = await stunBindingServer((source) => source % 2 === 0)
    const one = await waitForReady(options(fake.port, { successes: 1 }))
    expect(one.ok).toBe(true)
    expect(one.attempts).toBe(1)

    await fake.close()
    fake = await stunBindingServer((source) => source % 2 === 0)
    const three = await waitForReady(options(fake.port, { successes: 3, timeoutMs: 2500 }))
    expect(three.ok).toBe(false)
    const outcomes = three.timeline.map((entry) => entry.outcome)
    expect(outcomes.slice(0, 4)).toEqual(['ok', 'unreachable', 'ok', 'unreachable'])
    expect(three.summary).toMatch(
      /3 passing attempts in a row needed, at most 1 \(\d+ of \d+ passed\)/
    )
    expect(three.summary).toMatch(/: stun\/udp unreachable$/)
    expect(three.diagnostic).toMatch(/never 3 in a row: the server answers, yet not every path/)
  })
})

describe('a fresh source port for every attempt', () => {
  test('20 attempts come from 20 different ports', async () => {
    fake = await stunBindingServer()
    const report = await waitForReady(options(fake.port, { successes: 20, timeoutMs: 10_000 }))
    expect(report.ok).toBe(true)
    expect(new Set(fake.sources()).size).toBe(20)
    expect(new Set(report.timeline.map((entry) => entry.sourcePort)).size).toBe(20)
  })

  test('a socket that gets a port used before is replaced by one on a new port', async () => {
    fake = await stunBindingServer()
    // Claims the first two ports the kernel hands out were used already.
    let asked = 0
    const used = new (class extends Set<number> {
      override has(port: number): boolean {
        return ++asked <= 2 || super.has(port)
      }
    })()
    const channel = await openChannel(
      { host: '127.0.0.1', port: fake.port, transport: 'udp' },
      { deadline: Date.now() + 1000, rtt: new RttEstimator(), usedPorts: used }
    )
    channel.close()
    expect(asked).toBe(3)
    expect([...used]).toEqual([channel.local.port])
  })
})
