/** How to deploy: machines, strategy, timeouts, extra flyctl flags, flyctl itself, on failure. */
import { normalizeFlyctlVersion } from '../fly/version.js'
import { MAX_TIMER_MS, parseBoolean, parseDuration, parseEnum } from '../parse.js'
import { buildSecretValues, readDeployArgs } from './deploy-args.js'
import { type InputReader, optional } from './reader.js'
import { ON_FAILURE, type Settings, STRATEGIES } from './settings.js'

export function readDeployInputs(
  r: InputReader
): Pick<
  Settings,
  'ha' | 'strategy' | 'waitTimeoutMs' | 'deployArgs' | 'flyctlVersion' | 'onFailure'
> {
  const deployArgs = readDeployArgs(r.raw('deploy-args'))
  // A --build-secret value is a secret like any in `secrets`: masked before anything can print it.
  for (const value of buildSecretValues(deployArgs)) r.mask(value)
  return {
    ha: parseBoolean('ha', r.withDefault('ha')),
    strategy: parseEnum('strategy', r.withDefault('strategy'), STRATEGIES),
    waitTimeoutMs: parseDuration('wait-timeout', r.withDefault('wait-timeout'), '5m', MAX_TIMER_MS),
    deployArgs,
    flyctlVersion: optional(r.text('flyctl-version'), normalizeFlyctlVersion),
    onFailure: parseEnum('on-failure', r.withDefault('on-failure'), ON_FAILURE)
  }
}
