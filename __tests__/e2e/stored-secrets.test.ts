/**
 * A redeploy whose `secrets` input lacks the preset's required secret, on an app that has it
 * stored (a `workflow_dispatch` redeploy): accepted, with the probe's own credential; refused
 * before any change when the probe has none, when the app has no such secret, or when the app
 * does not exist. Through the bundled action, against the simulator and a real coturn.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { callLines, mutatingCalls, runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const STORED = 'stored-auth-secret-7f3a'
const IMAGE = 'coturn/coturn:4.17.0-r0'
const REDEPLOY = { preset: 'coturn', secrets: '', 'probe-timeout': '20s' }

describe('coturn: AUTH_SECRET stored on the app, not in the secrets input', () => {
  let sim: Sim

  beforeAll(() => {
    sim = createSim()
    sim.seedApp('turn-kept', {
      secrets: { AUTH_SECRET: STORED },
      releases: [IMAGE],
      dedicatedIpv4: 1
    })
    sim.seedApp('turn-bare', { secrets: { OTHER: 'x' }, releases: [IMAGE], dedicatedIpv4: 1 })
  })
  afterAll(() => sim.stop())

  test('without turn-secret the run fails before any call, naming turn-secret', async () => {
    const before = sim.calls().length
    const run = await runWithSim(sim, { ...REDEPLOY, app: 'turn-kept' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input 'turn-secret': the coturn preset probes TURN with the shared secret AUTH_SECRET/
    )
    expect(run.stdout).toContain("give the probe the same value in 'turn-secret'")
    expect(mutatingCalls(sim)).toEqual([])
    expect(sim.calls()).toHaveLength(before)
  }, 60_000)

  test('on an app without it stored, the run fails after one read, naming secrets', async () => {
    const before = sim.calls().length
    const run = await runWithSim(sim, { ...REDEPLOY, app: 'turn-bare', 'turn-secret': STORED })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input 'secrets': the coturn preset needs the secret AUTH_SECRET: the secrets input does not set it, and the app turn-bare has no secret AUTH_SECRET stored/
    )
    expect(callLines(sim).slice(before)).toEqual([
      'ips list --app turn-bare --json',
      'secrets list --app turn-bare --json'
    ])
    expect(mutatingCalls(sim)).toEqual([])
  }, 60_000)

  test('for an app that does not exist, it fails without asking for its secrets', async () => {
    const before = sim.calls().length
    const run = await runWithSim(sim, { ...REDEPLOY, app: 'turn-new', 'turn-secret': STORED })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'secrets'.*turn-new does not exist yet/)
    expect(callLines(sim).slice(before)).toEqual(['ips list --app turn-new --json'])
    expect(mutatingCalls(sim)).toEqual([])
  }, 60_000)

  test('with turn-secret it redeploys with the stored value and probes green', async () => {
    const before = sim.calls().length
    const run = await runWithSim(sim, { ...REDEPLOY, app: 'turn-kept', 'turn-secret': STORED })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      app: 'turn-kept',
      created: 'false',
      'release-version': '2'
    })
    expect(run.summary).toContain('turn-kept is ready')
    expect(run.stdout).toContain(
      'AUTH_SECRET: not in the secrets input, already stored on turn-kept'
    )
    // Nothing imported: the stored value is what the new release runs with.
    expect(
      callLines(sim)
        .slice(before)
        .map((line) => line.split(' --')[0])
    ).toEqual(['ips list', 'secrets list', expect.stringMatching(/^deploy/), 'status'])
    expect(sim.state().apps['turn-kept'].secrets.AUTH_SECRET).toBe(STORED)
    expect(sim.serverLog('turn-kept')).toContain(`--static-auth-secret=${STORED}`)
  }, 90_000)
})

describe('fishjam: FJ_SERVER_API_TOKEN stored on the app, not in the secrets input', () => {
  const TOKEN = 'stored-fishjam-token-91c2'
  let sim: Sim

  beforeAll(() => {
    sim = createSim()
    sim.seedApp('fishjam-kept', {
      secrets: { FJ_SERVER_API_TOKEN: TOKEN },
      releases: ['ghcr.io/fishjam-dev/fishjam:0.6.3'],
      dedicatedIpv4: 1
    })
  })
  afterAll(() => sim.stop())

  const redeploy = (inputs: Record<string, string>) =>
    runWithSim(sim, { app: 'fishjam-kept', preset: 'fishjam', secrets: '', ...inputs })

  test('without health-token the run fails before any call, naming health-token', async () => {
    const run = await redeploy({})
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input 'health-token': the fishjam preset's health check authenticates with FJ_SERVER_API_TOKEN/
    )
    expect(sim.calls()).toEqual([])
  }, 60_000)

  test('with health-token it redeploys and the health check, which needs the stored token, passes', async () => {
    const run = await redeploy({
      'health-token': TOKEN,
      // *.fly.dev does not resolve here: the health check goes to the simulated machine directly.
      'health-url': 'http://{ipv4}:8080/health',
      'fishjam-url': 'http://{ipv4}:8080',
      'probe-timeout': '15s'
    })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('fishjam-kept is ready')
    expect(mutatingCalls(sim).map((line) => line.split(' --')[0])).toEqual([
      expect.stringMatching(/^deploy/)
    ])
  }, 90_000)
})
