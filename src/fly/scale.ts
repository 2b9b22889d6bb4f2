/** Scale-out after a good deploy, when `regions` and `count` are given. */
import type { Logger } from '../log.js'
import { scaleCountArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'

export interface ScaleRequest {
  app: string
  count: number
  regions: readonly string[]
}

export async function scaleOut(
  fly: Flyctl,
  request: ScaleRequest,
  logger: Logger
): Promise<ScaleRequest> {
  const { app, count, regions } = request
  await fly.run(scaleCountArgv(app, count, regions))
  logger.info(
    `Scaled ${app} to ${count} machine${count === 1 ? '' : 's'} in each of ${regions.join(', ')}`
  )
  return request
}
