/**
 * fly-webrtc-probe's command line (issue 12, item 10): every bad value fails before any packet,
 * naming the flag or the URI a person typed, never with an internal Node error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { runCli } from '../../src/probe/cli.js'
import { parseCli } from '../../src/probe/cli-args.js'

const dir = mkdtempSync(join(tmpdir(), 'cli-args-'))
const NOT_PEM = join(dir, 'not-a-cert.pem')
writeFileSync(NOT_PEM, 'this is a hostname, not a certificate\n')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function usageError(argv: string[]): Promise<string> {
  const err: string[] = []
  const out: string[] = []
  const status = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {}
  })
  expect({ status, out }).toEqual({ status: 2, out: [] })
  return err.join('\n')
}

describe('bad values name what a person typed', () => {
  test.each([
    ['--timeout', ['stun:127.0.0.1', '--timeout', '25h'], /^fly-webrtc-probe: --timeout: .*24h/],
    ['--timeout', ['stun:127.0.0.1', '--timeout', '99999999h'], /^fly-webrtc-probe: --timeout:/],
    ['--interval', ['stun:127.0.0.1', '--interval', '48h'], /^fly-webrtc-probe: --interval:/],
    [
      'an IPv6 zone id',
      ['turn:[fe80::1%25eth0]:3478', '--secret', 's'],
      /^fly-webrtc-probe: <uri>: 'turn:\[fe80::1%25eth0\]:3478' .*zone/
    ],
    [
      'a raw IPv6 zone id',
      ['stun:[fe80::1%eth0]:3478'],
      /^fly-webrtc-probe: <uri>: 'stun:\[fe80::1%eth0\]:3478' .*zone/
    ],
    [
      '--ca',
      ['turns:127.0.0.1', '--secret', 's', '--ca', NOT_PEM],
      /^fly-webrtc-probe: --ca: .*PEM/
    ],
    [
      '--ca',
      ['turns:127.0.0.1', '--secret', 's', '--ca', dir],
      /^fly-webrtc-probe: --ca: .*EISDIR/
    ],
    ['--http', ['--http', 'http://[::1'], /^fly-webrtc-probe: --http: /],
    [
      '--http with a zone id',
      ['--http', 'http://[fe80::1%25eth0]:8080/health'],
      /^fly-webrtc-probe: --http: .*zone/
    ],
    ['--successes', ['stun:127.0.0.1', '--successes', '0'], /^fly-webrtc-probe: --successes:/],
    ['--hold', ['turn:127.0.0.1', '--secret', 's', '--hold', '16m'], /^fly-webrtc-probe: --hold:/]
  ])('%s: %j', async (_flag, argv, message) => {
    const text = await usageError(argv)
    expect(text).toMatch(message)
    expect(text).not.toMatch(/Received undefined|ERR_|at .*\.js:\d+/)
  })

  test('the bounds that are fine pass through', () => {
    const request = parseCli(['stun:127.0.0.1', '--timeout', '24h', '--successes', '3'], {})
    expect(request).not.toBe('help')
    if (request === 'help') return
    expect(request.options.timeoutMs).toBe(24 * 3_600_000)
    expect(request.options.successes).toBe(3)
  })
})
