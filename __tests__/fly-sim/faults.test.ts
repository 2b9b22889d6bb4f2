// Fault injection: failures, transient errors, hangs, bad JSON and stale releases per command.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

const env = { FLY_API_TOKEN: 'tok' }
let sim: Sim
const ipsList = () => sim.run(['ips', 'list', '-a', 'app1', '--json'], { env })

beforeAll(() => {
  sim = createSim()
  sim.seedApp('app1', {
    dedicatedIpv4: 1,
    releases: ['coturn/coturn:4.6', 'coturn/coturn:4.7'],
    machines: 1
  })
})
afterAll(async () => {
  await sim.stop()
})

test('fail-once fails the first matching call only, with the given message', async () => {
  sim.setFaults([{ match: 'ips list', mode: 'fail-once', message: 'boom' }])
  const first = await ipsList()
  const second = await ipsList()
  expect(first).toMatchObject({ code: 1, stdout: '', stderr: 'Error: boom\n' })
  expect(second.code).toBe(0)
  const other = await sim.run(['status', '-a', 'app1', '--json'], { env })
  expect(other.code).toBe(0)
})

test("fail-always keeps failing; transient-once is a 503 in flyctl's words, then succeeds", async () => {
  sim.setFaults([
    {
      match: 'deploy',
      mode: 'fail-always',
      message: 'release command failed - aborting deployment.'
    },
    { match: 'releases', mode: 'transient-once' }
  ])
  const deploys = await Promise.all(
    [1, 2].map(() => sim.run(['deploy', '-a', 'app1', '-i', 'x:1'], { env }))
  )
  expect(deploys.map((d) => d.stderr)).toEqual([
    'Error: release command failed - aborting deployment.\n',
    'Error: release command failed - aborting deployment.\n'
  ])
  expect(sim.state().apps.app1.releases).toHaveLength(2) // a failed deploy records nothing
  const first = await sim.run(['releases', '-a', 'app1', '--json'], { env })
  const second = await sim.run(['releases', '-a', 'app1', '--json'], { env })
  expect(first.code).toBe(1)
  // GraphQL's wording for a 5xx (graphql.go:137, fly-go:client.go:317)
  expect(first.stderr).toContain('server returned a non-200 status code: 503')
  expect(second.code).toBe(0)
})

test('hang never answers; killed by the caller, it is still logged', async () => {
  sim.setFaults([{ match: 'ips', mode: 'hang' }])
  const started = Date.now()
  const r = await sim.run(['ips', 'list', '-a', 'app1', '--json'], { env, timeoutMs: 800 })
  expect(Date.now() - started).toBeGreaterThanOrEqual(800)
  expect(r).toMatchObject({ code: 143, stdout: '' })
  expect(sim.calls().at(-1)).toMatchObject({
    argv: ['ips', 'list', '-a', 'app1', '--json'],
    exitCode: 143
  })
})

test('bad-json cuts the JSON document so it does not parse', async () => {
  sim.setFaults([{ match: 'ips list', mode: 'bad-json' }])
  const r = await ipsList()
  expect(r.code).toBe(0)
  expect(r.stdout.startsWith('[\n    {')).toBe(true)
  expect(() => JSON.parse(r.stdout) as unknown).toThrow()
})

test('stale-release: status shows the machines still on the previous release', async () => {
  sim.setFaults([])
  const deployed = await sim.run(['deploy', '-a', 'app1', '-i', 'coturn/coturn:4.8'], { env })
  expect(deployed.code).toBe(0)
  sim.setFaults([{ match: 'status', mode: 'stale-release' }])
  const status = JSON.parse(
    (await sim.run(['status', '-a', 'app1', '--json'], { env })).stdout
  ) as {
    Version: number
    Machines: { config: { image: string; metadata: { fly_release_version: string } } }[]
  }
  expect(status.Version).toBe(3)
  expect(status.Machines.map((m) => m.config.metadata.fly_release_version)).toEqual(['2'])
  expect(status.Machines[0].config.image).toBe('coturn/coturn:4.7')
  sim.setFaults([])
  const fresh = JSON.parse(
    (await sim.run(['status', '-a', 'app1', '--json'], { env })).stdout
  ) as typeof status
  expect(fresh.Machines.map((m) => m.config.metadata.fly_release_version)).toEqual(['3'])
})
