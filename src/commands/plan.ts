/**
 * `plan`: the deploy's own steps 3 to 9 against the dry-run flyctl client (real reads, recorded
 * writes), then a report of what a deploy would do: the app, the address, the rendered fly.toml
 * and every flyctl call in order. Nothing changes on Fly, and nothing is probed.
 */
import { type DryRunFlyctl, type PlannedCall, STAND_IN_IPV4 } from '../fly/dry-run.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { shellQuote } from '../parse.js'
import { openDryRunFlyctl } from '../pipeline/open-flyctl.js'
import { type Rollout, rollOut } from '../pipeline/rollout.js'
import { Steps } from '../pipeline/steps.js'
import { memberLogger, type PreparedMember, prepareMembers } from '../pipeline/fleet.js'
import type { CommandContext, CommandResult } from './result.js'

export async function planCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const members = await prepareMembers(settings, target, context.logger)
  const fly = await openDryRunFlyctl(settings, context.env, context.logger)
  const plans: MemberPlan[] = []
  for (const member of members) plans.push(await planMember(member, settings, fly, context))
  const first = plans[0]
  const fleet = plans.length > 1 || settings.regions.length > 0
  const title = fleet ? `Plan for the fleet ${target.app}` : `Plan for ${first.app}`
  return {
    summary: {
      title: `${title}: nothing was changed`,
      verdict: 'planned',
      rows: fleet ? [] : summaryRows(first, settings),
      table: fleet
        ? {
            columns: ['Region', 'App', 'IPv4', 'Image'],
            rows: plans.map((p) => [p.region, appState(p, settings), p.ipv4, imageOf(p, settings)])
          }
        : undefined,
      warnings: [...new Set(plans.flatMap((p) => p.warnings))],
      blocks: plans.flatMap((p) => [
        {
          title: fleet ? `Rendered fly.toml of ${p.app}` : 'Rendered fly.toml',
          language: 'toml',
          text: p.rollout.rendered.toml
        },
        {
          title: fleet
            ? `flyctl calls a deploy of ${p.app} would make`
            : 'flyctl calls a deploy would make',
          language: 'sh',
          text: p.calls.join('\n')
        }
      ]),
      flyctlCalls: plans.flatMap((p) => p.readCalls)
    },
    outputs: {
      app: first.app,
      hostname: first.hostname,
      ipv4: first.allocates ? undefined : first.rollout.address.ipv4,
      config: first.rollout.rendered.path,
      image: first.rollout.request.image
    }
  }
}

interface MemberPlan {
  region: string
  app: string
  hostname: string
  rollout: Rollout
  ipv4: string
  allocates: boolean
  calls: string[]
  readCalls: string[]
  warnings: string[]
}

/** The deploy's own steps 3 to 9 against the dry-run client, for one app. */
async function planMember(
  m: PreparedMember,
  settings: Settings,
  dryRun: DryRunFlyctl,
  context: CommandContext
): Promise<MemberPlan> {
  const { env } = context
  const { app, region } = m.member
  const logger = memberLogger(context.logger, m.member, settings.regions.length > 0)
  const fly = dryRun.forMember(logger)
  const rollout = await rollOut({
    ...{ settings, app, hostname: m.hostname, prepared: m.prepared, fly, env },
    steps: new Steps(),
    // The steps narrate what they do ("Created app …"); in a plan nothing is done.
    logger: { ...logger, info: (message) => logger.debug(message) }
  })
  const allocates = fly.planned.some((call) => call.mutating && call.args[1] === 'allocate-v4')
  const plan = {
    region,
    app,
    hostname: m.hostname,
    rollout,
    allocates,
    ipv4: ipv4Decision(m.prepared.ipv4Mode, rollout, allocates),
    calls: fly.planned.map(formatPlannedCall),
    readCalls: fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`),
    warnings: m.prepared.warnings.map((w) => w.message)
  }
  report(logger, plan)
  return plan
}

function summaryRows(plan: MemberPlan, settings: Settings): [string, string][] {
  return [
    ['App', appState(plan, settings)],
    ['IPv4', plan.ipv4],
    ['Image', imageOf(plan, settings)],
    ['Secrets', settings.secrets.map((s) => s.name).join(', ')],
    ['Config', `\`${plan.rollout.rendered.path}\``]
  ]
}

function appState(plan: MemberPlan, settings: Settings): string {
  return plan.rollout.existing.created
    ? `${plan.app} (would be created in ${settings.org})`
    : `${plan.app} (exists)`
}

function imageOf(plan: MemberPlan, settings: Settings): string {
  return plan.rollout.request.image ?? `remote build of ${settings.path}`
}

function report(logger: Logger, plan: MemberPlan): void {
  const { app, rollout } = plan
  logger.info(`App: ${app} (${rollout.existing.created ? 'would be created' : 'exists'})`)
  logger.info(`IPv4: ${plan.ipv4}`)
  logger.info('Calls that would run:')
  for (const call of plan.calls) logger.info(`  ${call}`)
  logger.info(`Rendered fly.toml (${rollout.rendered.path}):\n${rollout.rendered.toml}`)
}

function ipv4Decision(mode: string, rollout: Rollout, allocates: boolean): string {
  if (mode === 'none') return 'none'
  if (allocates) {
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
