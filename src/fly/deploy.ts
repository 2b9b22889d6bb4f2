/**
 * Step 9: `flyctl deploy` with the rendered config, the new release read from the line that
 * FLY_EMIT_RELEASE_JSON=1 adds, then `status --json` to confirm the machines run that release
 * (flyctl can exit 0 while the new release is not what serves).
 */
import path from 'node:path'
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
import { type DeployRequest, deployArgv, statusArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'
import { type AppStatus, type DeployedRelease, findDeployedRelease, parseStatus } from './shapes.js'

export type { DeployRequest } from './argv.js'

export interface DeployOutcome {
  release: DeployedRelease
  status: AppStatus
}

const CONFIRM_ATTEMPTS = 3
const CONFIRM_PAUSE_MS = 2_000

export async function deployRelease(
  fly: Flyctl,
  request: DeployRequest,
  logger: Logger,
  timeoutOverrideMs?: number
): Promise<DeployOutcome> {
  logger.info(`Watch the deployment at https://fly.io/apps/${request.app}/monitoring`)
  // No kill timer of our own unless FLY_WEBRTC_CALL_TIMEOUT asks for one: flyctl waits up to
  // wait-timeout for each machine to start and again for its checks, batch after batch, after a
  // build of any length (fly-platform.md §3), and it ends every such wait itself (exit 126).
  const result = await fly.run(deployArgv(request), {
    env: { FLY_EMIT_RELEASE_JSON: '1' },
    long: true,
    timeoutMs: timeoutOverrideMs,
    cwd: path.dirname(request.configPath)
  })
  const emitted = findDeployedRelease(result.stdout)
  const status = await confirmRelease(fly, request.app, emitted?.version, logger)
  const release = emitted ?? {
    id: '',
    version: status.version,
    imageRef: status.machines[0]?.image ?? request.image ?? ''
  }
  return { release, status }
}

/** Reads `status --json` until every machine runs `version`, a few times, then fails. */
export async function confirmRelease(
  fly: Flyctl,
  app: string,
  version: number | undefined,
  logger: Logger,
  pauseMs = CONFIRM_PAUSE_MS
): Promise<AppStatus> {
  for (let attempt = 1; ; attempt++) {
    const status = await fly.json(statusArgv(app), parseStatus, { readOnly: true })
    const expected = version ?? status.version
    const running = status.machines.filter((m) => m.state === 'started' || m.state === 'running')
    // Older than ours means ours has not taken over; newer means a concurrent deploy superseded it.
    const stale = status.machines.filter(
      (m) => m.releaseVersion === undefined || m.releaseVersion < expected
    )
    const newer = status.machines.filter(
      (m) => m.releaseVersion !== undefined && m.releaseVersion > expected
    )
    if (running.length > 0 && stale.length === 0) {
      if (newer.length > 0) {
        logger.warn(
          `Release v${expected} was superseded by v${newer[0].releaseVersion} from a concurrent deploy; the probe checks what serves now`
        )
      }
      return status
    }
    if (attempt >= CONFIRM_ATTEMPTS) {
      const seen = [
        ...new Set(
          status.machines.map((m) =>
            m.releaseVersion === undefined ? 'unknown' : `v${m.releaseVersion}`
          )
        )
      ]
      throw new ActionError(
        'command-failed',
        running.length === 0
          ? `flyctl deploy exited 0, but no machine of ${app} is running`
          : `flyctl deploy reported release v${expected}, but machines run ${seen.join(', ')}`,
        {
          hint: `the new release is not what serves; see \`fly status -a ${app}\` and \`fly logs -a ${app}\``
        }
      )
    }
    logger.info(
      `Waiting for machines to report release v${expected} (check ${attempt} of ${CONFIRM_ATTEMPTS})`
    )
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
  }
}
