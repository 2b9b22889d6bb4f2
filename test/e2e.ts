/**
 * Shared set-up for tests of the whole action: the bundle run against the Fly simulator, with
 * the simulator's flyctl first on PATH and `flyctl-version: system`.
 */
import { readFileSync } from 'node:fs'
import { parseSecretsInput } from '../src/secrets.js'
import type { Sim } from './fly-sim/harness.js'
import { type ActionRun, type ActionRunOptions, runAction } from './run-action.js'

export const TOKEN = 'FlyV1 fm2_e2e-token-0123456789'

/**
 * Runs the bundle against the simulator, and checks after every run, whatever the scenario, that
 * no secret value of its inputs, and no TURN password a Fishjam stand-in offered, leaked into
 * argv, logs, outputs, the summary or the config.
 */
export async function runWithSim(
  sim: Sim,
  inputs: Record<string, string>,
  options: Partial<ActionRunOptions> = {}
): Promise<ActionRun> {
  const allInputs = {
    'api-token': TOKEN,
    'flyctl-version': 'system',
    'probe-interval': '200ms',
    ...inputs
  }
  const callsBefore = sim.calls().length
  const run = await runAction({
    ...options,
    inputs: allInputs,
    env: { ...sim.env, PATH: `${sim.binDir}:${process.env.PATH ?? ''}`, ...options.env }
  })
  const exposed = exposedText(run, sim, callsBefore)
  const secrets = [...secretValuesOf(allInputs), ...offeredTurnPasswords(sim)]
  const leaked = secrets.filter((secret) => exposed.includes(secret))
  if (leaked.length > 0)
    throw new Error(`${leaked.length} secret value(s) leaked; log:\n${run.stdout}`)
  const inherited = secretCarriersInFlyctlEnv(sim, callsBefore)
  if (inherited.length > 0)
    throw new Error(`flyctl's environment held ${inherited.join(', ')}; log:\n${run.stdout}`)
  return run
}

/**
 * Variables that carry the action's inputs (secrets, tokens) or the runner's own tokens, found
 * in the environment of any flyctl call since `callsFrom` (the simulator logs names only).
 */
export function secretCarriersInFlyctlEnv(sim: Sim, callsFrom = 0): string[] {
  const names = sim
    .calls()
    .slice(callsFrom)
    .flatMap((call) => call.envNames)
  return [...new Set(names.filter((name) => /^(?:INPUT_|ACTIONS_)|^GITHUB_TOKEN$/i.test(name)))]
}

/** The TURN passwords every Fishjam stand-in of the sim handed out in offerData. */
export function offeredTurnPasswords(sim: Sim): string[] {
  return Object.keys(sim.state().apps).flatMap((app) =>
    sim.fishjamOffers(app).map((offer) => offer.password)
  )
}

/** Secret values long enough to search for without false alarms (a value `1` is everywhere). */
function secretValuesOf(inputs: Record<string, string>): string[] {
  let fromSecrets: string[] = []
  try {
    fromSecrets = parseSecretsInput(inputs.secrets ?? '').map((s) => s.value)
  } catch {
    // A malformed `secrets` input is a test case of its own; nothing was imported.
  }
  const direct = ['api-token', 'turn-password', 'turn-secret', 'health-token', 'github-token'].map(
    (name) => inputs[name] ?? ''
  )
  return [...fromSecrets, ...direct].filter((value) => value.length >= 6)
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
export function exposedText(run: ActionRun, sim: Sim, callsFrom = 0): string {
  const logs = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [
    logs,
    JSON.stringify(run.outputs),
    run.summary,
    renderedConfig(run),
    ...callLines(sim).slice(callsFrom)
  ].join('\n')
}

/** The fly.toml a run rendered, or '' when it rendered none (or it is gone with its temp dir). */
function renderedConfig(run: ActionRun): string {
  try {
    return run.outputs.config ? readFileSync(run.outputs.config, 'utf8') : ''
  } catch {
    return ''
  }
}
