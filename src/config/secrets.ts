/**
 * The secrets a preset's server cannot start without. Pure: the caller says which names are
 * known to exist: those in the `secrets` input and, only when the input lacks a required one,
 * the names already stored on the app (flyctl lists names, never values).
 */
import { InputError } from '../errors.js'
import { presetFor } from './presets/index.js'
import type { PresetName } from './types.js'

/** The preset's required secrets that are not among `known`, in the preset's order. */
export function missingRequiredSecrets(preset: PresetName, known: readonly string[]): string[] {
  return (presetFor(preset)?.requiredSecrets ?? []).filter((name) => !known.includes(name))
}

/** What `flyctl secrets list` said about the app, when the input lacked a required secret. */
export interface StoredSecrets {
  app: string
  /** False for an app that does not exist yet: nothing can be stored on it. */
  exists: boolean
  names: readonly string[]
}

/**
 * Throws naming `secrets` when a required secret is neither in the input nor (when looked up)
 * stored on the app.
 */
export function checkRequiredSecrets(
  preset: PresetName,
  inputNames: readonly string[],
  stored?: StoredSecrets
): void {
  const [name] = missingRequiredSecrets(preset, [...inputNames, ...(stored?.names ?? [])])
  if (name === undefined) return
  let where = ''
  if (stored && stored.exists) where = `, and the app ${stored.app} has no secret ${name} stored`
  if (stored && !stored.exists) {
    where = `, and the app ${stored.app} does not exist yet, so nothing is stored on it`
  }
  throw new InputError(
    'secrets',
    `the ${preset} preset needs the secret ${name}: the secrets input does not set it${where}`,
    `${name}=\${{ secrets.${name} }}`
  )
}
