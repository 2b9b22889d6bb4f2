/**
 * Issue 12 item 4 through the bundled action: a coturn that relays for anyone fails the run.
 * A command lint can read stops before the deploy; a server lint cannot judge (its settings in a
 * config file) is caught by the probe, which fails on an allocation granted without credentials.
 * `allow-open-relay: true` is the explicit way to want one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { renderToml } from '../../src/config/fly-toml.js'
import { coturnConfigWithAuth } from '../../test/coturn-config.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { mutatingCalls, runWithSim } from '../../test/e2e.js'

let dir: string

/** The coturn preset's fly.toml with its auth flags replaced by `auth`. */
function coturnToml(name: string, auth: string[]): string {
  const config = coturnConfigWithAuth(auth)
  delete config.app
  delete config.primary_region
  const file = path.join(dir, `${name}.toml`)
  writeFileSync(file, renderToml(config))
  return file
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fwd-open-relay-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('lint: an open relay it can see stops the run before anything changes', () => {
  let sim: Sim
  beforeAll(() => {
    sim = createSim()
  })
  afterAll(() => sim.stop())

  test.each([
    ['no authentication at all', [], /sets no authentication/],
    ['--no-auth', ['--no-auth'], /has --no-auth/],
    ['-z inside a cluster', ['-fz'], /has --no-auth/],
    [
      '--no-auth next to --use-auth-secret',
      ['--use-auth-secret', '--static-auth-secret=$AUTH_SECRET', '--no-auth'],
      /refuses to start/
    ]
  ])('%s', async (name, auth, why) => {
    const run = await runWithSim(sim, {
      app: 'relay-lint',
      config: coturnToml(name.replace(/\W+/g, '-'), auth),
      secrets: 'AUTH_SECRET=s3cret-value',
      'turn-secret': 's3cret-value',
      probe: 'turn'
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(why)
    expect(mutatingCalls(sim)).toEqual([])
  })
})

describe('probe: an open relay lint cannot see', () => {
  let sim: Sim
  let hidden: string
  const inputs = () => ({
    app: 'relay-probe',
    config: hidden,
    'turn-secret': 'any-secret-at-all',
    probe: 'turn',
    'probe-timeout': '20s'
  })

  beforeAll(() => {
    sim = createSim({ startDelayMs: 0 })
    // Its authentication would be in a config file lint cannot read; there is none, so none.
    hidden = coturnToml('hidden', ['-c', '/etc/turnserver.conf'])
  })
  afterAll(() => sim.stop())

  test('fails the run: the server granted an allocation without credentials', async () => {
    const run = await runWithSim(sim, inputs())
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/open relay: .* granted a TURN allocation without credentials/)
    expect(run.summary).toMatch(/open-relay/)
    // Waiting does not fix an open relay: the probe stops at the second sighting.
    expect(run.durationMs).toBeLessThan(15_000)
  }, 60_000)

  test('allow-open-relay: true deploys it, with the finding as a warning', async () => {
    const run = await runWithSim(sim, { ...inputs(), 'allow-open-relay': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/::warning::.*open relay/)
  }, 60_000)
})
