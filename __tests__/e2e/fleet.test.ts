/**
 * A fleet through the bundled action on the simulator with real coturn: `regions` deploys one
 * app per region, each with one dedicated IPv4 and one machine in its region, probes each, and
 * reports one line per region; reruns change nothing; destroy removes every member.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { mutatingCalls, runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { FakeGitHub } from '../../test/github-api.js'

const COTURN = {
  app: 'turn',
  preset: 'coturn',
  regions: 'fra, iad',
  secrets: 'AUTH_SECRET=fleet-secret-0123',
  'probe-timeout': '15s'
}

interface FleetEntry {
  region: string
  app: string
  hostname: string
  ipv4: string | null
  'release-version': number | null
  'ready-after-seconds': number | null
  'probe-rtt-ms': number | null
  ok: boolean
}

const EVENTS = path.resolve(import.meta.dirname, '../fixtures/events')
const event = (file: string): { name: string; payload: unknown } => ({
  name: file.split('.')[0],
  payload: JSON.parse(readFileSync(path.join(EVENTS, file), 'utf8')) as unknown
})

describe('a fleet of two regions', () => {
  let sim: Sim
  beforeAll(() => {
    sim = createSim()
  })
  afterAll(() => sim.stop())

  test('deploys <app>-<region> apps, one IPv4 and one machine in its region each, both probed', async () => {
    const run = await runWithSim(sim, COTURN)
    expect(run.exitCode).toBe(0)
    const fleet = JSON.parse(run.outputs.fleet) as FleetEntry[]
    expect(fleet.map((m) => [m.region, m.app, m.ok])).toEqual([
      ['fra', 'turn-fra', true],
      ['iad', 'turn-iad', true]
    ])
    for (const member of fleet) {
      const app = sim.state().apps[member.app]
      expect(app.ips.filter((ip) => ip.type === 'v4').map((ip) => ip.address)).toEqual([
        member.ipv4
      ])
      expect(app.machines.map((m) => m.region)).toEqual([member.region])
      expect(member['release-version']).toBe(1)
      expect(member['probe-rtt-ms']).toEqual(expect.any(Number))
    }
    const servers = JSON.parse(run.outputs['ice-servers']) as { urls: string[] }[]
    expect(servers).toHaveLength(2)
    expect(servers.map((s) => s.urls[0])).toEqual(fleet.map((m) => `stun:${m.ipv4}:3478`))
    expect(run.outputs.app).toBe('turn-fra')
    expect(run.outputs.ipv4).toBe(fleet[0].ipv4)
    expect(sim.state().apps.turn).toBeUndefined()
    expect(run.summary).toMatch(/\| fra \| \[turn-fra\]/)
  }, 90_000)

  test('a rerun creates no app and allocates no address', async () => {
    const before = mutatingCalls(sim).length
    const run = await runWithSim(sim, COTURN)
    expect(run.exitCode).toBe(0)
    const made = mutatingCalls(sim)
      .slice(before)
      .map((call) => call.split(' ').slice(0, 2).join(' '))
    expect(made.sort()).toEqual([
      'deploy --config',
      'deploy --config',
      'secrets import',
      'secrets import'
    ])
  }, 90_000)

  test('an app named like the base is never touched, and the log says it is outside the fleet', async () => {
    sim.seedApp('turn', { dedicatedIpv4: 1, releases: ['coturn/coturn:4.6.3'] })
    const before = mutatingCalls(sim).length
    const run = await runWithSim(sim, COTURN)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/App turn exists outside the fleet/)
    expect(
      mutatingCalls(sim)
        .slice(before)
        .some((call) => /--app turn\b(?!-)/.test(call))
    ).toBe(false)
  }, 90_000)

  test('plan lists each member with its calls and config, and changes nothing', async () => {
    const before = mutatingCalls(sim).length
    const run = await runWithSim(sim, { ...COTURN, app: 'planned', command: 'plan' })
    expect(run.exitCode).toBe(0)
    expect(mutatingCalls(sim)).toHaveLength(before)
    expect(run.summary).toMatch(/Plan for the fleet planned: nothing was changed/)
    expect(run.summary).toMatch(/\| fra \| planned-fra \(would be created in personal\) \|/)
    for (const app of ['planned-fra', 'planned-iad']) {
      expect(run.summary).toContain(`flyctl calls a deploy of ${app} would make`)
      expect(run.summary).toContain(`flyctl apps create ${app} --org personal`)
      expect(run.summary).toContain(`Rendered fly.toml of ${app}`)
    }
    expect(run.summary).toMatch(/primary_region = "fra"/)
    expect(run.summary).toMatch(/primary_region = "iad"/)
  }, 60_000)

  test('a single app reports itself as a fleet of one, with one ICE server', async () => {
    const run = await runWithSim(sim, { ...COTURN, app: 'solo', regions: '', region: 'syd' })
    expect(run.exitCode).toBe(0)
    const fleet = JSON.parse(run.outputs.fleet) as FleetEntry[]
    expect(fleet).toEqual([
      expect.objectContaining({ region: 'syd', app: 'solo', ipv4: run.outputs.ipv4, ok: true })
    ])
    const servers = JSON.parse(run.outputs['ice-servers']) as { urls: string[] }[]
    expect(servers).toEqual([
      { urls: [run.outputs['stun-url'], ...run.outputs['turn-urls'].split(',')] }
    ])
  }, 60_000)

  test('destroy with the same regions removes every member and leaves the plain app', async () => {
    const run = await runWithSim(sim, { ...COTURN, command: 'destroy' })
    expect(run.exitCode).toBe(0)
    expect(Object.keys(sim.state().apps).sort()).toEqual(['solo', 'turn'])
  }, 60_000)
})

describe('a fleet preview', () => {
  let sim: Sim
  let github: FakeGitHub
  const preview = (file: string, inputs: Record<string, string> = {}) =>
    runWithSim(
      sim,
      { ...COTURN, preview: 'true', 'github-token': 'ghs_fleet', ...inputs },
      { event: event(file), env: { GITHUB_API_URL: github.url } }
    )
  beforeAll(async () => {
    sim = createSim()
    github = await new FakeGitHub().start()
  })
  afterAll(async () => {
    await sim.stop()
    await github.close()
  })

  test('opened, synchronize, closed: members <app>-pr-<n>-<region> come and go', async () => {
    const opened = await preview('pull_request.opened.json')
    expect(opened.exitCode).toBe(0)
    expect(Object.keys(sim.state().apps).sort()).toEqual(['turn-pr-12-fra', 'turn-pr-12-iad'])
    const synchronized = await preview('pull_request.synchronize.json')
    expect(synchronized.exitCode).toBe(0)
    const fleet = JSON.parse(synchronized.outputs.fleet) as FleetEntry[]
    expect(fleet.map((m) => m['release-version'])).toEqual([2, 2])
    const comments = github.comments.get(12) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/\| fra \| `turn-pr-12-fra` \| `127\.77\.[\d.]+` \| ✅ Ready/)
    expect(comments[0].body).toMatch(/\| iad \| `turn-pr-12-iad` \|/)
    const closed = await preview('pull_request.closed.json')
    expect(closed.exitCode).toBe(0)
    expect(Object.keys(sim.state().apps)).toEqual([])
  }, 120_000)

  test('reap finds stale fleet members of the base, and only them', async () => {
    const old = '2026-01-01T00:00:00Z'
    sim.seedApp('turn-pr-7-fra', { releases: ['coturn/coturn:4.6.3'], releasedAt: old })
    sim.seedApp('turn-pr-7-iad', { releases: ['coturn/coturn:4.6.3'], releasedAt: old })
    sim.seedApp('turn-fra', { releases: ['coturn/coturn:4.6.3'], releasedAt: old })
    const run = await runWithSim(sim, { app: 'turn', command: 'reap', preview: 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.app.split(',').sort()).toEqual(['turn-pr-7-fra', 'turn-pr-7-iad'])
    expect(Object.keys(sim.state().apps)).toEqual(['turn-fra'])
  }, 60_000)
})

describe('a fleet member that fails', () => {
  let sim: Sim
  beforeAll(() => {
    sim = createSim()
  })
  afterAll(() => sim.stop())

  test('fails the job naming its region, and leaves the healthy member deployed', async () => {
    sim.setBrokenServers([{ app: 'turn-fra' }])
    const run = await runWithSim(sim, { ...COTURN, 'probe-timeout': '3s' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::fra \(turn-fra\): the server did not become ready/)
    const fleet = JSON.parse(run.outputs.fleet) as FleetEntry[]
    expect(fleet.map((m) => [m.region, m.ok])).toEqual([
      ['fra', false],
      ['iad', true]
    ])
    expect(sim.state().apps['turn-iad'].server).not.toBeNull()
    expect(run.summary).toMatch(/Fleet turn: fra not ready/)
    sim.setBrokenServers([])
  }, 90_000)

  test('on-failure: rollback rolls back only the member that failed', async () => {
    const healthy = await runWithSim(sim, { ...COTURN, image: 'coturn/coturn:4.6.3' })
    expect(healthy.exitCode).toBe(0)
    sim.setBrokenServers([{ app: 'turn-fra', image: 'coturn/coturn:4.17.0-r0' }])
    const before = sim.calls().length
    const run = await runWithSim(sim, {
      ...COTURN,
      image: 'coturn/coturn:4.17.0-r0',
      'on-failure': 'rollback',
      'probe-timeout': '3s'
    })
    expect(run.exitCode).toBe(1)
    const deploys = sim
      .calls()
      .slice(before)
      .filter((call) => call.argv[0] === 'deploy')
      .map(
        (call) =>
          `${call.argv[call.argv.indexOf('--app') + 1]} ${call.argv[call.argv.indexOf('--image') + 1]}`
      )
    expect(deploys.sort()).toEqual([
      'turn-fra coturn/coturn:4.17.0-r0',
      'turn-fra coturn/coturn:4.6.3',
      'turn-iad coturn/coturn:4.17.0-r0'
    ])
    expect(run.summary).toMatch(/fra: on-failure: rolled turn-fra back to coturn\/coturn:4\.6\.3/)
    sim.setBrokenServers([])
  }, 90_000)
})
