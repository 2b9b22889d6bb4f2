/** fly-webrtc-probe, run in-process against real coturn. Ports 13430-13439. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { startCoturn, type Coturn } from '../../test/coturn.js'
import { cli } from '../../test/cli.js'

let server: Coturn

beforeAll(async () => {
  server = await startCoturn({
    port: 13430,
    minPort: 40500,
    maxPort: 40549,
    flags: ['--use-auth-secret', '--static-auth-secret=s3cret', '--realm=r']
  })
})

afterAll(async () => {
  await server.stop()
})

describe('fly-webrtc-probe', () => {
  test('a TURN URI with the secret from the environment and --relay: ready, exit 0', async () => {
    const run = await cli(['turn:127.0.0.1:13430?transport=udp', '--relay', '--timeout', '5s'], {
      TURN_SECRET: 's3cret'
    })
    expect(run.status).toBe(0)
    expect(run.out).toMatch(/^Attempt 1 at \+[\d.]+ s: turn\/udp ok \([\d.]+ ms\), relay\/udp ok/)
    expect(run.out).toMatch(
      /^Ready after [\d.]+ s \(attempt 1\): turn, relay over udp passed; RTT [\d.]+ ms/m
    )
    expect(run.out).toMatch(/relayed address: 127\.0\.0\.1:405\d\d/)
  })

  test('--json prints the report; UDP and TCP URIs of one host probe both transports', async () => {
    const run = await cli([
      'turn:127.0.0.1:13430',
      'turn:127.0.0.1:13430?transport=tcp',
      '--secret',
      's3cret',
      '--json'
    ])
    expect(run.status).toBe(0)
    const report = JSON.parse(run.out) as { ok: boolean; timeline: { transport: string }[] }
    expect(report.ok).toBe(true)
    expect(report.timeline.map((e) => e.transport).sort()).toEqual(['tcp', 'udp'])
  })

  test('wrong secret: not ready, exit 1, with the diagnostic on stderr', async () => {
    const run = await cli([
      'turn:127.0.0.1:13430',
      '--secret',
      'WRONG',
      '--timeout',
      '5s',
      '--mermaid'
    ])
    expect(run.status).toBe(1)
    expect(run.out).toContain('```mermaid')
    expect(run.err).toContain('turn/udp: auth-failed')
    expect(run.err).toContain("--secret (or TURN_SECRET) must equal the server's shared secret")
  })

  test('a stun: URI checks only the Binding', async () => {
    const run = await cli(['stun:127.0.0.1:13430'])
    expect(run.status).toBe(0)
    expect(run.out).toMatch(/stun over udp passed/)
  })

  test.each([
    [['turns:127.0.0.1:5349?transport=udp', '--secret', 's'], /DTLS/],
    [['turn:127.0.0.1:99999', '--secret', 's'], /outside 1-65535/],
    [['turn:example..com', '--secret', 's'], /no valid host/],
    [['turn:127.0.0.1'], /need --user and --password \(or TURN_PASSWORD\), or --secret/],
    [['turn:127.0.0.1', '--secret', 's', '--check', 'ping'], /'ping' is not one of/],
    [['turn:127.0.0.1', '--secret', 's', '--timeout', '5'], /is not a duration/],
    [['turn:127.0.0.1', '--bogus'], /Unknown option '--bogus'/],
    [
      ['turn:127.0.0.1', '--user', 'u'],
      /^fly-webrtc-probe: --password \(or TURN_PASSWORD\): is needed/
    ],
    [[], /<uri>: is missing/]
  ])('bad usage %j: exit 2 before any packet', async (argv, message) => {
    const run = await cli(argv)
    expect(run.status).toBe(2)
    expect(run.err).toMatch(message)
    expect(run.out).toBe('')
  })

  test('no credentials: the message names the flags, never the action inputs', async () => {
    const run = await cli(['turn:127.0.0.1:3478'])
    expect(run.status).toBe(2)
    expect(run.err).toContain('--user')
    expect(run.err).toContain('--secret')
    expect(run.err).not.toContain('turn-username')
    expect(run.err).not.toContain('${{')
    expect(run.out).toBe('')
  })

  test.each([
    [
      ['turn:127.0.0.1', '--secret', 's', '--ca', '/nonexistent/ca.pem'],
      /^fly-webrtc-probe: --ca: cannot read '\/nonexistent\/ca\.pem' \(ENOENT\)/
    ],
    [['--http', 'not a url'], /^fly-webrtc-probe: --http: 'not a url' is not an http\(s\) URL/],
    [
      ['turn:127.0.0.1', '--secret', 's', '--http', 'ftp://x/health'],
      /^fly-webrtc-probe: --http: 'ftp:\/\/x\/health' is not an http\(s\) URL/
    ],
    [
      ['turn:127.0.0.1', '--secret', 's', '--timeout', '0s'],
      /^fly-webrtc-probe: --timeout: '0s' is not a duration/
    ],
    [['turn:127.0.0.1', '--secret', 's', '--check', 'ping'], /^fly-webrtc-probe: --check: 'ping'/],
    [
      ['turn:example..com', '--secret', 's'],
      /^fly-webrtc-probe: <uri>: 'turn:example\.\.com' has no valid host/
    ]
  ])('a bad value names its flag: %j', async (argv, message) => {
    const run = await cli(argv)
    expect(run.status).toBe(2)
    expect(run.err).toMatch(message)
    expect(run.err).not.toMatch(/Input '|\$\{\{/)
  })

  test('--help prints the usage', async () => {
    const run = await cli(['--help'])
    expect(run.status).toBe(0)
    expect(run.out).toContain('Usage: fly-webrtc-probe <uri>')
  })
})
