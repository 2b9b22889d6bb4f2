/**
 * Answers the probe cannot use (issue 12, item 8): wrong transaction IDs, random bytes, truncated
 * or length-lying STUN, echoes of the probe's own request. The verdict names them instead of
 * blaming Fly's UDP routing. In-process fakes on free loopback ports.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { udpResponder, type Fake } from '../../test/net-fakes.js'
import { waitForReady, type ProbeOptions } from '../../src/probe/index.js'
import { encodeMessage, StunAttr, StunMethod, xorAddressValue } from '../../src/probe/stun/index.js'

let fake: Fake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function options(port: number): ProbeOptions {
  return {
    host: '127.0.0.1',
    port,
    transports: ['udp'],
    checks: ['stun'],
    timeoutMs: 600,
    intervalMs: 200
  }
}

/** A Binding success for `request`'s transaction ID, as a server would send it. */
function bindingAnswer(request: Buffer, transactionId = request.subarray(8, 20)): Buffer {
  return encodeMessage({
    method: StunMethod.Binding,
    cls: 'success',
    transactionId: Buffer.from(transactionId),
    attributes: [
      {
        type: StunAttr.XorMappedAddress,
        value: xorAddressValue({ address: '127.0.0.1', port: 4242 }, Buffer.from(transactionId))
      }
    ]
  })
}

const UNUSABLE: [string, (request: Buffer) => Buffer][] = [
  ['a wrong transaction ID', (request) => bindingAnswer(request, Buffer.alloc(12, 7))],
  ['random bytes', () => Buffer.from('d3adb33f not stun at all, just noise', 'utf8')],
  ['truncated STUN', (request) => bindingAnswer(request).subarray(0, 26)],
  [
    'STUN whose length field lies',
    (request) => {
      const answer = Buffer.from(bindingAnswer(request))
      answer.writeUInt16BE(answer.readUInt16BE(2) + 40, 2)
      return answer
    }
  ],
  ['an echo of the request', (request) => Buffer.from(request)]
]

describe('answers that are not valid STUN/TURN', () => {
  test.each(UNUSABLE)('%s: the verdict names them, not the UDP path', async (_name, answer) => {
    fake = await udpResponder(0, (request) => [answer(request)])
    const report = await waitForReady(options(fake.port))
    expect(report.ok).toBe(false)
    expect(fake.received()).toBeGreaterThan(0)
    expect(report.summary).toMatch(/answers that are not valid STUN\/TURN: \d+ ignored/)
    expect(report.timeline[0].outcome).toBe('protocol-error')
    expect(report.diagnostic).toMatch(/answers that are not valid STUN\/TURN: \d+ ignored/)
    expect(report.diagnostic).not.toContain('fly-global-services')
    expect(report.diagnostic).not.toContain('UDP forwarding')
  })

  test('all kinds at once are counted by kind', async () => {
    fake = await udpResponder(0, (request) => UNUSABLE.map(([, answer]) => answer(request)))
    const report = await waitForReady({ ...options(fake.port), timeoutMs: 300 })
    const detail = report.timeline[0].detail ?? ''
    expect(detail).toMatch(/not STUN/)
    expect(detail).toMatch(/truncated or length-lying/)
    expect(detail).toMatch(/unknown transaction ID/)
    expect(detail).toMatch(/echo/)
  })

  test('a duplicate answer to a resent request is no invalid answer', async () => {
    // Answers every send twice: the second copy arrives after the transaction is done.
    fake = await udpResponder(0, (request) => [bindingAnswer(request), bindingAnswer(request)])
    const report = await waitForReady({ ...options(fake.port), successes: 2 })
    expect(report.ok).toBe(true)
    expect(JSON.stringify(report)).not.toContain('not valid STUN')
  })

  test('silence is still unreachable, with the UDP hints', async () => {
    fake = await udpResponder(0, () => [])
    const report = await waitForReady(options(fake.port))
    expect(report.timeline[0].outcome).toBe('unreachable')
    expect(report.summary).not.toContain('not valid STUN')
    expect(report.diagnostic).toContain('fly-global-services')
  })
})
