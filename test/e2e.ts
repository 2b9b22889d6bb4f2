/**
 * Shared set-up for tests of the whole action: the bundle run against the Fly simulator, with
 * the simulator's flyctl first on PATH and `flyctl-version: system`.
 */
import { readFileSync } from 'node:fs'
import { buildSecretValues } from '../src/inputs/deploy-args.js'
import { splitShellWords } from '../src/parse.js'
import { parseSecretsInput } from '../src/secrets.js'
import type { Sim } from './fly-sim/harness.js'
import type { FakeGitHub } from './github-api.js'
import { type ActionRun, type ActionRunOptions, runAction } from './run-action.js'

export const TOKEN = 'FlyV1 fm2_e2e-token-0123456789'

/**
 * Runs the bundle against the simulator, and checks after every run, whatever the scenario, that
 * no secret of its inputs, and no TURN password a Fishjam stand-in offered, leaked: not the
 * value, not one line of a multi-line value, not its
 * base64 or percent-encoded form; not into the log, the outputs, the summary, the rendered
 * config, the flyctl argv or (with `github`) a pull-request comment. A --build-secret value must
 * reach flyctl in argv (flyctl reads build secrets from no other place), and nowhere else.
 */
export async function runWithSim(
  sim: Sim,
  inputs: Record<string, string>,
  options: Partial<ActionRunOptions> & { github?: FakeGitHub } = {}
): Promise<ActionRun> {
  const { github, ...runOptions } = options
  const allInputs = {
    'api-token': TOKEN,
    'flyctl-version': 'system',
    'probe-interval': '200ms',
    ...inputs
  }
  const callsBefore = sim.calls().length
  const run = await runAction({
    ...runOptions,
    inputs: allInputs,
    // The runner trusts the simulated Fly edge's certificate, as it trusts Fly's real one.
    env: { ...sim.runnerEnv, ...runOptions.env }
  })
  const comments = [...(github?.comments.values() ?? [])].flat().map((c) => c.body)
  const shown = [exposedText(run, sim, callsBefore, false), ...comments].join('\n')
  const exposed = [shown, ...callLines(sim).slice(callsBefore)].join('\n')
  const leaked = [
    ...leakedForms([...secretValuesOf(allInputs), ...offeredTurnPasswords(sim)], exposed),
    ...leakedForms(buildSecretsOf(allInputs), shown)
  ]
  if (leaked.length > 0)
    throw new Error(
      `${leaked.length} secret form(s) leaked (${leaked.join(', ')}); log:\n${run.stdout}`
    )
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

/** Long enough to search for without false alarms: a value `1` is everywhere. */
const MIN_SCANNED = 6

/** Which forms of the secrets occur in `text`: named by kind, never by value. */
function leakedForms(secrets: string[], text: string): string[] {
  return secrets.flatMap((secret, index) =>
    scannedForms(secret)
      .filter(([, form]) => text.includes(form))
      .map(([kind]) => `secret ${index + 1}: ${kind}`)
  )
}

/** The value, each line (as written and trimmed), base64 (three spellings), percent-encoded. */
export function scannedForms(secret: string): [string, string][] {
  const base64 = Buffer.from(secret).toString('base64')
  const lines = secret.split(/\r\n|\r|\n/)
  const forms: [string, string][] = [
    ['value', secret],
    ...lines.flatMap((line, i): [string, string][] => [
      [`line ${i + 1}`, line],
      [`line ${i + 1} trimmed`, line.trim()]
    ]),
    ['base64', base64],
    ['base64 unpadded', base64.replace(/=+$/, '')],
    ['base64url', Buffer.from(secret).toString('base64url')],
    ['percent-encoded', encodeURIComponent(secret)],
    ['form-encoded', new URLSearchParams({ v: secret }).toString().slice(2)]
  ]
  return forms.filter(([, form]) => form.length >= MIN_SCANNED)
}

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
  return [...fromSecrets, ...direct].filter((value) => value.length >= MIN_SCANNED)
}

function buildSecretsOf(inputs: Record<string, string>): string[] {
  try {
    return buildSecretValues(splitShellWords('deploy-args', inputs['deploy-args'] ?? ''))
  } catch {
    return []
  }
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

/** Everything a run exposed: logs, outputs, summary, the rendered config (and the flyctl argv). */
export function exposedText(run: ActionRun, sim: Sim, callsFrom = 0, withArgv = true): string {
  const logs = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [
    logs,
    JSON.stringify(run.outputs),
    run.summary,
    renderedConfig(run),
    ...(withArgv ? callLines(sim).slice(callsFrom) : [])
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
