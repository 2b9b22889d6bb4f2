/**
 * The two pieces of the runner protocol that step 1 needs, without loading @actions/core (which
 * bundles an HTTP client and costs most of the start-up): reading an input and masking a secret.
 * Same semantics as core.getInput (trimmed) and core.setSecret (`::add-mask::` with escaping),
 * with every printable form of a secret registered (core.setSecret registers the value only).
 */
import { EOL } from 'node:os'
import { secretForms } from '../secret-forms.js'

export function inputFromEnv(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * Registers the value and every form it can be printed in (each line, trimmed lines, base64,
 * percent-encoding: src/secret-forms.ts): the runner masks exact matches only. Never ''.
 */
export function maskSecret(value: string): void {
  for (const form of secretForms(value)) {
    const escaped = form.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    process.stdout.write(`::add-mask::${escaped}${EOL}`)
  }
}
