/**
 * Everything around a deploy, through the bundled action against the simulator: a pull-request
 * preview from opened to closed with its self-updating comment, rollback, plan and `image:
 * current` redeploys (reap has its own file, reap.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { callLines, mutatingCalls, runWithSim } from '../../test/e2e.js'
import { FakeGitHub } from '../../test/github-api.js'

const EVENTS = path.resolve(import.meta.dirname, '../fixtures/events')
const event = (file: string): { name: string; payload: unknown } => ({
  name: file.split('.')[0],
  payload: JSON.parse(readFileSync(path.join(EVENTS, file), 'utf8')) as unknown
})
const COTURN = { preset: 'coturn', secrets: 'AUTH_SECRET=preview-secret', 'probe-timeout': '15s' }

describe('a pull-request preview from opened to closed', () => {
  let sim: Sim
  let github: FakeGitHub
  const preview = (file: string, inputs: Record<string, string> = {}) =>
    runWithSim(
      sim,
      { ...COTURN, app: 'turn', preview: 'true', 'github-token': 'ghs_test', ...inputs },
      {
        event: event(file),
        env: { GITHUB_API_URL: github.url },
        github
      }
    )

  beforeAll(async () => {
    sim = createSim()
    github = await new FakeGitHub().start()
  })
  afterAll(async () => {
    await sim.stop()
    await github.close()
  })

  test('opened: deploys turn-pr-12 and writes one comment', async () => {
    const run = await preview('pull_request.opened.json')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.app).toBe('turn-pr-12')
    expect(sim.state().apps['turn-pr-12'].ips.filter((ip) => ip.type === 'v4')).toHaveLength(1)
    const comments = github.comments.get(12) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('<!-- fly-webrtc-deploy:turn-pr-12 -->')
    expect(comments[0].body).toContain(`turn:${run.outputs.ipv4}:3478?transport=udp`)
  }, 60_000)

  test('synchronize: redeploys and updates the same comment instead of adding one', async () => {
    const run = await preview('pull_request.synchronize.json')
    expect(run.exitCode).toBe(0)
    expect(run.outputs['release-version']).toBe('2')
    expect(github.comments.get(12)).toHaveLength(1)
    expect(github.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1)
  }, 60_000)

  test('closed: destroys the app, its addresses with it; a second close succeeds too', async () => {
    const before = mutatingCalls(sim).length
    const ipv4 = sim.state().apps['turn-pr-12'].ips.find((ip) => ip.type === 'v4')?.address
    const run = await preview('pull_request.closed.json')
    expect(run.exitCode).toBe(0)
    expect(sim.state().apps['turn-pr-12']).toBeUndefined()
    // apps destroy deletes the app's addresses (destroy.go:76-104): no separate release
    expect(mutatingCalls(sim).slice(before)).toEqual(['apps destroy turn-pr-12 --yes'])
    expect(run.summary).toContain(`${ipv4}`)
    expect(github.comments.get(12)?.[0].body).toMatch(/destroyed/i)

    const again = await preview('pull_request.closed.json')
    expect(again.exitCode).toBe(0)
    expect(again.summary).toMatch(/already gone/)
  }, 60_000)

  test('a token without pull-requests: write is a warning, and the deploy still succeeds', async () => {
    github.failWith = 403
    try {
      const run = await preview('pull_request.reopened.json', { probe: 'none' })
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toMatch(/::warning::.*pull-requests: write/)
    } finally {
      github.failWith = undefined
    }
  }, 60_000)

  test('on-failure: destroy removes a preview whose server never answers', async () => {
    const run = await preview('pull_request.opened.json', {
      preset: 'none',
      image: 'example/silent:1',
      'udp-ports': '3478',
      probe: 'stun',
      'probe-timeout': '2s',
      'on-failure': 'destroy'
    })
    expect(run.exitCode).toBe(1)
    expect(sim.state().apps['turn-pr-12']).toBeUndefined()
    expect(run.summary).toMatch(/on-failure: destroy removed turn-pr-12/)
  }, 60_000)

  test('a pull request from a fork, which gets no secrets, is skipped with a warning, not failed', async () => {
    const before = sim.calls().length
    const run = await preview('pull_request.opened-fork.json', { 'api-token': '', secrets: '' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/::warning::Pull request #\d+ comes from a fork/)
    expect(run.summary).toMatch(/skipped/)
    expect(sim.calls()).toHaveLength(before)
  })

  test('plan on a closed pull request plans; it never tears the preview down', async () => {
    const before = mutatingCalls(sim).length
    const run = await preview('pull_request.closed.json', { command: 'plan' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toMatch(/nothing was changed/)
    expect(mutatingCalls(sim)).toHaveLength(before)
  })

  test('a push event with preview: true fails before any flyctl call', async () => {
    const before = sim.calls().length
    const run = await preview('push.json')
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'preview'/)
    expect(sim.calls()).toHaveLength(before)
  })
})

describe('rollback, plan and image: current', () => {
  let sim: Sim
  beforeAll(() => {
    sim = createSim()
  })
  afterAll(() => sim.stop())

  test('on-failure: rollback redeploys the previous image, probes again, fails the job, shows both', async () => {
    sim.seedApp('rb-turn', { releases: ['coturn/coturn:4.17.0-r0'], dedicatedIpv4: 1 })
    const run = await runWithSim(sim, {
      app: 'rb-turn',
      image: 'example/silent:1',
      'udp-ports': '3478',
      probe: 'stun',
      'probe-timeout': '3s',
      'on-failure': 'rollback'
    })
    expect(run.exitCode).toBe(1)
    expect(
      callLines(sim)
        .filter((c) => c.startsWith('deploy'))
        .map((c) => /--image (\S+)/.exec(c)?.[1])
    ).toEqual(['example/silent:1', 'coturn/coturn:4.17.0-r0'])
    expect(run.outputs['release-version']).toBe('3')
    expect(run.summary).toMatch(/❌ Probe of release v2/)
    expect(run.summary).toMatch(/✅ Probe after rollback to v3/)
    expect(run.summary).toMatch(/that release answers/)
  }, 60_000)

  test('plan makes no mutating call, and renders the config a deploy then deploys', async () => {
    sim.seedApp('plan-turn', { dedicatedIpv4: 1 })
    const inputs = { ...COTURN, app: 'plan-turn', probe: 'none' }
    const before = mutatingCalls(sim).length
    const plan = await runWithSim(sim, { ...inputs, command: 'plan' })
    expect(plan.exitCode).toBe(0)
    expect(mutatingCalls(sim)).toHaveLength(before)
    expect(plan.summary).toMatch(/reuse 127\.77\./)
    expect(plan.summary).toMatch(/flyctl secrets import --app plan-turn --stage/)
    const planned = readFileSync(plan.outputs.config, 'utf8')

    const deploy = await runWithSim(sim, inputs)
    expect(deploy.exitCode).toBe(0)
    expect(readFileSync(deploy.outputs.config, 'utf8')).toBe(planned)
  }, 60_000)

  test('image: current for an app that does not exist fails before anything is created', async () => {
    const before = mutatingCalls(sim).length
    const run = await runWithSim(sim, { ...COTURN, app: 'never-deployed', image: 'current' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Input 'image': 'current' needs a running release, and never-deployed does not exist/
    )
    expect(mutatingCalls(sim)).toHaveLength(before)
  })

  test('ipv4: none with a STUN probe fails before anything changes: there is no address to probe', async () => {
    const run = await runWithSim(sim, {
      app: 'no-address',
      image: 'example/tcp:1',
      'tcp-ports': '3478',
      ipv4: 'none',
      probe: 'stun'
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'probe-host'/)
    expect(callLines(sim).some((c) => c.includes('no-address'))).toBe(false)
  })

  test('image: current redeploys the running image without a build', async () => {
    const run = await runWithSim(sim, {
      ...COTURN,
      app: 'plan-turn',
      probe: 'none',
      image: 'current'
    })
    expect(run.exitCode).toBe(0)
    const deploy = callLines(sim)
      .filter((c) => c.startsWith('deploy'))
      .at(-1)
    expect(deploy).toContain('--image coturn/coturn:4.17.0-r0')
    expect(callLines(sim)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^releases --app plan-turn --json/)])
    )
  }, 60_000)

  test('image: current writes the running image into the rendered fly.toml it passes as --image', async () => {
    sim.seedApp('current-turn', { releases: ['coturn/coturn:4.6.3'], dedicatedIpv4: 1 })
    const run = await runWithSim(sim, {
      ...COTURN,
      app: 'current-turn',
      probe: 'none',
      image: 'current'
    })
    expect(run.exitCode).toBe(0)
    const deploy = callLines(sim)
      .filter((c) => c.startsWith('deploy'))
      .at(-1)
    expect(deploy).toContain('--image coturn/coturn:4.6.3')
    expect(readFileSync(run.outputs.config, 'utf8')).toMatch(
      /\[build\]\nimage = "coturn\/coturn:4\.6\.3"/
    )
  }, 60_000)
})
