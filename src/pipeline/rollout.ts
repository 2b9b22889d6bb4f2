/**
 * Steps 4 to 9, the part of a deploy that changes things on Fly: app, address, rendered config,
 * secrets, deploy and the confirmed release. `deploy` runs it with the real flyctl client; `plan`
 * runs the very same steps with the dry-run client, which records the calls that would change
 * something instead of running them.
 */
import { servesTcp } from '../config/index.js'
import { type EnsuredApp, ensureApp, lookUpApp } from '../fly/app.js'
import type { DeployRequest } from '../fly/argv.js'
import { type DeployOutcome, deployRelease } from '../fly/deploy.js'
import type { Flyctl } from '../fly/flyctl.js'
import { type AddressResult, ensureAddress } from '../fly/ips.js'
import { checkRegions } from '../fly/regions.js'
import { currentImage } from '../fly/releases.js'
import { stageSecrets } from '../fly/secrets.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'
import {
  configDirectory,
  deployRequestFor,
  type PreparedConfig,
  type RenderedConfig,
  writeConfig
} from './prepare-config.js'
import { confirmSecretsStored } from './stored-secrets.js'
import type { Steps } from './steps.js'

export interface RolloutInput {
  settings: Settings
  app: string
  hostname: string
  prepared: PreparedConfig
  fly: Flyctl
  env: NodeJS.ProcessEnv
  logger: Logger
  steps: Steps
  /** FLY_WEBRTC_CALL_TIMEOUT, when set: it caps the deploy too. */
  deployTimeoutMs?: number
}

export interface Rollout {
  existing: EnsuredApp
  address: AddressResult
  rendered: RenderedConfig
  request: DeployRequest
  deployed: DeployOutcome
}

export async function rollOut(input: RolloutInput): Promise<Rollout> {
  const { settings, app, hostname, prepared, fly, logger, steps } = input
  // A region Fly does not know would fail the deploy after the app and its address exist.
  await checkRegions(fly, [
    { input: 'region', code: settings.region },
    ...settings.regions.map((code) => ({ input: 'regions', code }))
  ])
  const found = await steps.run('app', `App ${app}`, () => lookUpApp(fly, app)) // 4
  const unset = prepared.unsetSecrets
  if (unset.length > 0) {
    await steps.run('secrets', 'Secrets stored on the app', () =>
      confirmSecretsStored({ fly, app, appExists: found.exists, settings, unset, logger })
    )
  }
  // `image: current` is resolved before anything is created or bought.
  const image =
    settings.image === 'current' ? await currentImage(fly, app, found.exists) : prepared.built.image
  const existing = await steps.run(
    'app',
    found.exists ? `App ${app} exists` : `Create app ${app}`,
    () => ensureApp(fly, app, settings.org, found, logger)
  )
  const addresses = {
    mode: prepared.ipv4Mode,
    servesTcp: servesTcp(prepared.built.config),
    newApp: existing.created || existing.adopted === true
  }
  const address = await steps.run('address', 'Addresses', () =>
    ensureAddress(fly, app, existing.ips, addresses, logger)
  ) // 5
  const rendered = await steps.run('config', 'Rendered fly.toml', () =>
    writeConfig(
      prepared,
      { ipv4: address.ipv4, app, hostname },
      image,
      configDirectory(input.env, app)
    )
  ) // 6
  await steps.run('secrets', 'Secrets', () => stageSecrets(fly, app, settings.secrets, logger)) // 8
  const request = deployRequestFor(
    settings,
    app,
    { path: rendered.path, ipv4Mode: prepared.ipv4Mode },
    image
  )
  const deployed = await steps.run('deploy', 'Deploy', () =>
    deployRelease(fly, request, logger, input.deployTimeoutMs)
  ) // 9
  return { existing, address, rendered, request, deployed }
}
