/**
 * Tearing an app down: its dedicated addresses released first (each costs money), then the app
 * destroyed. Something already gone is a success that says so.
 */
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
import { lookUpApp } from './app.js'
import { appsDestroyArgv, releaseIpsArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'

export interface DestroyResult {
  app: string
  existed: boolean
  releasedAddresses: string[]
}

/** Dedicated, billed address types; the shared IPv4 is synthetic and cannot be released. */
const RELEASABLE = new Set(['v4', 'v6'])

export async function destroyApp(fly: Flyctl, app: string, logger: Logger): Promise<DestroyResult> {
  const found = await lookUpApp(fly, app)
  if (!found.exists) {
    logger.info(`App ${app} does not exist (already destroyed); nothing to do`)
    return { app, existed: false, releasedAddresses: [] }
  }
  const addresses = found.ips.filter((ip) => RELEASABLE.has(ip.type)).map((ip) => ip.address)
  if (addresses.length > 0) {
    await fly.run(releaseIpsArgv(app, addresses))
    logger.info(`Released ${addresses.join(', ')}`)
  }
  try {
    await fly.run(appsDestroyArgv(app))
  } catch (error) {
    // A concurrent close may have destroyed it between our lookup and now.
    if (error instanceof ActionError && error.kind === 'not-found') {
      return { app, existed: true, releasedAddresses: addresses }
    }
    throw error
  }
  logger.info(`Destroyed app ${app}`)
  return { app, existed: true, releasedAddresses: addresses }
}
