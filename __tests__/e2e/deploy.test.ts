/**
 * The whole action, bundled, against the Fly simulator and a real coturn at the address the
 * action allocated: first deploy, redeploy, concurrent first deploys, and the secret-leak check.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'smol-toml'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import {
  callLines,
  exposedText,
  mutatingCalls,
  runWithSim,
  secretCarriersInFlyctlEnv
} from '../../test/e2e.js'
import type { ActionRun } from '../../test/run-action.js'

const AUTH_SECRET = 'e2e-auth-secret with spaces #and = signs'
const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----'
const COTURN = {
  app: 'turn-e2e',
  preset: 'coturn',
  secrets: `AUTH_SECRET="${AUTH_SECRET}"\nTLS_KEY="""${PEM}"""`,
  'probe-timeout': '20s'
}
const SECRET_VALUES = [AUTH_SECRET, PEM, 'MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA']

describe('coturn preset, first deploy then redeploy', () => {
  let sim: Sim
  let first: ActionRun
  let second: ActionRun
  let firstCalls: string[]
  let secondCalls: string[]

  beforeAll(async () => {
    sim = createSim()
    first = await runWithSim(sim, COTURN)
    firstCalls = callLines(sim)
    second = await runWithSim(sim, COTURN)
    secondCalls = callLines(sim).slice(firstCalls.length)
  }, 90_000)
  afterAll(() => sim.stop())

  test('the first run creates the app, allocates one IPv4, deploys and probes green', () => {
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({
      app: 'turn-e2e',
      hostname: 'turn-e2e.fly.dev',
      created: 'true',
      'ipv4-allocated': 'true',
      'release-version': '1'
    })
    expect(first.outputs.ipv4).toMatch(/^127\.77\.\d+\.\d+$/)
    // the IPv6 flyctl's first deploy would have added, had the IPv4 not been there first
    expect(first.outputs.ipv6).toMatch(/^2001:db8:77:[0-9a-f]+::[0-9a-f]+$/)
    expect(first.outputs['stun-url']).toBe(`stun:${first.outputs.ipv4}:3478`)
    expect(first.outputs['turn-urls']).toContain(`turn:${first.outputs.ipv4}:3478?transport=udp`)
    expect(Number(first.outputs['probe-rtt-ms'])).toBeGreaterThan(0)
    expect(first.summary).toContain('turn-e2e is ready')
  })

  test('the rendered config holds the allocated address and the secrets reach Fly byte for byte', () => {
    const config = parse(readFileSync(first.outputs.config, 'utf8'))
    expect(JSON.stringify(config)).toContain(`--external-ip=${first.outputs.ipv4}`)
    const secrets = sim.state().apps['turn-e2e'].secrets
    expect(secrets.AUTH_SECRET).toBe(AUTH_SECRET)
    expect(secrets.TLS_KEY).toBe(PEM)
  })

  test('a first deploy makes at most 8 flyctl calls, in pipeline order', () => {
    const commands = firstCalls.map((line) => line.split(' --')[0])
    expect(commands).toEqual([
      'ips list',
      'apps create turn-e2e',
      'ips allocate-v4',
      'ips allocate-v6',
      'ips list',
      'secrets import',
      expect.stringMatching(/^deploy/),
      'status'
    ])
  })

  test('a redeploy creates nothing, allocates nothing, and makes at most 4 calls', () => {
    expect(second.exitCode).toBe(0)
    expect(second.outputs).toMatchObject({
      created: 'false',
      'ipv4-allocated': 'false',
      ipv4: first.outputs.ipv4,
      ipv6: first.outputs.ipv6,
      'release-version': '2'
    })
    expect(secondCalls.map((line) => line.split(' --')[0])).toEqual([
      'ips list',
      'secrets import',
      expect.stringMatching(/^deploy/),
      'status'
    ])
    expect(sim.state().apps['turn-e2e'].ips.filter((ip) => ip.type === 'v4')).toHaveLength(1)
  })

  test('command: probe checks the running app again, and with probe-host needs no token at all', async () => {
    const before = sim.calls().length
    const viaApp = await runWithSim(sim, { ...COTURN, command: 'probe' })
    expect(viaApp.exitCode).toBe(0)
    expect(viaApp.outputs['stun-url']).toBe(`stun:${first.outputs.ipv4}:3478`)
    expect(callLines(sim).slice(before)).toEqual(['ips list --app turn-e2e --json'])

    const direct = await runWithSim(sim, {
      command: 'probe',
      'api-token': '',
      'probe-host': first.outputs.ipv4,
      probe: 'turn, relay',
      'turn-secret': AUTH_SECRET
    })
    expect(direct.exitCode).toBe(0)
    expect(direct.summary).toMatch(/answers/)
    expect(sim.calls()).toHaveLength(before + 1)
  }, 60_000)

  test('no secret value appears in argv, logs, outputs, summary or the rendered fly.toml', () => {
    for (const run of [first, second]) {
      const exposed = exposedText(run, sim)
      for (const secret of SECRET_VALUES) expect(exposed).not.toContain(secret)
    }
  })

  test("flyctl's environment holds none of the action's inputs (issue 12 item 10)", () => {
    // The runner gave the action INPUT_SECRETS, INPUT_API-TOKEN, ...; flyctl gets an allow-list.
    expect(sim.calls().length).toBeGreaterThan(8)
    for (const call of sim.calls()) expect(call.envNames).toContain('FLY_API_TOKEN')
    expect(secretCarriersInFlyctlEnv(sim)).toEqual([])
  })

  test('every secret value is masked before anything else is logged', () => {
    const firstLine = first.stdout.split('\n').findIndex((line) => !line.startsWith('::add-mask::'))
    const masks = first.stdout.split('\n').slice(0, firstLine)
    expect(masks).toEqual(
      expect.arrayContaining([`::add-mask::${AUTH_SECRET.replace(/%/g, '%25')}`])
    )
  })
})

describe('three simultaneous first deploys of one app', () => {
  let sim: Sim
  let runs: ActionRun[]

  beforeAll(async () => {
    // The API takes a while between its name check and the insert: all three creates pass the
    // check, two lose at the unique constraint (fly-platform.md §3, flaps_error.go:140-185).
    sim = createSim({ createLatencyMs: 3000 })
    const inputs = { ...COTURN, app: 'turn-race', probe: 'none' }
    runs = await Promise.all([1, 2, 3].map(() => runWithSim(sim, inputs)))
  }, 90_000)
  afterAll(() => sim.stop())

  test('all succeed; the app ends with exactly one dedicated IPv4, reported by every run', () => {
    for (const run of runs) expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
    expect(Object.keys(sim.state().apps)).toEqual(['turn-race'])
    const ips = sim.state().apps['turn-race'].ips
    const v4 = ips.filter((ip) => ip.type === 'v4')
    expect(v4).toHaveLength(1)
    expect(runs.map((r) => r.outputs.ipv4)).toEqual([v4[0].address, v4[0].address, v4[0].address])
    const v6 = ips.filter((ip) => ip.type === 'v6')
    expect(v6).toHaveLength(1)
    expect(runs.map((r) => r.outputs.ipv6)).toEqual([v6[0].address, v6[0].address, v6[0].address])
  })

  test('the losers saw the unique constraint and adopted the app like any other run', () => {
    expect(runs.map((r) => r.outputs.created).sort()).toEqual(['false', 'false', 'true'])
    const adopted = runs.filter((r) => r.outputs.created === 'false')
    for (const run of adopted) {
      expect(run.stdout).toMatch(
        /App turn-race was created by a concurrent run \(flyctl: uniqueness constraint violated\); using it/
      )
    }
  })

  test('duplicate addresses are released by the run that made them, one call per run', () => {
    const v4s = mutatingCalls(sim).filter((line) => line.startsWith('ips allocate-v4'))
    const v6s = mutatingCalls(sim).filter((line) => line.startsWith('ips allocate-v6'))
    const released = mutatingCalls(sim)
      .filter((line) => line.startsWith('ips release'))
      .flatMap((line) => line.split(' ').slice(2, -2))
    expect(released).toHaveLength(v4s.length - 1 + v6s.length - 1)
  })
})

describe('fishjam preset, first deploy', () => {
  let sim: Sim
  let run: ActionRun
  const TOKEN_VALUE = 'fishjam-server-api-token-42'

  beforeAll(async () => {
    sim = createSim()
    run = await runWithSim(sim, {
      app: 'fishjam-e2e',
      preset: 'fishjam',
      secrets: `FJ_SERVER_API_TOKEN=${TOKEN_VALUE}`,
      // *.fly.dev does not resolve here: the checks go to the simulated machine directly.
      'health-url': 'http://{ipv4}:8080/health',
      'fishjam-url': 'http://{ipv4}:8080',
      'probe-timeout': '15s'
    })
  }, 90_000)
  afterAll(() => sim.stop())

  test('creates the app, allocates one IPv4, renders it into the config, and the health check passes', () => {
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      app: 'fishjam-e2e',
      created: 'true',
      'ipv4-allocated': 'true',
      'release-version': '1'
    })
    const env = (parse(readFileSync(run.outputs.config, 'utf8')) as { env: Record<string, string> })
      .env
    expect(env).toMatchObject({
      FJ_WEBRTC_TURN_IP: run.outputs.ipv4,
      FJ_HOST: 'fishjam-e2e.fly.dev',
      FJ_PORT: '8080'
    })
    expect(sim.state().apps['fishjam-e2e'].secrets.FJ_SERVER_API_TOKEN).toBe(TOKEN_VALUE)
    expect(run.summary).toMatch(/fishjam-e2e is ready/)
  })
})
