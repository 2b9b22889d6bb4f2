/**
 * Between steps 4 and 5: a required secret the `secrets` input lacks may already be stored on
 * the app, so a `workflow_dispatch` redeploy need not repeat it. The names are looked up only
 * then, and only on an app that exists, so a normal run makes no extra call; a required secret
 * stored nowhere stops the run before anything changes on Fly.
 */
import { checkRequiredSecrets } from '../config/index.js'
import { listSecretNames } from '../fly/secrets.js'
import type { Flyctl } from '../fly/flyctl.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'

export interface UnsetSecretsCheck {
  fly: Flyctl
  app: string
  appExists: boolean
  settings: Pick<Settings, 'preset' | 'secrets'>
  /** The preset's required secrets the `secrets` input does not set (prepare-config.ts). */
  unset: readonly string[]
  logger: Logger
}

export async function confirmSecretsStored(check: UnsetSecretsCheck): Promise<void> {
  const { fly, app, appExists, settings, unset, logger } = check
  if (unset.length === 0) return
  const names = appExists ? await listSecretNames(fly, app) : []
  const inputNames = settings.secrets.map((secret) => secret.name)
  checkRequiredSecrets(settings.preset, inputNames, { app, exists: appExists, names })
  logger.info(
    `${unset.join(', ')}: not in the secrets input, already stored on ${app}; the deploy keeps the stored value`
  )
}
