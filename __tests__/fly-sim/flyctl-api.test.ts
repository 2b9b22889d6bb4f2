/**
 * How real flyctl (v0.4.87, ad0172f) reports what Fly's API does, where our notes were wrong
 * (shared/reference/fly-platform.md §3): the create race, 5xx wordings, deadlines, apps destroy;
 * plus the simulator's own fault modes for the failures of a process (slow, killed) and the
 * call log's record of flyctl's environment.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const env = { FLY_API_TOKEN: 'tok' }
const SUGGESTION =
  'App names are unique across all of Fly.io, not just your organization, so this name may be held by an app you cannot see. Try a different name.'
let sim: Sim

beforeAll(() => {
  sim = createSim({ createLatencyMs: 400 })
})
afterAll(() => sim.stop())

describe('apps create', () => {
  // fly-go:flaps/flaps_error.go:140-185: a create that raced past the API's name check hits the
  // unique constraint, reported generically; :50-59 the name_taken suggestion flyctl prints
  // after it (flyctl:internal/cli/cli.go:171-181).
  test('the loser of two simultaneous creates sees the unique constraint, then the suggestion', async () => {
    const runs = await Promise.all(
      [1, 2].map(() => sim.run(['apps', 'create', 'raced', '--org', 'personal'], { env }))
    )
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1])
    const loser = runs.find((r) => r.code === 1)!
    expect(loser.stderr).toBe(`Error: uniqueness constraint violated\n${SUGGESTION}\n\n`)
    expect(loser.stderr).not.toContain('already been taken')
    expect(Object.keys(sim.state().apps)).toEqual(['raced'])
  })

  test('a create after the app exists fails the name check, with the same suggestion', async () => {
    const r = await sim.run(['apps', 'create', 'raced', '--org', 'personal'], { env })
    expect(r.stderr).toBe(`Error: Name has already been taken\n${SUGGESTION}\n\n`)
  })
})

describe("5xx answers in flyctl's words", () => {
  test('GraphQL: `server returned a non-200 status code`, after the query text', async () => {
    // graphql.go:137 wrapped by fly-go:client.go:317
    sim.setFaults([{ match: 'ips list', mode: 'transient-once', status: 502 }])
    const r = await sim.run(['ips', 'list', '-a', 'raced', '--json'], { env })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^Error: failed to run \n\t\tquery \(\$appName: String!\) \{[\s\S]*\n\t: server returned a non-200 status code: 502\n$/
    )
    expect((await sim.run(['ips', 'list', '-a', 'raced', '--json'], { env })).code).toBe(0)
  })

  test('Machines API: `request returned non-2xx status: 503: <body>`', async () => {
    // fly-go:flaps/flaps.go:305-321 (a body that is not the API's JSON error)
    sim.setFaults([{ match: 'machine list', mode: 'transient-once' }])
    const r = await sim.run(['machine', 'list', '-a', 'raced', '--json'], { env })
    expect(r.stderr).toMatch(/^Error: request returned non-2xx status: 503: /)
  })

  // flyctl:internal/cli/cli.go:107-110: any context deadline exits 126
  test('a deadline exits 126', async () => {
    sim.setFaults([
      {
        match: 'deploy',
        mode: 'fail-once',
        exitCode: 126,
        message: 'timeout reached waiting for health checks to pass: context deadline exceeded'
      }
    ])
    const r = await sim.run(['deploy', '-a', 'raced', '-i', 'x:1'], { env })
    expect(r.code).toBe(126)
  })
})

describe('process faults', () => {
  test('`after`: a fault that starts once another command has succeeded', async () => {
    sim.setFaults([
      {
        match: 'status',
        mode: 'fail-once',
        after: 'apps create',
        message: 'Not authorized to access this app'
      }
    ])
    // flyctl's own e2e harness retries this right after `apps create`
    // (flyctl:test/preflight/testlib/test_env.go:315-340)
    expect((await sim.run(['status', '-a', 'raced', '--json'], { env })).code).toBe(0)
    await sim.run(['apps', 'create', 'second', '--org', 'personal'], { env })
    const after = await sim.run(['status', '-a', 'second', '--json'], { env })
    expect(after.stderr).toBe('Error: Not authorized to access this app\n')
    expect((await sim.run(['status', '-a', 'second', '--json'], { env })).code).toBe(0)
  })

  test('slow answers after its delay; killed dies by its signal and is logged', async () => {
    sim.setFaults([
      { match: 'status', mode: 'slow', delayMs: 700, times: 1 },
      { match: 'releases', mode: 'killed', signal: 'SIGKILL', times: 1 }
    ])
    const started = Date.now()
    const slow = await sim.run(['status', '-a', 'raced', '--json'], { env })
    expect(slow.code).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(700)
    const killed = await sim.run(['releases', '-a', 'raced', '--json'], { env })
    expect(killed).toMatchObject({ stdout: '', stderr: '' })
    expect(sim.calls().at(-1)).toMatchObject({ argv: ['releases', '-a', 'raced', '--json'] })
    expect(sim.calls().at(-1)?.exitCode).toBe(137)
  })

  test("the call log records the names of flyctl's environment, never a value", async () => {
    sim.setFaults([])
    await sim.run(['status', '-a', 'raced', '--json'], {
      env: { ...env, INPUT_SECRETS: 'AUTH_SECRET=do-not-log-me' }
    })
    const call = sim.calls().at(-1)!
    expect(call.envNames).toEqual(expect.arrayContaining(['FLY_API_TOKEN', 'INPUT_SECRETS']))
    expect(JSON.stringify(sim.calls())).not.toContain('do-not-log-me')
  })
})

// flyctl:internal/command/apps/destroy.go:76-104: the app goes with its addresses
test('apps destroy removes the app and its addresses in one call', async () => {
  await sim.run(['ips', 'allocate-v4', '--yes', '-a', 'second'], { env })
  await sim.run(['ips', 'allocate-v6', '-a', 'second'], { env })
  expect((await sim.run(['apps', 'destroy', 'second', '--yes'], { env })).code).toBe(0)
  const list = await sim.run(['ips', 'list', '-a', 'second', '--json'], { env })
  expect(list.stderr).toContain('Could not find App "second"')
})
