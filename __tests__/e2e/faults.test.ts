/**
 * Faults injected by the simulator, and servers that answer late or never: each run either
 * recovers or fails with a message a person can act on.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { TOKEN, callLines, runWithSim } from '../../test/e2e.js'

const COTURN = {
  app: 'turn-fault',
  preset: 'coturn',
  secrets: 'AUTH_SECRET=fault-secret',
  'probe-timeout': '15s'
}
let sim: Sim | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

test('a transient failure of a read call is retried and the run succeeds', async () => {
  sim = createSim({ faults: [{ match: 'ips list', mode: 'transient-once' }] })
  const run = await runWithSim(sim, COTURN)
  expect(run.exitCode).toBe(0)
  expect(callLines(sim).filter((line) => line.startsWith('ips list'))).toHaveLength(3)
  expect(run.stdout).toMatch(/retrying/)
}, 60_000)

test("a 502 on `ips list`, in flyctl's GraphQL wording, is retried", async () => {
  sim = createSim({ faults: [{ match: 'ips list', mode: 'transient-once', status: 502 }] })
  const run = await runWithSim(sim, { ...COTURN, probe: 'none' })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/server returned a non-200 status code: 502; retrying/)
  expect(callLines(sim).filter((line) => line.startsWith('ips list')).length).toBeGreaterThan(1)
}, 60_000)

describe('reads that fail in a way that passes are repeated (issue 12 item 9)', () => {
  const PLAIN = { ...COTURN, probe: 'none' }

  test('one slow `status` after a successful deploy does not fail the run', async () => {
    sim = createSim({ faults: [{ match: 'status', mode: 'slow', delayMs: 8000, times: 1 }] })
    const run = await runWithSim(sim, PLAIN, { env: { FLY_WEBRTC_CALL_TIMEOUT: '2s' } })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/flyctl status did not finish within 2 s and was stopped; retrying/)
    expect(run.outputs['release-version']).toBe('1')
  }, 60_000)

  test('a flyctl killed by a signal is reported by it and the read repeated', async () => {
    sim = createSim({ faults: [{ match: 'ips list', mode: 'killed', times: 1 }] })
    const run = await runWithSim(sim, PLAIN)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/flyctl ips list was killed by SIGKILL before it finished; retrying/)
    expect(run.stdout).not.toMatch(/exit code null/)
  }, 60_000)

  test.each([
    ['throttled', 'request throttled, please slow down'],
    ['rate-limited', 'failed to run query: Rate limit exceeded'],
    ['cut short', undefined]
  ])(
    'a %s read',
    async (_name, message) => {
      const mode = message === undefined ? ('bad-json' as const) : ('fail-once' as const)
      sim = createSim({ faults: [{ match: 'status', mode, message, times: 1 }] })
      const run = await runWithSim(sim, PLAIN)
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toMatch(/flyctl status (?:failed|printed output).*; retrying in/)
    },
    60_000
  )
})

test('`not authorized` right after the app was created is waited out (issue 8 item 6)', async () => {
  // flyctl:test/preflight/testlib/test_env.go:315-340: org-limited tokens, for a moment
  sim = createSim({
    faults: [
      {
        match: 'ips list',
        mode: 'fail-once',
        after: 'apps create',
        message: 'Not authorized to access this app'
      }
    ]
  })
  const run = await runWithSim(sim, { ...COTURN, probe: 'none' })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/flyctl ips list failed: Not authorized to access this app; retrying/)
}, 60_000)

test('a broken fly.toml in the workspace does not matter: flyctl runs in a directory of its own', async () => {
  sim = createSim()
  const workspace = mkdtempSync(path.join(tmpdir(), 'fwd-workspace-'))
  writeFileSync(path.join(workspace, 'fly.toml'), 'app = "someone-else"\n[[services]\nbroken\n')
  const run = await runWithSim(sim, { ...COTURN, probe: 'none' }, { workspace })
  expect(run.exitCode).toBe(0)
  // the same call from the workspace fails, as real flyctl does (command.go:700-787)
  const there = await sim.run(['ips', 'list', '--app', 'turn-fault', '--json'], {
    cwd: workspace,
    env: { FLY_API_TOKEN: 't' }
  })
  expect(there.stderr).toMatch(/failed loading app config from/)
}, 60_000)

test('a hanging call is cut at the timeout with a clear error', async () => {
  sim = createSim({ faults: [{ match: 'deploy', mode: 'hang' }] })
  const run = await runWithSim(sim, COTURN, { env: { FLY_WEBRTC_CALL_TIMEOUT: '3s' } })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/::error::flyctl deploy did not finish within 3 s and was stopped/)
  expect(run.durationMs).toBeLessThan(20_000)
}, 60_000)

test('bad JSON from flyctl is reported as such', async () => {
  sim = createSim({ faults: [{ match: 'ips list', mode: 'bad-json' }] })
  const run = await runWithSim(sim, COTURN)
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/flyctl ips list printed output that is not JSON/)
}, 60_000)

test("a failed deploy shows flyctl's own message", async () => {
  sim = createSim({
    faults: [
      {
        match: 'deploy',
        mode: 'fail-always',
        message:
          'failed to fetch an image or build from source: could not find image "coturn/coturn:nope"'
      }
    ]
  })
  const run = await runWithSim(sim, COTURN)
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/flyctl deploy failed: failed to fetch an image or build from source/)
}, 60_000)

test('machines left on the previous release fail the run although flyctl exited 0', async () => {
  sim = createSim()
  expect((await runWithSim(sim, { ...COTURN, probe: 'none' })).exitCode).toBe(0)
  sim.setFaults([{ match: 'status', mode: 'stale-release' }])
  const run = await runWithSim(sim, { ...COTURN, probe: 'none' })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/reported release v2, but machines run v1/)
}, 60_000)

test('a server that starts late is waited for, and ready-after-seconds says how long', async () => {
  sim = createSim({ startDelayMs: 3000 })
  const run = await runWithSim(sim, COTURN)
  expect(run.exitCode).toBe(0)
  const readyAfter = Number(run.outputs['ready-after-seconds'])
  expect(readyAfter).toBeGreaterThanOrEqual(2.5)
  expect(readyAfter).toBeLessThan(8)
  expect(run.summary).toMatch(/attempts/)
}, 60_000)

test('no server at the address: the run fails at the deadline with the diagnostic', async () => {
  sim = createSim()
  const run = await runWithSim(sim, {
    app: 'silent-e2e',
    preset: 'none',
    image: 'example/not-a-turn-server:1',
    'udp-ports': '3478',
    probe: 'stun',
    'probe-timeout': '3s'
  })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/fly-global-services|dedicated IPv4/)
  expect(run.summary).toMatch(/did not become ready/)
  expect(run.durationMs).toBeLessThan(20_000)
}, 60_000)

test('a deploy token cannot create an app: the error says which token is needed', async () => {
  sim = createSim({ tokens: { deploy: [TOKEN.replace('FlyV1 ', '')] } })
  const run = await runWithSim(sim, { ...COTURN, app: 'needs-org-token', probe: 'none' })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/::error::.*needs-org-token/)
  expect(run.stdout).toMatch(/fly tokens create org/)
}, 60_000)

test('a rejected token is reported as such, not as a missing app', async () => {
  sim = createSim({ tokens: { invalid: [TOKEN.replace('FlyV1 ', '')] } })
  const run = await runWithSim(sim, { ...COTURN, probe: 'none' })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/::error::Fly\.io refused the token/)
  expect(sim.calls().filter((c) => c.mutating)).toEqual([])
}, 60_000)

test('a name held by another account is reported with what to do', async () => {
  sim = createSim({ takenNames: ['taken-turn'] })
  const run = await runWithSim(sim, { ...COTURN, app: 'taken-turn', probe: 'none' })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/The app name 'taken-turn' is taken by another Fly\.io account/)
}, 60_000)

test('ipv4: shared allocates the free shared address once, for an HTTP-only app', async () => {
  sim = createSim()
  const inputs = {
    app: 'web-e2e',
    image: 'example/web:1',
    'http-port': '8080',
    ipv4: 'shared',
    probe: 'none'
  }
  const first = await runWithSim(sim, inputs)
  expect(first.exitCode).toBe(0)
  expect(first.outputs.ipv4).toMatch(/^127\.77\.\d+\.254$/)
  const second = await runWithSim(sim, inputs)
  expect(second.exitCode).toBe(0)
  expect(callLines(sim).filter((line) => line.startsWith('ips allocate-v4'))).toEqual([
    'ips allocate-v4 --shared --app web-e2e'
  ])
}, 60_000)
