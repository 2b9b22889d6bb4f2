/**
 * Step 8: secrets staged with `flyctl secrets import --stage`, values on stdin only, so they
 * reach neither argv nor fly.toml nor the log; the next deploy applies them. And the names of
 * the secrets already stored on an app (never their values, which Fly does not give back).
 */
import type { Logger } from '../log.js'
import { type SecretEntry, toFlyctlImport } from '../secrets.js'
import { secretsImportArgv, secretsListArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'
import { parseSecretList } from './shapes.js'

export async function stageSecrets(
  fly: Flyctl,
  app: string,
  secrets: readonly SecretEntry[],
  logger: Logger
): Promise<void> {
  if (secrets.length === 0) return
  const names = secrets.map((s) => s.name).join(', ')
  await fly.run(secretsImportArgv(app), {
    stdin: toFlyctlImport([...secrets]),
    stdinLabel: names
  })
  logger.info(`Staged ${secrets.length} secret${secrets.length === 1 ? '' : 's'}: ${names}`)
}

/** Names of the secrets stored on an existing app, staged or deployed. A read. */
export async function listSecretNames(fly: Flyctl, app: string): Promise<string[]> {
  const stored = await fly.json(secretsListArgv(app), parseSecretList, { readOnly: true })
  return stored.map((secret) => secret.name)
}
