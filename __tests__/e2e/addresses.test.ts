/**
 * Which public addresses an app ends up with (issue 8 items 3, 4 and 5; fly-platform.md §3): as
 * flyctl decides for raw TCP, none at all for `ipv4: none`, and the IPv6 that flyctl's own first
 * deploy would have added, which it skips because the action allocated the IPv4 first.
 */
import { afterEach, expect, test } from '@jest/globals'
import { callLines, mutatingCalls, runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'

let sim: Sim | undefined

afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

const WEB = { image: 'example/web:1', 'http-port': '8080', probe: 'none' }

test('ipv4: none on a first HTTP-only deploy leaves the app without public addresses', async () => {
  sim = createSim()
  const run = await runWithSim(sim, { ...WEB, app: 'private-web', ipv4: 'none' })
  expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
  // flyctl would otherwise provision a shared IPv4 and an IPv6 itself (deploy_first.go:29-105)
  expect(callLines(sim).find((line) => line.startsWith('deploy'))).toMatch(/ --no-public-ips/)
  expect(sim.state().apps['private-web']).toMatchObject({ ips: [], sharedIpv4: null })
  expect(run.outputs.ipv4 ?? '').toBe('')
  expect(run.outputs.ipv6 ?? '').toBe('')
}, 60_000)

test('a raw TCP app gets a dedicated IPv4 by default, as flyctl itself decides', async () => {
  sim = createSim()
  const run = await runWithSim(sim, {
    app: 'raw-tcp',
    image: 'example/tcp:1',
    'tcp-ports': '8443',
    probe: 'none'
  })
  expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
  expect(mutatingCalls(sim)).toContain('ips allocate-v4 --yes --app raw-tcp')
  expect(run.outputs['ipv4-allocated']).toBe('true')
}, 60_000)

test('ipv4: shared with raw TCP fails before anything changes, naming the fix', async () => {
  sim = createSim()
  const run = await runWithSim(sim, {
    app: 'raw-shared',
    image: 'example/tcp:1',
    'tcp-ports': '8443',
    ipv4: 'shared',
    probe: 'none'
  })
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/raw TCP \(8443\) but ipv4: shared/)
  expect(run.stdout).toMatch(/Set the input ipv4: dedicated/)
  expect(mutatingCalls(sim)).toEqual([])
}, 60_000)

test('ipv4: shared on a new app brings the IPv6 that flyctl would have given it', async () => {
  sim = createSim()
  const run = await runWithSim(sim, { ...WEB, app: 'shared-web', ipv4: 'shared' })
  expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
  expect(mutatingCalls(sim)).toEqual([
    'apps create shared-web --org personal',
    'ips allocate-v4 --shared --app shared-web',
    'ips allocate-v6 --app shared-web',
    expect.stringMatching(/^deploy /)
  ])
  expect(run.outputs.ipv6).toBe(sim.state().apps['shared-web'].ips[0].address)
}, 60_000)

test('a UDP-only app gets no IPv6: Fly carries no UDP over it', async () => {
  sim = createSim()
  const run = await runWithSim(sim, {
    app: 'udp-only',
    image: 'example/udp:1',
    'udp-ports': '3478',
    probe: 'none'
  })
  expect(run.exitCode === 0 ? 0 : run.stdout).toBe(0)
  expect(sim.state().apps['udp-only'].ips.map((ip) => ip.type)).toEqual(['v4'])
}, 60_000)
