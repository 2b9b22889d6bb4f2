/**
 * `command: reap` through the bundled action against the simulator: it destroys the stale (old
 * or PR-closed) previews of the base app and nothing else: not the base itself, not a preview of
 * another base, not an unrelated app, with or without `preview: true`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mutatingCalls, runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { FakeGitHub } from '../../test/github-api.js'

const IMAGE = 'coturn/coturn:4.17.0-r0'
const TEN_DAYS_AGO = new Date(Date.now() - 10 * 24 * 3_600_000)
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')

/** An org as a nightly reap finds it; PR 3 is closed on GitHub. */
function seedOrg(sim: Sim, github: FakeGitHub): void {
  sim.seedApp('turn', { releases: [IMAGE], releasedAt: TEN_DAYS_AGO, dedicatedIpv4: 1 })
  sim.seedApp('turn-pr-1', { releases: [IMAGE], releasedAt: TEN_DAYS_AGO, dedicatedIpv4: 1 })
  sim.seedApp('turn-pr-2', { releases: [IMAGE] })
  sim.seedApp('turn-pr-3', { releases: [IMAGE] })
  sim.seedApp('turn-2-pr-4', { releases: [IMAGE], releasedAt: TEN_DAYS_AGO })
  sim.seedApp('billing', { releases: ['acme/billing:1'], releasedAt: TEN_DAYS_AGO })
  github.pullStates.set(3, 'closed')
}

function reapRun(sim: Sim, github: FakeGitHub, inputs: Record<string, string>) {
  return runWithSim(
    sim,
    {
      command: 'reap',
      app: 'turn',
      'github-token': 'ghs_test',
      'reap-older-than': '72h',
      ...inputs
    },
    { event: { name: 'schedule', payload: {} }, env: { GITHUB_API_URL: github.url } }
  )
}

describe.each([
  ['app alone (no preview input)', {}],
  ['app and preview: true', { preview: 'true' }]
])('reap with %s', (_title, extra: Record<string, string>) => {
  let sim: Sim
  let github: FakeGitHub

  beforeAll(async () => {
    sim = createSim()
    github = await new FakeGitHub().start()
    seedOrg(sim, github)
  })
  afterAll(async () => {
    await sim.stop()
    await github.close()
  })

  test('dry-run lists the stale and the closed previews and changes nothing', async () => {
    const run = await reapRun(sim, github, { ...extra, 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toMatch(/Would destroy 2 previews of turn/)
    expect(run.stdout).toMatch(/Would destroy turn-pr-1 \(older-than\)/)
    expect(run.stdout).toMatch(/Would destroy turn-pr-3 \(pr-closed\)/)
    expect(mutatingCalls(sim)).toEqual([])
  }, 60_000)

  test('destroys only the old or closed previews of this base', async () => {
    const run = await reapRun(sim, github, extra)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.app).toBe('turn-pr-1,turn-pr-3')
    expect(Object.keys(sim.state().apps).sort()).toEqual([
      'billing',
      'turn',
      'turn-2-pr-4',
      'turn-pr-2'
    ])
    const changes = mutatingCalls(sim)
    expect(changes.filter((call) => call.startsWith('apps destroy'))).toEqual([
      'apps destroy turn-pr-1 --yes',
      'apps destroy turn-pr-3 --yes'
    ])
    // Every change (the address releases included) was made to one of those two apps.
    for (const call of changes) expect(call).toMatch(/ (--app )?turn-pr-[13]( |$)/)
    // GitHub was asked about this base's previews only.
    expect(github.requests.sort()).toEqual(
      ['1', '2', '3', '1', '2', '3'].map((n) => `GET /repos/acme/webrtc/pulls/${n}`).sort()
    )
  }, 60_000)
})
