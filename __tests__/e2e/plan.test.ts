/**
 * `plan` runs the deploy's own steps against a dry-run flyctl: the calls it lists as changing
 * Fly must be exactly the mutating calls a deploy with the same inputs then makes (argv equal,
 * in order), for a first deploy and for a redeploy, on the simulator.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { splitShellWords } from '../../src/parse.js'
import { runWithSim } from '../../test/e2e.js'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import type { ActionRun } from '../../test/run-action.js'

const INPUTS = {
  app: 'plan-equals',
  preset: 'coturn',
  secrets: 'AUTH_SECRET=plan-secret-0123\nOTHER="two words"',
  'deploy-args': '--build-arg "NOTE=a b" --no-cache',
  'probe-timeout': '15s'
}

/** The mutating calls a plan lists, as argv: the sh block of its summary, read back. */
function plannedMutations(plan: ActionRun): string[][] {
  const block = /flyctl calls a deploy would make<\/summary>\n\n```sh\n([\s\S]*?)\n```/.exec(
    plan.summary
  )
  if (!block) throw new Error(`no planned calls in the summary:\n${plan.summary}`)
  return block[1]
    .split('\n')
    .map((line) => line.split('  # '))
    .filter(([, note]) => !note?.includes('read-only'))
    .map(([command]) => splitShellWords('plan', command))
    .map((words) => words.slice(words.indexOf('flyctl') + 1))
}

describe('plan lists exactly the calls a deploy makes', () => {
  let sim: Sim
  // Both runs of a pair share RUNNER_TEMP, so the rendered config has the same path.
  const env = { RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'fwd-plan-')) }
  beforeAll(() => {
    sim = createSim()
  })
  afterAll(() => sim.stop())

  async function planThenDeploy(
    inputs: Record<string, string> = INPUTS
  ): Promise<{ planned: string[][]; made: string[][]; plan: ActionRun }> {
    const plan = await runWithSim(sim, { ...inputs, command: 'plan' }, { env })
    expect(plan.exitCode).toBe(0)
    const before = sim.calls().length
    const deploy = await runWithSim(sim, inputs, { env })
    expect(deploy.exitCode).toBe(0)
    const made = sim
      .calls()
      .slice(before)
      .filter((call) => call.mutating)
      .map((call) => call.argv)
    return { planned: plannedMutations(plan), made, plan }
  }

  test('first deploy: create, allocate IPv4 and IPv6, secrets, deploy', async () => {
    const { planned, made } = await planThenDeploy()
    expect(made.map((argv) => argv.slice(0, 2).join(' '))).toEqual([
      'apps create',
      'ips allocate-v4',
      'ips allocate-v6',
      'secrets import',
      'deploy --config'
    ])
    expect(planned).toEqual(made)
  }, 60_000)

  test('redeploy: secrets and deploy only', async () => {
    const { planned, made } = await planThenDeploy()
    expect(made.map((argv) => argv.slice(0, 2).join(' '))).toEqual([
      'secrets import',
      'deploy --config'
    ])
    expect(planned).toEqual(made)
  }, 60_000)

  test('redeploy keeping the stored AUTH_SECRET: the plan reads its name too, and changes the same', async () => {
    const { planned, made, plan } = await planThenDeploy({
      ...INPUTS,
      secrets: 'OTHER="two words"',
      'turn-secret': 'plan-secret-0123'
    })
    expect(plan.summary).toContain('flyctl secrets list --app plan-equals --json  # read-only')
    expect(made.map((argv) => argv.slice(0, 2).join(' '))).toEqual([
      'secrets import',
      'deploy --config'
    ])
    expect(planned).toEqual(made)
  }, 60_000)
})
