/**
 * `plan`: the deploy's own steps 3 to 9 against the dry-run flyctl client (real reads, recorded
 * writes), then a report of what a deploy would do: the app, the address, the rendered fly.toml
 * and every flyctl call in order. Nothing changes on Fly, and nothing is probed.
 */
import { appHostname } from '../fly/app.js'
import { type PlannedCall, STAND_IN_IPV4 } from '../fly/dry-run.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { shellQuote } from '../parse.js'
import { openDryRunFlyctl } from '../pipeline/open-flyctl.js'
import { prepareConfig } from '../pipeline/prepare-config.js'
import { validateProbePlan } from '../pipeline/probe-plan.js'
import { type Rollout, rollOut } from '../pipeline/rollout.js'
import { Steps } from '../pipeline/steps.js'
import type { CommandContext, CommandResult } from './result.js'

export async function planCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const { env, logger } = context
  const app = target.app
  const hostname = appHostname(app)
  const prepared = await prepareConfig(settings, app, logger)
  validateProbePlan(
    settings,
    { app, hostname, udpRanges: prepared.built.udpRanges },
    prepared.ipv4Mode
  )
  const fly = await openDryRunFlyctl(settings, env, logger)
  const steps = new Steps()
  const rollout = await rollOut({
    ...{ settings, app, hostname, prepared, fly, env, steps },
    // The steps narrate what they do ("Created app …"); in a plan nothing is done.
    logger: { ...logger, info: (message) => logger.debug(message) }
  })
  const calls = fly.planned.map(formatPlannedCall)
  const ipv4 = ipv4Decision(prepared.ipv4Mode, rollout, fly.planned)
  const image = rollout.request.image
  report(logger, app, rollout, ipv4, calls)
  return {
    summary: {
      title: `Plan for ${app}: nothing was changed`,
      verdict: 'planned',
      rows: [
        [
          'App',
          rollout.existing.created
            ? `${app} (would be created in ${settings.org})`
            : `${app} (exists)`
        ],
        ['IPv4', ipv4],
        ['Image', image ?? `remote build of ${settings.path}`],
        ['Secrets', settings.secrets.map((s) => s.name).join(', ')],
        ['Config', `\`${rollout.rendered.path}\``]
      ],
      warnings: prepared.warnings.map((w) => w.message),
      blocks: [
        { title: 'Rendered fly.toml', language: 'toml', text: rollout.rendered.toml },
        { title: 'flyctl calls a deploy would make', language: 'sh', text: calls.join('\n') }
      ],
      flyctlCalls: fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`)
    },
    outputs: {
      app,
      hostname,
      ipv4: allocates(fly.planned) ? undefined : rollout.address.ipv4,
      config: rollout.rendered.path,
      image
    }
  }
}

function report(logger: Logger, app: string, rollout: Rollout, ipv4: string, calls: string[]) {
  logger.info(`App: ${app} (${rollout.existing.created ? 'would be created' : 'exists'})`)
  logger.info(`IPv4: ${ipv4}`)
  logger.info('Calls that would run:')
  for (const call of calls) logger.info(`  ${call}`)
  logger.info(`Rendered fly.toml (${rollout.rendered.path}):\n${rollout.rendered.toml}`)
}

function allocates(planned: readonly PlannedCall[]): boolean {
  return planned.some((call) => call.mutating && call.args[1] === 'allocate-v4')
}

function ipv4Decision(mode: string, rollout: Rollout, planned: readonly PlannedCall[]): string {
  if (mode === 'none') return 'none'
  if (allocates(planned)) {
    return `allocate a ${mode} IPv4 (${STAND_IN_IPV4} stands in for it in the rendered fly.toml)`
  }
  return `reuse ${rollout.address.ipv4}`
}

/**
 * One call as a person would type it, with a note on what it is: the arguments shell-quoted, so
 * the line splits back into exactly the argv the deploy passes.
 */
export function formatPlannedCall(call: PlannedCall): string {
  const env = Object.entries(call.env ?? {}).map(([name, value]) => `${name}=${shellQuote(value)} `)
  const notes = [
    ...(call.mutating ? [] : ['read-only']),
    ...(call.stdinLabel ? [`stdin: ${call.stdinLabel}`] : [])
  ]
  const line = `${env.join('')}flyctl ${call.args.map(shellQuote).join(' ')}`
  return notes.length > 0 ? `${line}  # ${notes.join('; ')}` : line
}
