/** `deploy`: the pipeline of DESIGN.md, one step per line (steps 1 and 2 ran in main.ts). */
import { appHostname } from '../fly/app.js'
import { scaleOut } from '../fly/scale.js'
import type { Target } from '../github/event.js'
import type { Settings } from '../inputs.js'
import { handleProbeFailure } from '../pipeline/on-failure.js'
import { callTimeoutOverride, openFlyctl } from '../pipeline/open-flyctl.js'
import { prepareConfig } from '../pipeline/prepare-config.js'
import { probeDeployment, validateProbePlan } from '../pipeline/probe-plan.js'
import { rollOut } from '../pipeline/rollout.js'
import { Steps } from '../pipeline/steps.js'
import { deployReport } from './deploy-report.js'
import type { CommandContext, CommandResult } from './result.js'

export async function deployCommand(
  settings: Settings,
  target: Target,
  context: CommandContext
): Promise<CommandResult> {
  const { env, logger } = context
  const app = target.app
  const hostname = appHostname(app)
  const steps = new Steps(context.group)
  const deployTimeoutMs = callTimeoutOverride(env)

  // 6-7 come first: config, lint and the probe's inputs must fail before anything changes on Fly.
  const prepared = await steps.run('config', 'Config and lint', () =>
    prepareConfig(settings, app, logger)
  )
  const probeTarget = { app, hostname, udpRanges: prepared.built.udpRanges }
  validateProbePlan(settings, probeTarget, prepared.ipv4Mode)
  const fly = await steps.run('flyctl', 'flyctl', () => openFlyctl(settings, env, logger)) // 3
  const rollout = await rollOut({
    ...{ settings, app, hostname, prepared, fly, env, logger, steps, deployTimeoutMs }
  }) // 4, 5, 6, 8, 9
  const { count, regions } = settings
  const scaled =
    count === undefined
      ? undefined
      : await steps.run('scale', 'Scale out', () => scaleOut(fly, { app, count, regions }, logger))
  const probed = { ...probeTarget, ipv4: rollout.address.ipv4 }
  const probe = await steps.run('probe', 'Probe', () => probeDeployment(settings, probed, logger)) // 10
  const recovery =
    probe?.report.ok === false
      ? await steps.run('on-failure', `On failure: ${settings.onFailure}`, () =>
          handleProbeFailure(fly, settings, rollout, probed, logger, deployTimeoutMs)
        ) // 11
      : undefined
  // 12: main.ts writes the outputs, the summary and the pull-request comment.
  return deployReport({
    settings,
    app,
    hostname,
    prepared,
    rollout,
    probe,
    recovery,
    scaled,
    fly,
    steps
  })
}
