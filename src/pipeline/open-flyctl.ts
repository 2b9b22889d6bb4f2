/**
 * Step 3: flyctl installed (or found) and wrapped in the typed client with the token, the masks
 * and the action's own working directory.
 */
import { mkdir } from 'node:fs/promises'
import { DryRunFlyctl } from '../fly/dry-run.js'
import { Flyctl, type FlyctlOptions } from '../fly/flyctl.js'
import { installFlyctl } from '../fly/install.js'
import { PINNED_FLYCTL_VERSION } from '../fly/version.js'
import { buildSecretValues, type Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import { parseDuration } from '../parse.js'
import { workDirectory } from './prepare-config.js'

export async function openFlyctl(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<Flyctl> {
  return new Flyctl(await clientOptions(settings, env, logger))
}

/** The client `plan` uses: real reads, recorded writes (see fly/dry-run.ts). */
export async function openDryRunFlyctl(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<DryRunFlyctl> {
  return new DryRunFlyctl(await clientOptions(settings, env, logger))
}

async function clientOptions(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<FlyctlOptions> {
  const installed = await installFlyctl({
    version: settings.flyctlVersion ?? PINNED_FLYCTL_VERSION,
    logger
  })
  const cwd = workDirectory(env)
  await mkdir(cwd, { recursive: true })
  return {
    binary: installed.path,
    cwd,
    token: settings.apiToken ?? '',
    baseEnv: env,
    logger,
    secretValues: secretValuesOf(settings),
    timeoutMs: callTimeoutOverride(env)
  }
}

export function secretValuesOf(settings: Settings): string[] {
  return [
    ...settings.secrets.map((s) => s.value),
    settings.turnPassword,
    settings.turnSecret,
    settings.healthToken,
    settings.githubToken,
    ...buildSecretValues(settings.deployArgs)
  ].filter((v): v is string => v !== undefined && v !== '')
}

/**
 * FLY_WEBRTC_CALL_TIMEOUT (e.g. `30s`) caps every flyctl call, deploys included: for runners
 * that must fail fast rather than wait out Fly's own timeouts.
 */
export function callTimeoutOverride(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.FLY_WEBRTC_CALL_TIMEOUT
  return raw ? parseDuration('FLY_WEBRTC_CALL_TIMEOUT', raw, '30s') : undefined
}
