/**
 * The two pieces of the runner protocol that step 1 needs, without loading @actions/core (which
 * bundles an HTTP client and costs most of the start-up): reading an input and masking a secret.
 * Same semantics as core.getInput (trimmed) and core.setSecret (`::add-mask::` with escaping).
 */
import { EOL } from 'node:os'

export function inputFromEnv(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function maskSecret(value: string): void {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::add-mask::${escaped}${EOL}`)
}
