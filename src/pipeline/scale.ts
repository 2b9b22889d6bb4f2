/** Scale-out after a good deploy, when `regions` and `count` are given: count machines per region. */
import type { Flyctl } from '../fly/flyctl.js'
import type { Settings } from '../inputs.js'
import type { Logger } from '../log.js'

export async function scaleOut(
  fly: Flyctl,
  settings: Settings,
  app: string,
  logger: Logger
): Promise<{ regions: string[]; count: number } | undefined> {
  if (settings.count === undefined || settings.regions.length === 0) return undefined
  const { count, regions } = settings
  await fly.run([
    'scale',
    'count',
    String(count),
    '--region',
    regions.join(','),
    '--yes',
    '--app',
    app
  ])
  logger.info(
    `Scaled ${app} to ${count} machine${count === 1 ? '' : 's'} in each of ${regions.join(', ')}`
  )
  return { regions, count }
}
