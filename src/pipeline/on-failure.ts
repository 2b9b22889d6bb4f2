/**
 * Step 11: what happens when the probe fails after a deploy. `fail` stops; `rollback` redeploys
 * the previous release's image and probes again (the job fails either way, with both results);
 * `destroy` removes a failed preview.
 */
import { type DeployOutcome, deployRelease } from '../fly/deploy.js'
import { destroyApp } from '../fly/destroy.js'
import type { Flyctl } from '../fly/flyctl.js'
import { listReleases, previousRelease } from '../fly/releases.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { type ProbeRun, type ProbeTarget, probeDeployment } from './probe-plan.js'
import type { Rollout } from './rollout.js'

export type Recovery =
  | { action: 'none' }
  | { action: 'no-previous-release' }
  | { action: 'rolled-back'; image: string; deployed: DeployOutcome; probe?: ProbeRun }
  | { action: 'destroyed'; releasedAddresses: string[] }

export async function handleProbeFailure(
  fly: Flyctl,
  settings: Settings,
  rollout: Pick<Rollout, 'request' | 'deployed'>,
  target: ProbeTarget,
  logger: Logger,
  deployTimeoutMs?: number
): Promise<Recovery> {
  const { request, deployed: failed } = rollout
  if (settings.onFailure === 'fail') return { action: 'none' }
  if (settings.onFailure === 'destroy') {
    const destroyed = await destroyApp(fly, request.app, logger)
    return { action: 'destroyed', releasedAddresses: destroyed.releasedAddresses }
  }
  const previous = previousRelease(await listReleases(fly, request.app), failed.release)
  if (!previous) {
    logger.warn(
      `No earlier complete release of ${request.app} with another image than ${failed.release.imageRef} to roll back to`
    )
    return { action: 'no-previous-release' }
  }
  logger.info(`Rolling back to release v${previous.version}: ${previous.imageRef}`)
  const deployed = await deployRelease(
    fly,
    { ...request, image: previous.imageRef },
    logger,
    deployTimeoutMs
  )
  const probe = await probeDeployment(settings, target, logger)
  return { action: 'rolled-back', image: previous.imageRef, deployed, probe }
}
