/**
 * Shared set-up for tests of the whole action: the bundle run against the Fly simulator, with
 * the simulator's flyctl first on PATH and `flyctl-version: system`.
 */
import { readFileSync } from 'node:fs'
import { type ActionRun, type ActionRunOptions, runAction } from './run-action.js'
import type { Sim } from './fly-sim/harness.js'

export const TOKEN = 'FlyV1 fm2_e2e-token-0123456789'

export function runWithSim(
  sim: Sim,
  inputs: Record<string, string>,
  options: Partial<ActionRunOptions> = {}
): Promise<ActionRun> {
  return runAction({
    ...options,
    inputs: {
      'api-token': TOKEN,
      'flyctl-version': 'system',
      'probe-interval': '200ms',
      ...inputs
    },
    env: { ...sim.env, PATH: `${sim.binDir}:${process.env.PATH ?? ''}`, ...options.env }
  })
}

/** The argv of every call the simulator saw, as one line each (`ips list --app x --json`). */
export function callLines(sim: Sim): string[] {
  return sim.calls().map((call) => call.argv.join(' '))
}

export function mutatingCalls(sim: Sim): string[] {
  return sim
    .calls()
    .filter((call) => call.mutating)
    .map((call) => call.argv.join(' '))
}

/** Everything a run exposed: logs, outputs, summary, the rendered config, and the flyctl argv. */
export function exposedText(run: ActionRun, sim: Sim): string {
  const logs = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const config = run.outputs.config ? readFileSync(run.outputs.config, 'utf8') : ''
  return [logs, JSON.stringify(run.outputs), run.summary, config, ...callLines(sim)].join('\n')
}
