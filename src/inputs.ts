/**
 * Step 1: every input read and validated into one typed Settings object before anything else
 * happens. Pure over a getInput function and an environment, except that each secret value is
 * handed to `mask` the moment it is read, so no later message can print it. Each group of inputs
 * has its reader in src/inputs/; the rules that tie inputs together run last, in one place.
 */
import { readConfigInputs } from './inputs/config.js'
import { checkCrossFields } from './inputs/cross-fields.js'
import { readDeployInputs } from './inputs/deploy.js'
import { readLifecycleInputs } from './inputs/lifecycle.js'
import { readProbeInputs } from './inputs/probe.js'
import { type GetInput, InputReader } from './inputs/reader.js'
import type { Settings } from './inputs/settings.js'
import { readTarget } from './inputs/target.js'

export { missingTokenError, needsToken } from './inputs/cross-fields.js'
export { buildSecretValues } from './inputs/deploy-args.js'
export { REMOVED_INPUTS } from './inputs/lifecycle.js'
export { type GetInput, INPUT_DEFAULTS } from './inputs/reader.js'
export * from './inputs/settings.js'

export function readSettings(
  getInput: GetInput,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): Settings {
  const reader = new InputReader(getInput, mask)
  const settings: Settings = {
    ...readTarget(reader, env),
    ...readConfigInputs(reader),
    ...readDeployInputs(reader),
    ...readProbeInputs(reader),
    ...readLifecycleInputs(reader)
  }
  checkCrossFields(settings)
  return settings
}
