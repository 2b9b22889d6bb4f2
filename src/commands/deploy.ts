/**
 * `deploy`: the pipeline of DESIGN.md, one step per line (steps 1 and 2 ran in main.ts). With
 * `regions` every step after the install runs once per fleet member, a few members at a time.
 */
import { lookUpApp } from '../fly/app.js'
import type { Flyctl } from '../fly/flyctl.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import {
  FLEET_CONCURRENCY,
  isFleet,
  mapConcurrently,
  memberLogger,
  type PreparedMember,
  prepareMembers
} from '../pipeline/fleet.js'
import { handleProbeFailure } from '../pipeline/on-failure.js'
import { callTimeoutOverride, openFlyctl } from '../pipeline/open-flyctl.js'
import { probeDeployment } from '../pipeline/probe-plan.js'
import { rollOut } from '../pipeline/rollout.js'
import { noGroup, Steps } from '../pipeline/steps.js'
import { deployReport, type DeployFacts } from './deploy-report.js'
import { fleetDeployReport, type MemberOutcome } from './fleet-report.js'
import type { CommandContext, CommandResult } from './result.js'

export async function deployCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const { env, logger } = context
  const fleet = isFleet(settings)
  const steps = new Steps(fleet ? noGroup : context.group)
  // 6-7 come first, for every member: config, lint and the probe's inputs must fail before
  // anything changes on Fly.
  const members = await steps.run('config', 'Config and lint', () =>
    prepareMembers(settings, target, logger)
  )
  const fly = await steps.run('flyctl', 'flyctl', () => openFlyctl(settings, env, logger)) // 3
  if (!fleet)
    return deployReport(await deployMember(members[0], { settings, env, fly, logger, steps }))
  const [outcomes] = await Promise.all([
    mapConcurrently(members, FLEET_CONCURRENCY, (member) =>
      deployFleetMember(member, { settings, env, fly, logger })
    ),
    noteAppOutsideFleet(fly.forMember(logger), target.app, logger)
  ])
  return fleetDeployReport(target, outcomes)
}

interface MemberRun {
  settings: Settings
  env: NodeJS.ProcessEnv
  fly: Flyctl
  logger: Logger
  steps: Steps
}

/** Steps 4 to 11 for one app: roll out, probe, and on failure what `on-failure` says. */
async function deployMember(m: PreparedMember, run: MemberRun): Promise<DeployFacts> {
  const { settings, env, fly, logger, steps } = run
  const { app } = m.member
  const deployTimeoutMs = callTimeoutOverride(env)
  const rollout = await rollOut({
    ...{ settings, app, hostname: m.hostname, prepared: m.prepared, fly, env, logger, steps },
    deployTimeoutMs
  }) // 4, 5, 6, 8, 9
  const probed = { ...m.probeTarget, ipv4: rollout.address.ipv4 }
  const probe = await steps.run('probe', 'Probe', () => probeDeployment(settings, probed, logger)) // 10
  const recovery =
    probe?.report.ok === false
      ? await steps.run('on-failure', `On failure: ${settings.onFailure}`, () =>
          handleProbeFailure(fly, settings, rollout, probed, logger, deployTimeoutMs)
        ) // 11
      : undefined
  // 12: main.ts writes the outputs, the summary and the pull-request comment.
  const { region } = m.member
  return {
    settings,
    region,
    app,
    hostname: m.hostname,
    prepared: m.prepared,
    rollout,
    probe,
    recovery,
    fly,
    steps
  }
}

/** One member of a fleet: its own log prefix and call record; a failure stays its own. */
async function deployFleetMember(
  m: PreparedMember,
  parent: Omit<MemberRun, 'steps'>
): Promise<MemberOutcome> {
  const logger = memberLogger(parent.logger, m.member, true)
  const memberFly = parent.fly.forMember(logger)
  const run = { ...parent, fly: memberFly, logger, steps: new Steps() }
  try {
    return { member: m, facts: await deployMember(m, run) }
  } catch (error) {
    logger.warn(`${m.member.app} failed: ${error instanceof Error ? error.message : String(error)}`)
    return { member: m, error, fly: memberFly }
  }
}

/**
 * A fleet deploy never touches the plain app of its base name; it says so when one exists. Only
 * a note: a token scoped to the members may not read it, and that is no reason to fail.
 */
async function noteAppOutsideFleet(fly: Flyctl, app: string, logger: Logger): Promise<void> {
  const found = await lookUpApp(fly, app).catch((error: unknown) => {
    logger.debug(`Could not look for an app ${app} outside the fleet: ${String(error)}`)
    return { exists: false }
  })
  if (found.exists) {
    logger.info(
      `App ${app} exists outside the fleet; the fleet deploy leaves it as it is (destroy it yourself when it is no longer needed)`
    )
  }
}
