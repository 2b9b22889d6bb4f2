/**
 * Step 8: secrets staged with `flyctl secrets import --stage`, values on stdin only, so they
 * reach neither argv nor fly.toml nor the log; the next deploy applies them.
 */
import type { Logger } from '../log.js'
import { type SecretEntry, toFlyctlImport } from '../secrets.js'
import { secretsImportArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'

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
