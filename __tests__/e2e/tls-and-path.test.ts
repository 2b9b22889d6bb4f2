/**
 * Issue 11 end to end: the bundled action against the simulator's edge and real coturn. TURN
 * over TLS on 443 with the coturn defaults, and the probe that one lucky packet cannot fool:
 * broken TLS forwarding, an alternating edge, UDP that stops, a path MTU below 1200 bytes.
 */
import { afterEach, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'smol-toml'
import { createSim, type SimOptions, type Sim } from '../../test/fly-sim/harness.js'
import { runWithSim } from '../../test/e2e.js'
import type { ActionRun } from '../../test/run-action.js'

const COTURN = { preset: 'coturn', secrets: 'AUTH_SECRET=edge-secret-42', 'probe-timeout': '20s' }
let sim: Sim | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

async function deploy(
  app: string,
  options: SimOptions,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  sim = createSim(options)
  return runWithSim(sim, { ...COTURN, app, ...inputs }, { timeoutMs: 90_000 })
}

interface Service {
  protocol: string
  internal_port: number
  ports: { port?: number; handlers?: string[]; tls_options?: unknown }[]
}

test('coturn defaults: 443 and 5349 with the tls handler, UDP, TCP and TLS green, a turns: URL', async () => {
  const run = await deploy('turn-tls', {})
  expect(run.exitCode === 0 ? 'ok' : run.stdout).toBe('ok')
  const config = parse(readFileSync(run.outputs.config, 'utf8')) as unknown as {
    services: Service[]
  }
  const tcp = config.services.find((s) => s.protocol === 'tcp' && s.internal_port === 3478)
  expect(tcp?.ports.filter((p) => p.handlers?.includes('tls'))).toEqual(
    [443, 5349].map((port) => ({
      port,
      handlers: ['tls'],
      tls_options: { alpn: ['stun.turn', 'http/1.1'], versions: ['TLSv1.2', 'TLSv1.3'] }
    }))
  )
  expect(JSON.stringify(config)).toContain('"--no-tls"')
  expect(run.summary).toMatch(
    /Ready after [\d.]+ s \(attempts \d+-\d+, 3 in a row from fresh source ports\): stun, turn, relay over udp, tcp, tls passed/
  )
  const ipv4 = run.outputs.ipv4
  expect(run.outputs['turn-urls'].split(',')).toEqual([
    `turn:${ipv4}:3478?transport=udp`,
    `turn:${ipv4}:3478?transport=tcp`,
    'turns:turn-tls.fly.dev:443?transport=tcp'
  ])
  expect(run.outputs['turn-urls']).not.toMatch(/turns:\d/)
  // The edge saw the app's name in SNI, on 443, the port the probe and the URL use.
  expect(sim?.serverLog('turn-tls')).toMatch(/tls 443: TLSv1\.3, SNI turn-tls\.fly\.dev/)
}, 120_000)

test('broken TLS forwarding fails the run, naming TLS', async () => {
  const run = await deploy(
    'turn-broken',
    { edge: { tlsForwarding: 'broken' } },
    {
      'probe-timeout': '4s'
    }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.summary).toMatch(/stun\/tls closed/)
  expect(run.summary).toContain('The TLS handshake worked but the connection closed')
  expect(run.summary).toMatch(/stun\/udp: ok/)
}, 120_000)

test('an alternating edge: probe-successes 1 passes, the default 3 fails and says why', async () => {
  const edge = { udp: { alternate: true } }
  const one = await deploy('turn-alt-one', { edge }, { 'probe-successes': '1' })
  expect(one.exitCode === 0 ? 'ok' : one.stdout).toBe('ok')
  await sim?.stop()

  const three = await deploy('turn-alt', { edge }, { 'probe-timeout': '5s' })
  expect(three.exitCode).not.toBe(0)
  expect(three.summary).toMatch(
    /3 passing attempts in a row needed, at most 1 \(\d+ of \d+ passed\)/
  )
  expect(three.summary).toContain('never 3 in a row')
  expect(three.summary).toContain('an edge that cannot reach the machine')
}, 120_000)

test('UDP that stops after 3 s fails a 15 s probe-hold, saying when', async () => {
  const run = await deploy(
    'turn-cut',
    { edge: { udp: { stopAfterMs: 3000 } } },
    {
      'probe-hold': '15s'
    }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.summary).toMatch(
    /, but UDP stopped 10\.0 s into the 15\.0 s hold \(the last good exchange was at 0\.0 s\)/
  )
  expect(run.summary).toContain('exactly five minutes')
}, 120_000)

test('a path MTU below 1200 bytes fails the run, naming MTU', async () => {
  const run = await deploy('turn-mtu', { edge: { udp: { mtu: 1000 } } }, { 'probe-timeout': '4s' })
  expect(run.exitCode).not.toBe(0)
  expect(run.summary).toMatch(/relay\/udp mtu/)
  expect(run.summary).toContain('media-sized ones (1200 bytes of payload) did not')
}, 120_000)

test("a runner that does not trust the edge's CA fails, naming an untrusted certificate", async () => {
  sim = createSim({})
  const run = await runWithSim(
    sim,
    { ...COTURN, app: 'turn-untrusted', 'probe-timeout': '6s' },
    { env: { NODE_EXTRA_CA_CERTS: '' }, timeoutMs: 90_000 }
  )
  expect(run.exitCode).not.toBe(0)
  expect(run.summary).toMatch(/stun\/tls: tls-error \(attempt \d+\): .*untrusted certificate/)
  expect(run.summary).toContain('fly certs add')
  expect(run.summary).toContain('waiting will not fix it')
}, 120_000)
