/**
 * Tearing an app down: `apps destroy`, which deletes the app's IP addresses with it (fly-platform.md
 * §3, flyctl:internal/command/apps/destroy.go:76-104), so releasing them first would only be an
 * extra call. The addresses the lookup saw are reported as gone with the app. Something already
 * gone is a success that says so.
 */
import { ActionError } from '../errors.js'
import type { Logger } from '../log.js'
import { lookUpApp } from './app.js'
import { appsDestroyArgv } from './argv.js'
import type { Flyctl } from './flyctl.js'

export interface DestroyResult {
  app: string
  existed: boolean
  /** The app's public addresses, gone with it (the shared IPv4 is synthetic: not listed). */
  releasedAddresses: string[]
}

/** Addresses the app held on its own: dedicated IPv4 (billed) and IPv6. */
const OWN_ADDRESSES = new Set(['v4', 'v6'])

export async function destroyApp(fly: Flyctl, app: string, logger: Logger): Promise<DestroyResult> {
  const found = await lookUpApp(fly, app)
  if (!found.exists) {
    logger.info(`App ${app} does not exist (already destroyed); nothing to do`)
    return { app, existed: false, releasedAddresses: [] }
  }
  const addresses = found.ips.filter((ip) => OWN_ADDRESSES.has(ip.type)).map((ip) => ip.address)
  try {
    await fly.run(appsDestroyArgv(app))
  } catch (error) {
    // A concurrent close may have destroyed it between our lookup and now.
    if (error instanceof ActionError && error.kind === 'not-found') {
      return { app, existed: true, releasedAddresses: addresses }
    }
    throw error
  }
  const gone = addresses.length > 0 ? `, and with it ${addresses.join(', ')}` : ''
  logger.info(`Destroyed app ${app}${gone}`)
  return { app, existed: true, releasedAddresses: addresses }
}
